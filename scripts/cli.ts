// The command line: answers the same questions as the reader, as JSON, for scripting and checks.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMissing, loadCorpus } from './corpus-files';
import { docsJson } from './cli-output';

const USAGE = `usage: npm run --silent cli -- <command> [options]

commands:
  docs --json        the documents, their paragraphs and sentences

options:
  --seeds DIR        read the seeds from DIR (default: seeds)
  --json             print JSON (the only format for now)
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

const parsed = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        seeds: { type: 'string', default: 'seeds' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
})();

const [command, ...rest] = parsed.positionals;
if (parsed.values.help || command === undefined) {
  process.stdout.write(USAGE);
  process.exit(command === undefined && !parsed.values.help ? 2 : 0);
}
if (rest.length > 0) fail(`unexpected argument: ${rest.join(' ')}\n\n${USAGE}`);

switch (command) {
  case 'docs': {
    let corpus;
    try {
      corpus = loadCorpus(resolve(parsed.values.seeds));
    } catch (error) {
      fail((error as Error).message, 1);
    }
    process.stdout.write(`${JSON.stringify(docsJson(corpus), null, 2)}\n`);
    const missing = describeMissing(corpus, parsed.values.seeds);
    if (missing) fail(missing, 3);
    break;
  }
  default:
    fail(`unknown command "${command}"\n\n${USAGE}`);
}

// The command line: answers the same questions as the reader, as JSON, for scripting and checks.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMissing, loadCorpus } from '../renderer/core/node/seeds';
import type { Library, SearchCorpus } from '../renderer/core/corpus/shipped';
import type { Corpus, MissingDocument } from '../renderer/core/corpus/types';
import { loadGlossary } from '../renderer/core/search/glossary';
import { MAX_QUERY_LENGTH } from '../renderer/core/search/query';
import { decodeIndex } from '../renderer/core/search/index-file';
import { SearchEngine } from '../renderer/core/search/search';
import { cityProfiles } from '../renderer/core/extract/city-profiles';
import { extractTargets } from '../renderer/core/extract/targets';
import { checkArgument, checkQuery, parseLimit } from './cli-args';
import { citiesJson, docsJson, searchJson, targetsJson, type SearchedCorpus } from './cli-output';

/** What a search answers from: the documents' text, their files, and which had no seed. */
type Searched = SearchedCorpus & { readonly missing: readonly MissingDocument[] };

const USAGE = `usage: npm run --silent cli -- <command> [options]

commands:
  docs --json                         the documents, their paragraphs and sentences
  search "<query>" [--limit N] --json paragraphs that match, best first, with the matched spans
  targets --json                      quantified targets and statistics, each with the clause it came from
  cities --json                       the 17 cities, every mention of each, and the paragraphs linked to it

options:
  --seeds DIR        read the seeds from DIR (default: seeds)
  --data DIR         search the corpus and index the build shipped in DIR (default: build/data, when it is
                     there and --seeds is not given); it is loaded, not rebuilt, so a search answers at once
  --limit N          at most N hits (search; default 20)
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
        seeds: { type: 'string' },
        data: { type: 'string' },
        limit: { type: 'string', default: '20' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
})();

const [command, ...rest] = parsed.positionals;
if (parsed.values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
// No command is a mistake, said on stderr like any other; only --help answers on stdout.
if (command === undefined) fail(`no command given\n\n${USAGE}`);
for (const [what, value] of [
  ['an argument', [command, ...rest].join(' ')],
  ['--seeds', parsed.values.seeds ?? ''],
  ['--data', parsed.values.data ?? ''],
] as const) {
  const problem = checkArgument(value, what);
  if (problem) fail(problem);
}

const seedsDir = parsed.values.seeds ?? 'seeds';
if (parsed.values.seeds !== undefined && parsed.values.data !== undefined)
  fail('give --seeds (read and index the seeds) or --data (load a built index), not both');

function corpus(): Corpus {
  try {
    return loadCorpus(resolve(seedsDir));
  } catch (error) {
    return fail((error as Error).message, 1);
  }
}

/**
 * The engine for a search: the index the build shipped (loaded, not rebuilt), unless the seeds are named, or
 * nothing was built yet; then the seeds are read and indexed, as the build does.
 */
function searchEngine(): { loaded: Searched; engine: SearchEngine } {
  const dir = parsed.values.data ?? (parsed.values.seeds === undefined ? 'build/data' : null);
  const files =
    dir === null
      ? null
      : ['library.json', 'search-corpus.json', 'search-index.bin', 'search-words.bin'].map((f) => join(dir, f));
  if (files && (parsed.values.data !== undefined || files.every((f) => existsSync(f)))) {
    try {
      // The files and the missing documents from the library; the text from what the search worker reads.
      const library = JSON.parse(readFileSync(files[0]!, 'utf8')) as Library;
      const texts = JSON.parse(readFileSync(files[1]!, 'utf8')) as SearchCorpus;
      const fileOf = new Map(library.documents.map((d) => [d.id, d.file]));
      const loaded: Searched = {
        missing: library.missing,
        documents: texts.documents.map((d) => ({ ...d, file: fileOf.get(d.id) ?? '' })),
      };
      const index = decodeIndex(readFileSync(files[2]!), readFileSync(files[3]!));
      return { loaded, engine: SearchEngine.load(texts, loadGlossary(), index) };
    } catch (error) {
      return fail(`cannot load the built index in ${dir}: ${(error as Error).message}`, 1);
    }
  }
  const loaded = corpus();
  return { loaded, engine: SearchEngine.build(loaded, loadGlossary()) };
}

/** Prints the answer, then, if documents were missing, says so with exit code 3. */
function answer(value: unknown, loaded: Searched): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  const missing = describeMissing(loaded, seedsDir);
  if (missing) fail(missing, 3);
}

switch (command) {
  case 'docs': {
    if (rest.length > 0) fail(`unexpected argument: ${rest.join(' ')}\n\n${USAGE}`);
    const loaded = corpus();
    answer(docsJson(loaded), loaded);
    break;
  }
  case 'search': {
    if (rest.length !== 1) fail(`search takes one query (quote it): search "<query>"\n\n${USAGE}`);
    const bad = checkQuery(rest[0]!);
    if (bad) fail(bad);
    const limit = parseLimit(parsed.values.limit, 10_000);
    if (typeof limit === 'string') fail(limit);
    const { loaded, engine } = searchEngine();
    const result = engine.search(rest[0]!, { limit });
    if (result.truncated) process.stderr.write(`note: the query was cut to its first ${MAX_QUERY_LENGTH} characters\n`);
    answer(searchJson(loaded, result), loaded);
    break;
  }
  case 'targets': {
    if (rest.length > 0) fail(`unexpected argument: ${rest.join(' ')}\n\n${USAGE}`);
    const loaded = corpus();
    answer(targetsJson(loaded, extractTargets(loaded, loadGlossary())), loaded);
    break;
  }
  case 'cities': {
    if (rest.length > 0) fail(`unexpected argument: ${rest.join(' ')}\n\n${USAGE}`);
    const loaded = corpus();
    answer(citiesJson(loaded, cityProfiles(loaded, loadGlossary())), loaded);
    break;
  }
  default:
    fail(`unknown command "${command}"\n\n${USAGE}`);
}

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rule of eslint.config.js, tried on imports written for the test: it must refuse each one that goes the
// wrong way, and let the right ones through (npm run lint checks the real code with the same rule).
const eslint = new ESLint();

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the layers', () => {
  it.each([
    ['renderer/core/corpus/probe.ts', "import { foldHan } from '../search/fold';\nexport const x = foldHan;"],
    [
      'renderer/core/search/probe.ts',
      "import { extractTargets } from '../extract/targets';\nexport const x = extractTargets;",
    ],
    ['renderer/core/extract/probe.ts', "import { messages } from '../messages/messages';\nexport const x = messages;"],
    [
      'renderer/core/notes/probe.ts',
      "import { Channels } from '../shell/bridge-contract';\nexport const x = Channels;",
    ],
    ['renderer/core/corpus/probe.ts', "import { loadCorpus } from '../node/seeds';\nexport const x = loadCorpus;"],
    ['renderer/app/probe.ts', "import '../worker/search.worker';"],
    ['renderer/worker/probe.ts', "import { App } from '../app/App';\nexport const x = App;"],
    ['electron/probe.ts', "import { App } from '../renderer/app/App';\nexport const x = App;"],
  ])('refuses what %s may not import', async (file, code) => {
    expect(await layerErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['renderer/core/extract/probe.ts', "import { foldHan } from '../search/fold';\nexport const x = foldHan;"],
    ['renderer/core/shell/probe.ts', "import { messages } from '../messages/messages';\nexport const x = messages;"],
    [
      'renderer/app/probe.ts',
      "import type { WorkerRequest } from '../worker/protocol';\nexport type X = WorkerRequest;",
    ],
    ['renderer/core/search/probe.test.ts', "import { loadCorpus } from '../node/seeds';\nexport const x = loadCorpus;"],
  ])('lets %s import what it may', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../renderer/core/node/seeds';

const SEEDS = 'seeds';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cli docs --json', () => {
  it('prints every document with its paragraphs and sentences', () => {
    const { code, stdout, stderr } = cli('docs', '--json', '--seeds', SEEDS);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const docs = JSON.parse(stdout);
    expect(docs.map((d: { id: string }) => d.id)).toEqual([
      'work-report-2022',
      'state-council-opinions',
      'mayors-17-cities',
      'press-conference-14th-fyp',
      'industrial-system-2023',
    ]);
    const press = docs[3];
    expect(press).toMatchObject({
      file: '003_bd0d2fcd7fc77519.txt',
      language: 'zh',
      script: 'Hant',
      date: '2021-02-06',
    });
    expect(Object.keys(press.paragraphs[0]).sort()).toEqual(['id', 'index', 'kind', 'sentences', 'text']);
    expect(press.paragraphs[0]).toMatchObject({ index: 0, kind: 'paragraph' });
    expect(press.paragraphs[0].text.startsWith('齊魯網·閃電新聞2月6日訊 2月6日下午,')).toBe(true);
    expect(press.dateEvidence.en).toContain('6 February');
    for (const p of press.paragraphs) {
      for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(docs[0].date).toBe('2022-04-28');
  });

  it('says on stderr, with exit code 3, which seed files are missing, and still prints the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    copyFileSync(join(SEEDS, 'catalog.json'), join(dir, 'catalog.json'));
    copyFileSync(join(SEEDS, '001_872bf59350cbe752.txt'), join(dir, '001_872bf59350cbe752.txt'));
    const { code, stdout, stderr } = cli('docs', '--json', '--seeds', dir);
    expect(code).toBe(3);
    expect(JSON.parse(stdout).map((d: { id: string }) => d.id)).toEqual(['state-council-opinions']);
    expect(stderr).toMatch(/^error: 4 of 5 documents have no seed file: .*000_\*\.txt \(work-report-2022\)/);
  });

  it('refuses unknown commands and options with usage on stderr', () => {
    expect(cli('nonsense')).toMatchObject({ code: 2, stdout: '' });
    expect(cli('nonsense').stderr).toMatch(/unknown command "nonsense"/);
    expect(cli('docs', '--bogus').stderr).toMatch(/Unknown option '--bogus'/);
    expect(cli('docs', '--seeds', '/no/such/dir')).toMatchObject({ code: 1 });
    // No command at all is a mistake too: usage on stderr, exit 2; --help answers on stdout.
    expect(cli()).toMatchObject({ code: 2, stdout: '' });
    expect(cli().stderr).toMatch(/no command given[\s\S]*usage:/);
    expect(cli('--help')).toMatchObject({ code: 0, stderr: '' });
  }, 30_000);
});

describe('cli search --json', () => {
  it('prints one hit per paragraph, best first, with spans into the cleaned text', () => {
    const { code, stdout } = cli('search', 'new materials', '--limit', '3', '--json', '--seeds', SEEDS);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ query: 'new materials', suggestion: null });
    expect(result.total).toBeGreaterThan(3);
    expect(result.hits).toHaveLength(3);
    for (const hit of result.hits) {
      expect(Object.keys(hit).sort()).toEqual(['docId', 'file', 'matches', 'paragraph', 'score', 'snippet', 'text']);
      expect(hit.matches.map(([s, e]: [number, number]) => hit.text.slice(s, e).toLowerCase())).toEqual([
        expect.stringMatching(/^new materials?$/),
      ]);
    }
    const scores = result.hits.map((h: { score: number }) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('crosses languages and scripts', () => {
    const result = JSON.parse(cli('search', '网络', '--json', '--seeds', SEEDS).stdout);
    expect(result.hits.map((h: { file: string; paragraph: number }) => `${h.file}#${h.paragraph}`)).toEqual([
      '003_bd0d2fcd7fc77519.txt#9',
      '003_bd0d2fcd7fc77519.txt#11',
    ]);
    for (const hit of result.hits)
      expect(hit.matches.map(([s, e]: [number, number]) => hit.text.slice(s, e))).toEqual(['網絡']);
  });

  it('offers the corrected query for a misspelled word, and marks what it found as approximate', () => {
    const result = JSON.parse(cli('search', 'hydorgen', '--json', '--seeds', SEEDS).stdout);
    expect(result).toMatchObject({ query: 'hydorgen', suggestion: 'hydrogen', total: 2 });
    expect(result.hits.map((h: { approximate?: boolean }) => h.approximate)).toEqual([true, true]);
  });

  it('answers an empty result for a query of symbols, and refuses a bad limit', () => {
    expect(JSON.parse(cli('search', '((( [*`', '--json', '--seeds', SEEDS).stdout)).toEqual({
      query: '((( [*`',
      total: 0,
      suggestion: null,
      hits: [],
    });
    expect(cli('search', 'x', '--limit', 'many', '--json', '--seeds', SEEDS)).toMatchObject({ code: 2 });
    expect(cli('search', '--json', '--seeds', SEEDS).stderr).toMatch(/search takes one query/);
  });
});

describe('cli search: what it refuses (issue 12)', () => {
  it('refuses a limit that only looks like a number, an empty query and an argument that is not UTF-8', () => {
    // Issue 12: what looked like a number, or nothing, was taken for one.
    for (const limit of ['', '0x10']) {
      const run = cli('search', 'energy', `--limit=${limit}`, '--json', '--seeds', SEEDS);
      expect(run, JSON.stringify(limit)).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(/--limit must be a whole number/);
    }
    expect(JSON.parse(cli('search', 'energy', '--limit', '0', '--json', '--seeds', SEEDS).stdout).hits).toEqual([]);
    expect(cli('search', '   ', '--json', '--seeds', SEEDS)).toMatchObject({ code: 2, stdout: '' });
    expect(cli('search', '   ', '--json', '--seeds', SEEDS).stderr).toMatch(/the query is empty/);
    // A lone surrogate cannot be encoded: the program receives U+FFFD, and says the argument was not UTF-8.
    expect(cli('search', 'energy\uD800', '--json', '--seeds', SEEDS)).toMatchObject({ code: 2, stdout: '' });
    expect(cli('search', 'energy\uD800', '--json', '--seeds', SEEDS).stderr).toMatch(/not valid UTF-8/);
  }, 30_000);
});

describe('cli search on the built index (issue 13)', () => {
  it('loads the corpus and index a build wrote, bundled or not, and answers as indexing the seeds does', () => {
    const out = mkdtempSync(join(tmpdir(), 'cli-data-'));
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-corpus.ts', '--out', out], {
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
    const bundle = join(out, 'cli.mjs');
    expect(spawnSync(process.execPath, ['scripts/build-cli.mjs', bundle], { encoding: 'utf8' }).status).toBe(0);
    for (const query of ['new materials', '山東', '"high-end aluminum"', 'hydorgen']) {
      const fromSeeds = cli('search', query, '--json', '--seeds', SEEDS);
      expect(fromSeeds.code).toBe(0);
      expect(cli('search', query, '--json', '--data', out)).toEqual(fromSeeds);
      const bundled = spawnSync(process.execPath, [bundle, 'search', query, '--json', '--data', out], {
        encoding: 'utf8',
      });
      expect({ code: bundled.status, stdout: bundled.stdout, stderr: bundled.stderr }).toEqual(fromSeeds);
    }
    // A folder without a built index, a damaged index, and both sources at once are refused, saying why.
    expect(cli('search', 'energy', '--json', '--data', join(out, 'nothing'))).toMatchObject({ code: 1, stdout: '' });
    writeFileSync(join(out, 'search-index.bin'), 'not an index');
    const damaged = cli('search', 'energy', '--json', '--data', out);
    expect(damaged).toMatchObject({ code: 1, stdout: '' });
    expect(damaged.stderr).toMatch(/cannot load the built index .*not one this program wrote/);
    expect(cli('search', 'energy', '--json', '--data', out, '--seeds', SEEDS).stderr).toMatch(/not both/);
  }, 60_000);
});

describe('cli targets --json', () => {
  it('prints each target and statistic with the exact clause it came from', () => {
    const { code, stdout } = cli('targets', '--json', '--seeds', SEEDS);
    expect(code).toBe(0);
    const targets = JSON.parse(stdout);
    const docs = JSON.parse(cli('docs', '--json', '--seeds', SEEDS).stdout);
    for (const t of targets) {
      expect(Object.keys(t).sort()).toEqual(
        [
          'basis',
          'direction',
          'end',
          'file',
          'horizon',
          'id',
          'kind',
          'metric',
          'paragraph',
          'qualifier',
          'quote',
          'scope',
          'start',
          'unit',
          'unsure',
          'value',
          'valueMax',
        ].sort(),
      );
      const doc = docs.find((d: { file: string }) => d.file === t.file);
      expect(doc.paragraphs[t.paragraph].text.slice(t.start, t.end)).toBe(t.quote);
    }
    const gdp = targets.find((t: { metric: string }) => t.metric === 'GDP');
    expect(gdp).toMatchObject({
      kind: 'target',
      value: 5.5,
      unit: '%',
      qualifier: 'more than',
      horizon: '2022',
      scope: 'shandong',
      file: '000_9aae8902d38589ae.txt',
      paragraph: 12,
    });
    const stat = targets.find(
      (t: { kind: string; file: string; value: number }) =>
        t.kind === 'statistic' && t.file.startsWith('004_') && t.value === 31600,
    );
    expect(stat).toMatchObject({
      value: 31600,
      unit: 'enterprises',
      horizon: '2022',
      quote: 'So far as of October 2022, there were 31,600 large-scale manufacturing enterprises',
    });
    const zibo = targets.filter((t: { scope: string }) => t.scope === 'zibo');
    expect(zibo.length).toBeGreaterThan(0);
    for (const t of zibo) expect(t.file).toBe('002_f4559a69988ef0f7.txt');
  });
});

describe('cli cities --json', () => {
  it('prints the 17 cities with mentions as spans and every linked paragraph', () => {
    const { code, stdout } = cli('cities', '--json', '--seeds', SEEDS);
    expect(code).toBe(0);
    const cities = JSON.parse(stdout);
    expect(cities).toHaveLength(17);
    const taian = cities.find((c: { id: string }) => c.id === 'taian');
    expect(taian).toMatchObject({ en: "Tai'an", zhHans: '泰安', zhHant: '泰安', lat: 36.19, lon: 117.09, note: null });
    expect(taian.mentions.map((m: { paragraph: number; quote: string }) => `${m.paragraph}:${m.quote}`)).toEqual([
      "32:Tai'an",
      "33:Tai'an",
      "33:Tai'an",
      "33:Tai'an",
    ]);
    for (const m of taian.mentions) {
      const p = taian.paragraphs.find((x: { paragraph: number }) => x.paragraph === m.paragraph);
      expect(p.text.slice(m.start, m.end)).toBe(m.quote);
      expect(m.file).toBe('002_f4559a69988ef0f7.txt');
    }
    const laiwu = cities.find((c: { id: string }) => c.id === 'laiwu');
    expect(laiwu.note).toMatch(/merged into Jinan/);
    expect(laiwu.paragraphs.map((p: { text: string }) => p.text)).toContain(
      'The four is to create new business environment.',
    );
  });
});

describe('loadCorpus', () => {
  it('refuses a seed that is not UTF-8, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    copyFileSync(join(SEEDS, 'catalog.json'), join(dir, 'catalog.json'));
    writeFileSync(join(dir, '000_bad.txt'), Buffer.from([0x48, 0xff, 0xfe, 0x49]));
    expect(() => loadCorpus(dir)).toThrow(/000_bad\.txt is not valid UTF-8/);
  });

  it('refuses a catalog that is not JSON, saying where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'catalog.json'), '{ not json');
    expect(() => loadCorpus(dir)).toThrow(/cannot read .*catalog\.json/);
  });
});

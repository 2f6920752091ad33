import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus-files';

const FIXTURES = 'e2e/fixtures/seeds';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cli docs --json', () => {
  it('prints every document with its paragraphs and sentences', () => {
    const { code, stdout, stderr } = cli('docs', '--json', '--seeds', FIXTURES);
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
    expect(press).toMatchObject({ file: '003_fixture_press_conference.txt', language: 'zh', script: 'Hant' });
    expect(Object.keys(press.paragraphs[0]).sort()).toEqual(['id', 'index', 'kind', 'sentences', 'text']);
    const outlet = press.paragraphs.find((p: { text: string }) => p.text.includes('齊魯網'));
    expect(outlet.text).toBe('齊魯網·閃電新聞');
    for (const p of press.paragraphs) {
      for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(docs[0].date).toBe('2022-04-28');
  });

  it('says on stderr, with exit code 3, which seed files are missing, and still prints the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    copyFileSync(join(FIXTURES, 'catalog.json'), join(dir, 'catalog.json'));
    copyFileSync(join(FIXTURES, '001_fixture_state_council_opinions.txt'), join(dir, '001_x.txt'));
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
  });
});

describe('cli search --json', () => {
  it('prints one hit per paragraph, best first, with spans into the cleaned text', () => {
    const { code, stdout } = cli('search', 'new materials', '--limit', '3', '--json', '--seeds', FIXTURES);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ query: 'new materials', total: 5 });
    expect(result.hits).toHaveLength(3);
    for (const hit of result.hits) {
      expect(Object.keys(hit).sort()).toEqual(['docId', 'file', 'matches', 'paragraph', 'score', 'snippet', 'text']);
      expect(hit.matches.map(([s, e]: [number, number]) => hit.text.slice(s, e))).toEqual(['new materials']);
    }
    const scores = result.hits.map((h: { score: number }) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('crosses languages and scripts', () => {
    const result = JSON.parse(cli('search', '网络', '--json', '--seeds', FIXTURES).stdout);
    expect(result.hits).toHaveLength(1);
    const [hit] = result.hits;
    expect(hit.file).toBe('003_fixture_press_conference.txt');
    expect(hit.matches.map(([s, e]: [number, number]) => hit.text.slice(s, e))).toEqual(['網絡']);
  });

  it('answers an empty result for a query of symbols, and refuses a bad limit', () => {
    expect(JSON.parse(cli('search', '((( [*`', '--json', '--seeds', FIXTURES).stdout)).toEqual({ query: '((( [*`', total: 0, suggestion: null, hits: [] });
    expect(cli('search', 'x', '--limit', 'many', '--json', '--seeds', FIXTURES)).toMatchObject({ code: 2 });
    expect(cli('search', '--json', '--seeds', FIXTURES).stderr).toMatch(/search takes one query/);
  });
});

describe('cli targets --json', () => {
  it('prints each target and statistic with the exact clause it came from', () => {
    const { code, stdout } = cli('targets', '--json', '--seeds', FIXTURES);
    expect(code).toBe(0);
    const targets = JSON.parse(stdout);
    const docs = JSON.parse(cli('docs', '--json', '--seeds', FIXTURES).stdout);
    for (const t of targets) {
      expect(Object.keys(t).sort()).toEqual(['direction', 'end', 'file', 'horizon', 'id', 'kind', 'metric', 'paragraph', 'qualifier', 'quote', 'scope', 'start', 'unit', 'value'].sort());
      const doc = docs.find((d: { file: string }) => d.file === t.file);
      expect(doc.paragraphs[t.paragraph].text.slice(t.start, t.end)).toBe(t.quote);
    }
    const gdp = targets.find((t: { metric: string }) => t.metric === 'GDP');
    expect(gdp).toMatchObject({ kind: 'target', value: 5.5, unit: '%', qualifier: 'more than', scope: 'shandong', file: '000_fixture_work_report_2022.txt' });
    const stat = targets.find((t: { kind: string }) => t.kind === 'statistic');
    expect(stat).toMatchObject({ value: 31600, unit: 'enterprises', file: '004_fixture_industrial_system.txt' });
    const talents = targets.find((t: { file: string; unit: string }) => t.file.startsWith('002_') && t.unit === 'people');
    expect(talents).toMatchObject({ scope: 'jinan', value: 100 });
  });
});

describe('cli cities --json', () => {
  it('prints the 17 cities with mentions as spans and every linked paragraph', () => {
    const { code, stdout } = cli('cities', '--json', '--seeds', FIXTURES);
    expect(code).toBe(0);
    const cities = JSON.parse(stdout);
    expect(cities).toHaveLength(17);
    const taian = cities.find((c: { id: string }) => c.id === 'taian');
    expect(taian).toMatchObject({ en: "Tai'an", zhHans: '泰安', zhHant: '泰安', lat: 36.19, lon: 117.09, note: null });
    expect(taian.mentions.map((m: { quote: string }) => m.quote)).toEqual(["Tai'an", 'Taian']);
    for (const m of taian.mentions) {
      const p = taian.paragraphs.find((x: { paragraph: number }) => x.paragraph === m.paragraph);
      expect(p.text.slice(m.start, m.end)).toBe(m.quote);
      expect(m.file).toBe('002_fixture_mayors_17_cities.txt');
    }
    const laiwu = cities.find((c: { id: string }) => c.id === 'laiwu');
    expect(laiwu.note).toMatch(/merged into Jinan/);
    expect(laiwu.paragraphs.map((p: { text: string }) => p.text)).toContain('The city will move steel capacity up the value chain and cut low-end output.');
  });
});

describe('loadCorpus', () => {
  it('refuses a seed that is not UTF-8, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    copyFileSync(join(FIXTURES, 'catalog.json'), join(dir, 'catalog.json'));
    writeFileSync(join(dir, '000_bad.txt'), Buffer.from([0x48, 0xff, 0xfe, 0x49]));
    expect(() => loadCorpus(dir)).toThrow(/000_bad\.txt is not valid UTF-8/);
  });

  it('refuses a catalog that is not JSON, saying where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'catalog.json'), '{ not json');
    expect(() => loadCorpus(dir)).toThrow(/cannot read .*catalog\.json/);
  });
});

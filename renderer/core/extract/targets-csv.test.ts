import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/types';
import type { Target } from './targets';
import { targetsCsv } from './targets-csv';

const target: Target = {
  id: 't1',
  kind: 'target',
  docId: 'd',
  paragraph: 3,
  start: 10,
  end: 40,
  quote: '到2025年，數字經濟比重達到10%左右。',
  metric: '數字經濟比重',
  value: 10,
  valueMax: null,
  unit: '%',
  qualifier: '左右',
  direction: 'reach',
  horizon: '2025',
  scope: 'shandong',
  basis: 'sign',
  sign: '到2025年',
  unsure: false,
};
const corpus = {
  documents: [{ id: 'd', file: '003_x.txt', titles: { en: 'Press conference, "14th" plan', zh: '发布会' } }],
  missing: [],
} as unknown as Corpus;

describe('targetsCsv', () => {
  const csv = targetsCsv([target], corpus);
  it('starts with a byte-order mark and ends lines with CRLF, as Excel needs for Chinese text', () => {
    expect(csv.startsWith('\ufeffkind,unsure,metric,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });
  it('quotes commas and quotes, keeps Chinese as is, and links back to the clause', () => {
    expect(csv).toContain('"Press conference, ""14th"" plan"');
    expect(csv).toContain('數字經濟比重');
    expect(csv).toContain('#/doc/d/p/3?span=10-40');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    const hostile = targetsCsv(
      [{ ...target, metric: '=HYPERLINK("http://x","click")', quote: '+1+1', direction: '@SUM(A1)' }],
      corpus,
    );
    expect(hostile).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(hostile).toContain("'+1+1");
    expect(hostile).toContain("'@SUM(A1)");
    expect(targetsCsv([{ ...target, value: -5 }], corpus)).toContain(',-5,');
  });
});

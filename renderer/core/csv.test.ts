import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

/** What a spreadsheet reads back: the cells, as a CSV parser sees them. */
function cells(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false }) as string[][];
}

describe('toCsv', () => {
  it('writes a BOM and CRLF, quotes what needs it, keeps Chinese, and defuses formulas but not negative numbers', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['新材料, "quoted"', null],
          ['=1+1', -5],
          ['@x', '+y'],
        ],
      ),
    ).toBe('\ufeffa,b\r\n"新材料, ""quoted""",\r\n\'=1+1,-5\r\n\'@x,\'+y\r\n');
  });

  it('keeps a note of several lines in one cell, and a formula on its second line inside it', () => {
    const csv = toCsv(['note', 'n'], [['first line\n=1+1 on the second line', 1]]);
    expect(cells(csv)).toEqual([
      ['note', 'n'],
      ['first line\n=1+1 on the second line', '1'],
    ]);
    expect(cells(toCsv(['x'], [['a\r\nb'], ['c\rd']]))).toEqual([['x'], ['a\r\nb'], ['c\rd']]);
  });

  it('defuses formulas in full-width characters, and after a tab or a carriage return', () => {
    const out = cells(toCsv(['x'], [['＝1+1'], ['＋1'], ['－1'], ['＠SUM(A1)'], ['\t=1'], ['\r=1'], ['-1']]));
    expect(out.slice(1).map(([c]) => c)).toEqual(["'＝1+1", "'＋1", "'－1", "'＠SUM(A1)", "'\t=1", "'\r=1", "'-1"]);
  });

  it('round-trips any text to the same cells, with only formulas defused (property, fixed seed)', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('\n', '\r', '"', ',', '=', '＝', '\t', '新', ' '),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (rows) => {
        const back = cells(toCsv(['a', 'b'], rows));
        expect(back).toHaveLength(rows.length + 1);
        back.slice(1).forEach((row, i) =>
          row.forEach((cell, j) => {
            const written = rows[i]![j]!;
            expect(cell === written || cell === `'${written}`).toBe(true);
            // Nothing a spreadsheet runs is left at the start of a cell.
            expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
          }),
        );
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});

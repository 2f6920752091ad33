import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

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
});

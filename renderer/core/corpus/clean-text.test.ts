import { describe, expect, it } from 'vitest';
import { CleanText, toSourceOffset, toSourceSpan } from './clean-text';

describe('CleanText', () => {
  const source = '  網(wǎng)絡(luò)  強國 ';

  it('trims and collapses white space, remembering every source offset', () => {
    const t = CleanText.slice(source, 0, source.length).trim().collapseSpaces();
    expect(t.text).toBe('網(wǎng)絡(luò) 強國');
    expect(t.sourceStart).toBe(2);
    expect(t.sourceEnd).toBe(source.length - 1);
    expect(t.gaps()).toEqual([[14, 1]]);
  });

  it('maps offsets after deletions back into the source', () => {
    const line = CleanText.slice(source, 0, source.length).trim().collapseSpaces();
    const t = line.deleteMatches(/\([a-zǎò]+\)/gu);
    expect(t.text).toBe('網絡 強國');
    const paragraph = { source: [t.sourceStart, t.sourceEnd] as const, gaps: t.gaps() };
    // Every cleaned character maps to the same character in the source.
    for (let i = 0; i < t.text.length; i++) {
      expect(source[toSourceOffset(paragraph, i)]).toBe(t.text[i]);
    }
    // A span ending before a deletion does not swallow it.
    expect(source.slice(...toSourceSpan(paragraph, [0, 1]))).toBe('網');
    expect(source.slice(...toSourceSpan(paragraph, [0, 2]))).toBe('網(wǎng)絡');
    expect(source.slice(...toSourceSpan(paragraph, [3, 5]))).toBe('強國');
  });

  it('keeps the end of the source right when a deletion reaches the end', () => {
    const t = CleanText.slice('會(huì)', 0, 6).deleteMatches(/\(huì\)/gu);
    expect(t.text).toBe('會');
    expect(t.sourceEnd).toBe(1);
  });

  it('refuses overlapping deletions instead of corrupting the map', () => {
    const t = CleanText.slice('abcdef', 0, 6);
    expect(() =>
      t.delete([
        [0, 3],
        [2, 4],
      ]),
    ).toThrow(RangeError);
  });

  it('empties a line of only white space', () => {
    expect(CleanText.slice(' \u3000\t ', 0, 4).trim().text).toBe('');
  });

  it('cleans a line of 200,000 characters that needs a deletion, keeping every offset (issue 12)', () => {
    // One deletion near the start leaves a run of 200,000 characters to copy: spread into push(), that overflowed.
    const line = `新旧  动能${'转换'.repeat(100_000)}`;
    const cleaned = CleanText.slice(line, 0, line.length).collapseSpaces();
    expect(cleaned.text.length).toBe(line.length - 1);
    const at = cleaned.text.length - 1;
    const paragraph = { source: [cleaned.sourceStart, cleaned.sourceEnd] as const, gaps: cleaned.gaps() };
    expect(toSourceOffset(paragraph, at)).toBe(line.length - 1);
  });
});

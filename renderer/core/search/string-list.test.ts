import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringList } from './string-list';

describe('StringList: many sorted strings in one', () => {
  it('finds every string it holds and nothing else, in code-unit order, Han and letters alike (property, fixed seed)', () => {
    const s = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '新', '材', '𠀀'), maxLength: 5 });
    fc.assert(
      fc.property(fc.uniqueArray(s, { maxLength: 40 }), fc.array(s, { maxLength: 10 }), (strings, probes) => {
        const sorted = [...strings].sort();
        const list = StringList.from(sorted);
        expect(list.length).toBe(sorted.length);
        sorted.forEach((x, i) => {
          expect(list.get(i)).toBe(x);
          expect(list.find(x)).toBe(i);
        });
        for (const p of probes) expect(list.find(p)).toBe(sorted.indexOf(p));
        // Read back from its text, as the index file carries it.
        expect(StringList.fromText(list.text).find(sorted[0] ?? 'x')).toBe(sorted.length > 0 ? 0 : -1);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it('skips past every string that shares a prefix', () => {
    const list = StringList.from(['ab', 'abc', 'abd', 'ac', 'b']);
    expect(list.afterPrefix(0, 2)).toBe(3);
    expect(list.afterPrefix(0, 1)).toBe(4);
    expect(list.afterPrefix(3, 2)).toBe(4);
  });

  it('knows what each string shares with the one before, and skips a prefix as a check of every string does', () => {
    // Few letters, so prefixes are shared; some strings longer than the 255 code units a share is counted to.
    const word = fc.oneof(
      fc.stringMatching(/^[ab]{1,6}$/),
      fc
        .tuple(fc.constantFrom('a', 'b'), fc.integer({ min: 250, max: 300 }), fc.stringMatching(/^[ab]{0,3}$/))
        .map(([c, n, tail]) => c.repeat(n) + tail),
    );
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), (words) => {
        const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const list = StringList.from(sorted);
        sorted.forEach((w, i) => {
          let k = 0;
          while (i > 0 && k < w.length && w[k] === sorted[i - 1]![k]) k++;
          expect(list.sharedWithPrevious(i)).toBe(Math.min(k, 255));
          for (const n of [1, 2, 3, 255, 256, w.length]) {
            if (n > w.length) continue;
            let j = i + 1;
            while (j < sorted.length && sorted[j]!.startsWith(w.slice(0, n))) j++;
            expect(list.afterPrefix(i, n)).toBe(j);
          }
        });
      }),
      { seed: 20261124, numRuns: 200 },
    );
  });

  it('refuses strings out of order, repeated or holding a line break, and text that does not end a line', () => {
    expect(() => StringList.from(['b', 'a'])).toThrow(/sorted/);
    expect(() => StringList.from(['a', 'a'])).toThrow(/sorted/);
    expect(() => StringList.from(['a\nb'])).toThrow(/line break/);
    expect(() => StringList.fromText('a\nb')).toThrow(/end in a line break/);
    expect(StringList.fromText('').length).toBe(0);
  });
});

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
    expect(list.afterPrefix(0, 2, 1)).toBe(3);
    expect(list.afterPrefix(0, 1, 1)).toBe(4);
    expect(list.afterPrefix(3, 2, 4)).toBe(4);
  });

  it('refuses strings out of order, repeated or holding a line break, and text that does not end a line', () => {
    expect(() => StringList.from(['b', 'a'])).toThrow(/sorted/);
    expect(() => StringList.from(['a', 'a'])).toThrow(/sorted/);
    expect(() => StringList.from(['a\nb'])).toThrow(/line break/);
    expect(() => StringList.fromText('a\nb')).toThrow(/end in a line break/);
    expect(StringList.fromText('').length).toBe(0);
  });
});

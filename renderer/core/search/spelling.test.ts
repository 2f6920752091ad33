import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWord } from './fold';
import { inCaseOf, maxEdits, nearestWords, Speller } from './spelling';
import { StringList } from './string-list';

const words = {
  hydrogen: 3,
  qingdao: 12,
  environment: 6,
  aluminum: 2,
  aluminium: 2,
  steel: 9,
  steep: 1,
  types: 1,
  jinan: 20,
  jining: 8,
  manufacturing: 30,
};
const sorted = Object.keys(words).sort();
const known = new Set([...sorted, 'tire'].map(foldWord));
const speller = new Speller(
  StringList.from(sorted),
  sorted.map((w) => words[w as keyof typeof words]),
  (term) => known.has(term),
);

describe('spelling correction', () => {
  it('corrects a word one or two letters off, a transposition counting as one', () => {
    expect(speller.correct('hydorgen')).toBe('hydrogen'); // two letters swapped
    expect(speller.correct('Qingdoa')).toBe('qingdao');
    expect(speller.correct('enviroment')).toBe('environment'); // a letter left out
    expect(speller.correct('manufactring')).toBe('manufacturing');
    expect(speller.correct('manfactring')).toBe('manufacturing'); // two left out
  });

  it('prefers fewer edits, then the more frequent word', () => {
    expect(speller.correct('steal')).toBe('steel'); // steel and steep are one letter off; steel is far more frequent
    expect(speller.correct('Jinin')).toBe('jinan'); // jinan and jining are one edit away; jinan is more frequent
  });

  it('leaves short words, known words, numbers and words too far off alone', () => {
    expect(maxEdits('tyre')).toBe(0);
    expect(speller.correct('stel')).toBeNull(); // under five letters
    expect(speller.correct('Hydrogen')).toBeNull(); // known
    expect(speller.correct('tires')).toBeNull(); // known through a term the search knows (folds to "tire")
    expect(speller.correct('12345')).toBeNull();
    expect(speller.correct('banana')).toBeNull();
    expect(speller.correct('hydrxxxn')).toBeNull(); // three letters off
  });

  it('allows one edit at five letters and two from six, as Elasticsearch AUTO does', () => {
    expect([maxEdits('abcd'), maxEdits('abcde'), maxEdits('abcdef'), maxEdits('abcdefghijk')]).toEqual([0, 1, 2, 2]);
    expect(speller.correct('stexx')).toBeNull(); // two off, but only five letters
  });

  it('writes the correction the way the word was typed', () => {
    expect(inCaseOf('Qingdoa', 'qingdao')).toBe('Qingdao');
    expect(inCaseOf('QINGDOA', 'qingdao')).toBe('QINGDAO');
    expect(inCaseOf('hydorgen', 'hydrogen')).toBe('hydrogen');
  });
});

/** Optimal string alignment distance, the plain way: the whole table. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i + j));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('the sorted words a correction may be, walked as a trie (issue 13)', () => {
  it('finds exactly the words the fewest edits away, one to k, in one walk whose limit comes down (property, fixed seed)', () => {
    // The last code unit too, after which no first letter comes.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é', '\uffff'), minLength: 0, maxLength: 8 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), word, fc.integer({ min: 0, max: 3 }), (words, typed, k) => {
        const byTrie = nearestWords(StringList.from([...words].sort()), typed, k)
          .map(({ term, distance }) => ({ term, distance }))
          .sort((x, y) => (x.term < y.term ? -1 : 1));
        const near = words.map((term) => ({ term, distance: osa(typed, term) })).filter((w) => w.distance >= 1);
        const fewest = Math.min(...near.map((w) => w.distance));
        const bySweep = near
          .filter((w) => w.distance === fewest && w.distance <= k)
          .sort((x, y) => (x.term < y.term ? -1 : 1));
        expect(byTrie).toEqual(bySweep);
      }),
      { seed: 20261124, numRuns: 500 },
    );
  });
});

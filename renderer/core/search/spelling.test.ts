import { describe, expect, it } from 'vitest';
import { foldWord } from './fold';
import { inCaseOf, maxEdits, Speller } from './spelling';

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
const speller = new Speller(new Map(Object.entries(words)), new Set([...Object.keys(words), 'tire'].map(foldWord)));

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

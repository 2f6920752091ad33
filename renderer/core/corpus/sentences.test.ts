import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const sentences = (text: string): string[] => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it('splits English at full stops, question and exclamation marks', () => {
    expect(sentences('GDP grew by 5.5% in 2022. Will it last? Yes!')).toEqual([
      'GDP grew by 5.5% in 2022.',
      'Will it last?',
      'Yes!',
    ]);
  });

  it('does not split after titles, initials or "No."', () => {
    expect(sentences('Mr. Li met U.S. firms at No. 3 Road. Then he left.')).toEqual([
      'Mr. Li met U.S. firms at No. 3 Road.',
      'Then he left.',
    ]);
  });

  it('keeps decimals, and a full stop before a lower-case word, inside the sentence', () => {
    expect(sentences('It reached 1.2 trillion yuan. and more')).toEqual(['It reached 1.2 trillion yuan. and more']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('He said, "We will try." Then he left.')).toEqual(['He said, "We will try."', 'Then he left.']);
  });

  it('splits Chinese at 。！？ and keeps the opening quote with the next sentence', () => {
    expect(sentences('記者從山東省發改委獲悉。首臺(套)裝備超過100項！“要加快建設”，他說。三是推進')).toEqual([
      '記者從山東省發改委獲悉。',
      '首臺(套)裝備超過100項！',
      '“要加快建設”，他說。',
      '三是推進',
    ]);
  });

  it('gives a one-sentence paragraph one span, and nothing for white space', () => {
    expect(splitSentences('Zibo: highlight four articles')).toEqual([[0, 29]]);
    expect(splitSentences('   ')).toEqual([]);
  });
});

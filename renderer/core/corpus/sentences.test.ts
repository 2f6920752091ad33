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

  it('splits sentences a scraped page ran together with no space, as in 000', () => {
    expect(
      sentences(
        'to control high-polluting industries.Implement the requirements, and curb projects.We will promote it.',
      ),
    ).toEqual([
      'to control high-polluting industries.',
      'Implement the requirements, and curb projects.',
      'We will promote it.',
    ]);
    expect(sentences('old and new driving forces.”At the 7th session, he said so?Yes.')).toEqual([
      'old and new driving forces.”',
      'At the 7th session, he said so?',
      'Yes.',
    ]);
    expect(sentences('It was done.“We will go on,” he said.')).toEqual(['It was done.', '“We will go on,” he said.']);
  });

  it('does not split numbers, initials, abbreviations or addresses that look glued', () => {
    expect(sentences('It is the No.1 project and the U.S.A. market.')).toEqual([
      'It is the No.1 project and the U.S.A. market.',
    ]);
    expect(sentences('Mr.Li and Dr.Wang met Prof.Zhang at St.Louis.')).toEqual([
      'Mr.Li and Dr.Wang met Prof.Zhang at St.Louis.',
    ]);
    expect(sentences('See www.Shandong.gov.cn or http://en.Dzwww.com for news.')).toEqual([
      'See www.Shandong.gov.cn or http://en.Dzwww.com for news.',
    ]);
    expect(sentences('Write to office@Sd.gov.cn today.')).toEqual(['Write to office@Sd.gov.cn today.']);
    expect(sentences('GDP grew 5.5%. Fig.3 shows it.')).toEqual(['GDP grew 5.5%.', 'Fig.3 shows it.']);
    // A figure before the stop is not a word: "in 2022.The" is left for a person to read, not guessed at.
    expect(sentences('It reached 1.2 trillion yuan in 2022.The end')).toEqual([
      'It reached 1.2 trillion yuan in 2022.The end',
    ]);
  });
});

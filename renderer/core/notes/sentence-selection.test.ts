import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../node/seeds';
import { firstOrLast, stepSentence } from './sentence-selection';

// 000's paragraph 3, two sentences run together on the page: "…high-polluting industries." and "Implement …".
const p = loadCorpus('seeds').documents.find((d) => d.id === 'work-report-2022')!.paragraphs[3]!;
const text = (r: ReturnType<typeof stepSentence>) => (r && typeof r === 'object' ? p.text.slice(...r.span) : r);

describe('selecting a sentence at a time from the keyboard', () => {
  it('starts with the first sentence (or, going back, the last) when nothing is selected', () => {
    expect(text(stepSentence(p.sentences, null, 'next'))).toBe(
      'We will take precise measures to control high-polluting industries.',
    );
    expect(text(stepSentence(p.sentences, null, 'previous'))).toMatch(/^Implement the requirements .* projects\.$/);
  });

  it('moves to the next and previous sentence, and says when it runs off the paragraph', () => {
    const [one, two] = p.sentences;
    expect(stepSentence(p.sentences, one!, 'next')).toEqual({ span: two, first: 1, last: 1 });
    expect(stepSentence(p.sentences, two!, 'next')).toBe('next-paragraph');
    expect(stepSentence(p.sentences, two!, 'previous')).toEqual({ span: one, first: 0, last: 0 });
    expect(stepSentence(p.sentences, one!, 'previous')).toBe('previous-paragraph');
  });

  it('extends and shrinks by a sentence, within the paragraph', () => {
    const [one, two] = p.sentences;
    const both = { span: [one![0], two![1]], first: 0, last: 1 };
    expect(stepSentence(p.sentences, one!, 'extend')).toEqual(both);
    expect(stepSentence(p.sentences, [one![0], two![1]], 'extend')).toEqual(both);
    expect(stepSentence(p.sentences, [one![0], two![1]], 'shrink')).toEqual({ span: one, first: 0, last: 0 });
    expect(stepSentence(p.sentences, one!, 'shrink')).toEqual({ span: one, first: 0, last: 0 });
  });

  it('takes a selection made with the mouse as the sentences it touches', () => {
    // A few words in the middle of the second sentence: next goes past it, extend keeps it and adds nothing more.
    const inside = p.text.indexOf('closed-loop management');
    expect(stepSentence(p.sentences, [inside, inside + 10], 'next')).toBe('next-paragraph');
    expect(stepSentence(p.sentences, [inside, inside + 10], 'previous')).toEqual({
      span: p.sentences[0],
      first: 0,
      last: 0,
    });
  });

  it('handles a paragraph with no sentences, and gives a paragraph’s first or last sentence', () => {
    expect(stepSentence([], null, 'next')).toBe('next-paragraph');
    expect(stepSentence([], null, 'extend')).toBeNull();
    expect(firstOrLast(p.sentences, 'last')).toEqual({ span: p.sentences[1], first: 1, last: 1 });
    expect(firstOrLast([], 'first')).toBeNull();
  });
});

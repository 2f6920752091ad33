import type { Span } from '../corpus/types';

/**
 * Selecting text from the keyboard, a sentence at a time (for a highlight or a note without a mouse): which span of a
 * paragraph the next key selects, given its sentences and what is selected now. Plain offsets, so the reader's DOM
 * code only has to turn them into a selection.
 */
export type SentenceStep = 'next' | 'previous' | 'extend' | 'shrink';

/** What a step selects: a span of this paragraph, or the first (or last) sentence of the paragraph after (before) it. */
export type StepResult =
  { readonly span: Span; readonly first: number; readonly last: number } | 'next-paragraph' | 'previous-paragraph';

/** The sentences a selection covers, at least in part, as [first, last] indexes; null if it touches none. */
function covered(sentences: readonly Span[], selection: Span): [number, number] | null {
  const touched = sentences.flatMap(([s, e], i) => (s < selection[1] && selection[0] < e ? [i] : []));
  return touched.length === 0 ? null : [touched[0]!, touched[touched.length - 1]!];
}

const select = (sentences: readonly Span[], first: number, last: number): StepResult => ({
  span: [sentences[first]![0], sentences[last]![1]],
  first,
  last,
});

/**
 * `next` selects the sentence after the selection (the first one when nothing in this paragraph is selected), and
 * `previous` the one before it (the last one); past the paragraph's end they say to go on to the next or previous
 * paragraph. `extend` adds the following sentence, `shrink` drops the last one, never crossing the paragraph.
 */
export function stepSentence(
  sentences: readonly Span[],
  selection: Span | null,
  step: SentenceStep,
): StepResult | null {
  if (sentences.length === 0)
    return step === 'previous' ? 'previous-paragraph' : step === 'next' ? 'next-paragraph' : null;
  const at = selection ? covered(sentences, selection) : null;
  if (at === null) {
    if (step === 'previous') return select(sentences, sentences.length - 1, sentences.length - 1);
    return select(sentences, 0, 0);
  }
  const [first, last] = at;
  switch (step) {
    case 'next':
      return last + 1 < sentences.length ? select(sentences, last + 1, last + 1) : 'next-paragraph';
    case 'previous':
      return first > 0 ? select(sentences, first - 1, first - 1) : 'previous-paragraph';
    case 'extend':
      return select(sentences, first, Math.min(last + 1, sentences.length - 1));
    case 'shrink':
      return select(sentences, first, Math.max(first, last - 1));
  }
}

/** The first or last sentence of a paragraph: where a step that ran off the paragraph before it goes on. */
export function firstOrLast(sentences: readonly Span[], which: 'first' | 'last'): StepResult | null {
  if (sentences.length === 0) return null;
  const i = which === 'first' ? 0 : sentences.length - 1;
  return select(sentences, i, i);
}

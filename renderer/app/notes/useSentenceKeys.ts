import { useRef, type RefObject } from 'react';
import type { PolicyDocument, Span } from '../../core/corpus/types';
import { firstOrLast, stepSentence, type SentenceStep } from '../../core/notes/sentence-selection';
import { useCommand } from '../commands/useCommands';
import { readSelection, selectText } from './textSelection';

/**
 * Keys that select text a sentence at a time, so a highlight or a note can be made without a mouse: `v` the next
 * sentence (from the focused paragraph, or from the selection), Shift+V the previous one, `e` one sentence more,
 * Shift+E one less. Then `h` or `n` act on the selection, as after selecting with the mouse.
 */
export function useSentenceKeys(
  article: RefObject<HTMLElement | null>,
  doc: PolicyDocument | undefined,
  announce: (first: number, last: number, of: number) => void,
): void {
  // The sentences last selected with these keys: after `h` or `n` clears the selection, `v` goes on from them.
  const last = useRef<{ docId: string; paragraph: number; span: Span } | null>(null);
  const select = (event: KeyboardEvent | null, step: SentenceStep): void => {
    const root = article.current;
    if (!root || !doc) return;
    const selection = readSelection(root);
    const focused = ((event?.target ?? document.activeElement) as HTMLElement | null)?.closest?.<HTMLElement>(
      '[data-paragraph]',
    );
    const firstInView = [...root.querySelectorAll<HTMLElement>('[data-paragraph]')].find(
      (el) => el.getBoundingClientRect().bottom > 0,
    );
    let n =
      selection && selection !== 'across'
        ? selection.paragraph
        : Number((focused ?? firstInView)?.dataset.paragraph ?? 0);
    const remembered = last.current?.docId === doc.id && last.current.paragraph === n ? last.current.span : null;
    const current: Span | null =
      selection && selection !== 'across' && selection.paragraph === n
        ? [selection.start, selection.end]
        : selection
          ? null
          : remembered;
    let result = stepSentence(doc.paragraphs[n]?.sentences ?? [], current, step);
    // Past a paragraph's end (or start), on to the next paragraph that has a sentence.
    while (result === 'next-paragraph' || result === 'previous-paragraph') {
      const direction = result;
      n += direction === 'next-paragraph' ? 1 : -1;
      const p = doc.paragraphs[n];
      if (!p) return;
      result = firstOrLast(p.sentences, direction === 'next-paragraph' ? 'first' : 'last') ?? direction;
    }
    const paragraph = root.querySelector<HTMLElement>(`#p-${n}`);
    const text = paragraph?.querySelector('.para-text');
    if (!result || !paragraph || !text) return;
    paragraph.focus({ preventScroll: true });
    const range = selectText(text, result.span);
    last.current = { docId: doc.id, paragraph: n, span: result.span };
    const box = range?.getBoundingClientRect();
    if (box && (box.top < 0 || box.bottom > window.innerHeight)) paragraph.scrollIntoView({ block: 'center' });
    announce(result.first + 1, result.last + 1, doc.paragraphs[n]!.sentences.length);
  };
  const ready = (): boolean => doc !== undefined && article.current !== null;
  useCommand('sentence:next', (e) => select(e, 'next'), ready);
  useCommand('sentence:previous', (e) => select(e, 'previous'), ready);
  useCommand('sentence:extend', (e) => select(e, 'extend'), ready);
  useCommand('sentence:shrink', (e) => select(e, 'shrink'), ready);
}

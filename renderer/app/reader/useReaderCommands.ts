import type { RefObject } from 'react';
import { useCommand } from '../commands/useCommands';
import { updateSettings } from '../settings';

interface ReaderActions {
  readonly article: RefObject<HTMLElement | null>;
  /** Whether a document is shown (the address may name none). */
  readonly present: boolean;
  /** A document in Traditional characters, which `s` turns to Simplified and back. */
  readonly chinese: boolean;
  readonly query: string;
  readonly copyLink: (paragraph: number) => void;
  readonly toggleOriginal: () => void;
  readonly toggleNotes: () => void;
  readonly step: (direction: 1 | -1) => void;
  readonly closeMatches: () => void;
}

/** What the reader's commands do (the registry in core/commands names them, their keys and where they apply). */
export function useReaderCommands({
  article,
  present,
  chinese,
  query,
  copyLink,
  toggleOriginal,
  toggleNotes,
  step,
  closeMatches,
}: ReaderActions): void {
  const focusedParagraph = (event: KeyboardEvent | null): number | null => {
    const from = (event?.target ?? document.activeElement) as HTMLElement | null;
    const at = from?.closest?.<HTMLElement>('[data-paragraph]')?.dataset.paragraph;
    return at === undefined ? null : Number(at);
  };
  const moveParagraph = (event: KeyboardEvent | null, direction: 1 | -1): void => {
    const current = focusedParagraph(event);
    const count = document.querySelectorAll('[data-paragraph]').length;
    const next = current === null ? 0 : Math.min(count - 1, Math.max(0, current + direction));
    const el = document.getElementById(`p-${next}`);
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'nearest' });
    }
  };
  const moveTerm = (event: KeyboardEvent | null, direction: 1 | -1): void => {
    const term = adjacentTerm(
      article.current,
      (event?.target ?? document.activeElement) as HTMLElement | null,
      direction,
    );
    if (!term) return;
    term.focus({ preventScroll: true });
    term.scrollIntoView({ block: 'nearest' });
  };
  useCommand(
    'paragraph:next',
    (e) => moveParagraph(e, 1),
    () => present,
  );
  useCommand(
    'paragraph:previous',
    (e) => moveParagraph(e, -1),
    () => present,
  );
  useCommand(
    'paragraph:copy-link',
    (e) => copyLink(focusedParagraph(e)!),
    (e) => present && focusedParagraph(e) !== null,
  );
  useCommand(
    'term:next',
    (e) => moveTerm(e, 1),
    () => present,
  );
  useCommand(
    'term:previous',
    (e) => moveTerm(e, -1),
    () => present,
  );
  useCommand('document:original', toggleOriginal, () => present);
  useCommand('notes:panel', toggleNotes, () => present);
  useCommand(
    'script:toggle',
    () => updateSettings((s) => ({ chineseScript: s.chineseScript === 'simplified' ? 'original' : 'simplified' })),
    () => chinese,
  );
  // Enter on a link or a button is that control's, not the next match's.
  const onControl = (e: KeyboardEvent | null): boolean =>
    !!(e?.target as HTMLElement | null)?.closest?.('a, button, summary');
  useCommand(
    'match:next',
    () => step(1),
    (e) => !!query && !onControl(e),
  );
  useCommand(
    'match:previous',
    () => step(-1),
    (e) => !!query && !onControl(e),
  );
  useCommand('match:close', closeMatches, () => !!query);
}

/**
 * The glossary term after (or before) the focused element, for `t` / Shift+T: a keyboard user's way to each term's
 * card without putting every term in the tab order. With nothing focused in the text, it starts from the top of the
 * window.
 */
function adjacentTerm(root: HTMLElement | null, from: HTMLElement | null, direction: 1 | -1): HTMLElement | null {
  if (!root) return null;
  const terms = [...root.querySelectorAll<HTMLElement>('.term')];
  if (from && root.contains(from)) {
    const flag = direction === 1 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
    const after = terms.filter(
      (term) => term !== from && !term.contains(from) && from.compareDocumentPosition(term) & flag,
    );
    return (direction === 1 ? after[0] : after[after.length - 1]) ?? null;
  }
  return terms.find((term) => term.getBoundingClientRect().top >= 0) ?? null;
}

import type { Span } from '../../core/corpus/types';

/**
 * A paragraph's text as shown, in offsets, and the page's selection in it: both ways, so a selection made with the
 * mouse and one made from the keyboard are the same thing to the notes. Markers (✎) after noted passages are not text.
 */

export interface TextSelection {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** The selection as offsets in one paragraph's text, or 'across' when it spans paragraphs, or null. */
export function readSelection(container: HTMLElement): TextSelection | 'across' | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const el = (node: Node): Element | null => (node instanceof Element ? node : node.parentElement);
  const startText = el(range.startContainer)?.closest('.para-text');
  const endText = el(range.endContainer)?.closest('.para-text');
  if (!startText || !container.contains(startText)) return null;
  if (startText !== endText) return 'across';
  const offset = (node: Node, at: number): number => {
    const r = document.createRange();
    r.setStart(startText, 0);
    r.setEnd(node, at);
    // Markers (✎) are not part of the text.
    const clone = r.cloneContents();
    clone.querySelectorAll('.hl-marker').forEach((m) => m.remove());
    return clone.textContent?.length ?? 0;
  };
  const start = offset(range.startContainer, range.startOffset);
  const end = offset(range.endContainer, range.endOffset);
  const paragraph = Number(startText.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph);
  if (!Number.isInteger(paragraph) || end <= start) return null;
  return { paragraph, start, end };
}

/** Selects `span` (offsets in the paragraph's text, as shown) in a `.para-text` element; markers (✎) are not text. */
export function selectText(el: Element, [start, end]: Span): Range | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.hl-marker') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < at + length) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(node, end - at);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return range;
    }
    at += length;
  }
  return null;
}

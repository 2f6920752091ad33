import type { Span } from '../corpus/types';

/**
 * The clauses targets are quoted from: each sentence cut at semicolons; at ", and" / ", while" when both sides hold a
 * number; where a new time frame opens after a comma with a number on both sides (", by 2025 …", "，到2025年…"); and
 * at a sentence end the sentence splitter missed ("industries.Implement"), so that no quote ever crosses one.
 * Chinese is matched on folded (Simplified) text of the same length.
 */
export function clauses(text: string, sentences: readonly Span[]): Span[] {
  // How many digits come before each offset, so that "a number on both sides" costs nothing per cut.
  const digitsBefore = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++)
    digitsBefore[i + 1] = digitsBefore[i]! + (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57 ? 1 : 0);
  const hasDigit = (from: number, to: number): boolean => digitsBefore[to]! > digitsBefore[from]!;
  const out: Span[] = [];
  for (const [s, e] of sentences) {
    let start = s;
    const sentence = text.slice(s, e);
    const cuts = sentence.matchAll(
      /[;；]\s*|(?<=[a-z%)”"])[.!?](?=[“"]?[A-Z][a-z])|,\s+(?:and|while)\s+|,\s+(?=(?:by|until|before|in) (?:the end of )?20\d\d\b)|，(?=(?:预计|力争|争取)?(?:到|至|截至|截止|在)?20\d\d年|今年|明年|去年|力争|预计)/g,
    );
    for (const cut of cuts) {
      const at = s + cut.index;
      const hard = /^[;；.!?]/.test(cut[0]);
      if (!hard && !(hasDigit(start, at) && hasDigit(at + cut[0].length, e))) continue;
      const end = /^[.!?]/.test(cut[0]) ? at + 1 : at;
      out.push(...bounded(text, start, end));
      start = at + cut[0].length;
    }
    out.push(...bounded(text, start, e));
  }
  return out.filter(([a, b]) => b > a);
}

/** The longest clause read as one: a sentence of thousands of characters with no break is read in pieces. */
export const MAX_CLAUSE = 600;

/**
 * A clause cut into pieces of at most MAX_CLAUSE characters, each at the last comma or space before the limit (or
 * at the limit when there is none), so that reading a figure costs the same however long the sentence runs on.
 */
function bounded(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  while (end - from > MAX_CLAUSE) {
    const window = text.slice(from, from + MAX_CLAUSE);
    const cut = Math.max(
      window.lastIndexOf('，'),
      window.lastIndexOf(', '),
      window.lastIndexOf('、'),
      window.lastIndexOf(' '),
    );
    const at = cut > MAX_CLAUSE / 2 ? from + cut + 1 : from + MAX_CLAUSE;
    out.push([from, at]);
    from = at;
  }
  out.push([from, end]);
  return out;
}

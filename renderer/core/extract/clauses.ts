import type { Span } from '../corpus/types';

/**
 * The clauses targets are quoted from: each sentence cut at semicolons; at ", and" / ", while" when both sides hold a
 * number; where a new time frame opens after a comma with a number on both sides (", by 2025 …", "，到2025年…"); and
 * at a sentence end the sentence splitter missed ("industries.Implement"), so that no quote ever crosses one.
 * Chinese is matched on folded (Simplified) text of the same length.
 */
export function clauses(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of sentences) {
    let start = s;
    const sentence = text.slice(s, e);
    const cuts = sentence.matchAll(
      /[;；]\s*|(?<=[a-z%)”"])[.!?](?=[“"]?[A-Z][a-z])|,\s+(?:and|while)\s+|,\s+(?=(?:by|until|before|in) (?:the end of )?20\d\d\b)|，(?=(?:预计|力争|争取)?(?:到|至|截至|截止|在)?20\d\d年|今年|明年|去年|力争|预计)/g,
    );
    for (const cut of cuts) {
      const at = s + cut.index;
      const left = text.slice(start, at);
      const right = text.slice(at + cut[0].length, e);
      const hard = /^[;；.!?]/.test(cut[0]);
      if (!hard && !(/\d/.test(left) && /\d/.test(right))) continue;
      const end = /^[.!?]/.test(cut[0]) ? at + 1 : at;
      out.push([start, end]);
      start = at + cut[0].length;
    }
    out.push([start, e]);
  }
  return out.filter(([a, b]) => b > a);
}

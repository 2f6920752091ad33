import type { Span } from './types';

// Rule-based on purpose: ICU's sentence breaker (Intl.Segmenter) splits after "Mr." and hangs a
// Chinese opening quote on the previous sentence, and these spans are what targets point at.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'co', 'ltd', 'inc',
  'corp', 'dept', 'gov', 'govt', 'approx', 'est', 'fig', 'vol', 'art', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const CLOSERS = '"\'”’」』）)]】》';
const OPENERS = '"\'“‘「『（(【《';

function isSentenceStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return /[\p{Lu}\p{N}\p{Script=Han}]/u.test(ch) || OPENERS.includes(ch);
}

/** Whether a full stop at `dot` ends an English sentence (not "Mr.", "U.S.", "No. 5"). */
function endsEnglishSentence(text: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  const word = before.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Initials and dotted abbreviations: "U.S.", "J."
  if (/^[a-z](\.[a-z])*$/.test(word)) return false;
  return true;
}

/** Splits a paragraph into sentence spans (English and Chinese punctuation), trimmed of white space. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) spans.push([s, e]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const chinese = '。！？'.includes(ch);
    const latin = '.!?'.includes(ch);
    if (!chinese && !latin) continue;
    let end = i + 1;
    while (end < text.length && ('.!?。！？…'.includes(text[end]!) || CLOSERS.includes(text[end]!))) end++;
    if (chinese) {
      if (end < text.length) push(end);
      i = end - 1;
      continue;
    }
    // Latin punctuation: a sentence ends only before white space and a sentence start, or before Chinese.
    const next = text[end];
    const afterSpace = /^\s+(.)/u.exec(text.slice(end, end + 4))?.[1];
    const beforeHan = next !== undefined && /\p{Script=Han}/u.test(next);
    if ((afterSpace !== undefined && isSentenceStart(afterSpace)) || beforeHan) {
      if (ch !== '.' || endsEnglishSentence(text, i)) push(end);
    }
    i = end - 1;
  }
  push(text.length);
  return spans;
}

import type { Span } from './types';

// Rule-based on purpose: ICU's sentence breaker (Intl.Segmenter) splits after "Mr." and hangs a
// Chinese opening quote on the previous sentence, and these spans are what targets point at.

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'co',
  'ltd',
  'inc',
  'corp',
  'dept',
  'gov',
  'govt',
  'approx',
  'est',
  'fig',
  'vol',
  'art',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
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

/** Whether text at `at` starts a sentence glued to the one before: a capital then a small letter ("We", "At"), after an opening quote or not. */
function gluedStart(text: string, at: number): boolean {
  const i = OPENERS.includes(text[at] ?? '') ? at + 1 : at;
  return /\p{Lu}/u.test(text[i] ?? '') && /\p{Ll}/u.test(text[i + 1] ?? '');
}

/** Whether the full stop at `dot` is inside a web or e-mail address (`www.Shandong.gov.cn`, `news@Sd.cn`). */
function inAddress(text: string, dot: number): boolean {
  const before = /\S*$/u.exec(text.slice(Math.max(0, dot - 60), dot))?.[0] ?? '';
  const after = /^\S*/u.exec(text.slice(dot, dot + 60))?.[0] ?? '';
  return /:\/\/|^www\.|@|\.(?:com|cn|org|net|gov|edu)\b/iu.test(before + after);
}

/**
 * Splits a paragraph into sentence spans (English and Chinese punctuation), trimmed of white space. Scraped pages
 * often run sentences together with no space (`projects.We will`, `forces.”At the`); a full stop after a word,
 * right before a capital and a small letter, ends a sentence there too, unless the word is an abbreviation or
 * initials (`Mr.Li`, `U.S.`) or the stop is inside an address. Numbers (`5.5%`, `No.1`, `Fig.3`) never start one.
 */
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
    // Latin punctuation: a sentence ends before white space and a sentence start, before Chinese, or glued to the
    // next sentence after a word.
    const next = text[end];
    const afterSpace = /^\s+(.)/u.exec(text.slice(end, end + 4))?.[1];
    const beforeHan = next !== undefined && /\p{Script=Han}/u.test(next);
    const glued = /\p{L}/u.test(text[i - 1] ?? '') && gluedStart(text, end) && !inAddress(text, i);
    if ((afterSpace !== undefined && isSentenceStart(afterSpace)) || beforeHan || glued) {
      if (ch !== '.' || endsEnglishSentence(text, i)) push(end);
    }
    i = end - 1;
  }
  push(text.length);
  return spans;
}

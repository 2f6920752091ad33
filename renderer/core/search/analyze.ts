import type { Span } from '../corpus/types';
import { foldHan, foldWord } from './fold';
import type { CompiledGlossary } from './glossary';

/**
 * The one analyzer, shared by indexing and querying. English becomes folded, stemmed words; Chinese becomes
 * overlapping character bigrams (and single characters) of the text folded to Simplified, so any run of
 * characters can be found without word segmentation; both are tagged with glossary concepts, which is how a
 * query crosses languages.
 */

export interface WordToken {
  readonly term: string;
  readonly span: Span;
}

export interface ConceptMatch {
  readonly concept: string;
  readonly span: Span;
}

export interface Analysis {
  /** The text with Han folded to Simplified: same length, same offsets. */
  readonly folded: string;
  /** Latin-script words and numbers, in order. */
  readonly words: readonly WordToken[];
  /** Every place a glossary concept occurs. */
  readonly concepts: readonly ConceptMatch[];
}

/**
 * A word: Latin letters and digits with the marks written on them (a decomposed ā), joined by an apostrophe of any
 * kind (Tai'an, Tai’an, Taiʼan) or an invisible character a copy may carry (soft hyphen, zero-width space); digits
 * joined by a decimal point or thousands comma (5.5, 31,600), with a percent sign (10%); or initials (U.S.). A full
 * stop or comma between letters ends a word ("Jinan,Qingdao" is two).
 */
const PART = String.raw`[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}\p{M}]*`;
const JOINER = String.raw`['’‘ʼ\u00ad\u200b-\u200d\u2060]+|(?<=\p{N})[.,](?=\p{N})`;
const WORD = new RegExp(String.raw`(?:\p{Lu}\.){2,}|${PART}(?:(?:${JOINER})${PART})*(?:(?<=\p{N})[%％])?`, 'gu');
const HAN_RUN = /\p{Script=Han}+/gu;
/** Index terms for concepts start with a character no word or Han term can contain. */
export const CONCEPT_PREFIX = '§';

export function analyze(text: string, glossary: CompiledGlossary): Analysis {
  const folded = foldHan(text);
  const words: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = foldWord(m[0]);
    if (term.length > 0) words.push({ term, span: [m.index, m.index + m[0].length] });
  }
  return { folded, words, concepts: glossary.find(folded, words) };
}

/** The terms a paragraph is indexed under. */
export function indexTerms(analysis: Analysis): string[] {
  const terms = new Set<string>();
  for (const w of analysis.words) terms.add(w.term);
  for (const m of analysis.folded.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      terms.add(run[i]!);
      if (i + 1 < run.length) terms.add(run.slice(i, i + 2));
    }
  }
  for (const c of analysis.concepts) terms.add(CONCEPT_PREFIX + c.concept);
  return [...terms];
}

/**
 * The span of a phrase (folded terms) starting at word `i`, or null. Words of a phrase are next to each other:
 * only spaces or hyphens between them, so "high-end" and "high end" are the same phrase.
 */
export function phraseAt(
  folded: string,
  words: readonly WordToken[],
  i: number,
  terms: readonly string[],
): Span | null {
  if (i + terms.length > words.length) return null;
  for (let j = 0; j < terms.length; j++) {
    const w = words[i + j]!;
    if (w.term !== terms[j]) return null;
    if (j > 0 && !/^[\s\-‐–]*$/u.test(folded.slice(words[i + j - 1]!.span[1], w.span[0]))) return null;
  }
  return [words[i]!.span[0], words[i + terms.length - 1]!.span[1]];
}

/** The index terms that any text containing this Han phrase must have: its bigrams, or the character itself. */
export function hanTerms(phrase: string): string[] {
  if (phrase.length === 1) return [phrase];
  const terms: string[] = [];
  for (let i = 0; i + 1 < phrase.length; i++) terms.push(phrase.slice(i, i + 2));
  return [...new Set(terms)];
}

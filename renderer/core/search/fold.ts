import { Converter } from 'opencc-js/t2cn';
import { stemmer } from 'stemmer';

/**
 * Folding: what makes two spellings the same for search. Chinese is folded to Simplified one character at a
 * time, so a folded text has the same length as the original and every offset still points into it.
 */

const toSimplified = Converter({ from: 'tw', to: 'cn' });
const hanCache = new Map<string, string>();

/** One Han character in Simplified form (OpenCC's Taiwan→mainland tables); anything else unchanged. */
export function foldHanChar(ch: string): string {
  let folded = hanCache.get(ch);
  if (folded === undefined) {
    const converted = toSimplified(ch);
    folded = converted.length === ch.length ? converted : ch;
    hanCache.set(ch, folded);
  }
  return folded;
}

/** A whole text with every Han character folded; same length as the input. */
export function foldHan(text: string): string {
  let out = '';
  for (const ch of text) out += /\p{Script=Han}/u.test(ch) ? foldHanChar(ch) : ch;
  return out;
}

// British spellings the documents and their readers use, folded to American before stemming.
const BRITISH: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'], ['programmes', 'programs'], ['centre', 'center'], ['centres', 'centers'],
  ['labour', 'labor'], ['favour', 'favor'], ['colour', 'color'], ['honour', 'honor'], ['neighbour', 'neighbor'],
  ['neighbouring', 'neighboring'], ['behaviour', 'behavior'], ['harbour', 'harbor'], ['harbours', 'harbors'],
  ['fibre', 'fiber'], ['metre', 'meter'], ['metres', 'meters'], ['litre', 'liter'], ['catalogue', 'catalog'],
  ['defence', 'defense'], ['licence', 'license'], ['ageing', 'aging'], ['fulfil', 'fulfill'], ['enrol', 'enroll'],
  ['tonne', 'ton'], ['tonnes', 'tons'], ['grey', 'gray'], ['jewellery', 'jewelry'], ['modelling', 'modeling'],
  ['travelling', 'traveling'], ['cancelled', 'canceled'], ['counselling', 'counseling'],
]);
// Words in -ise that are not British spellings of -ize.
const ISE_WORDS = new Set([
  'rise', 'raise', 'arise', 'precise', 'concise', 'promise', 'exercise', 'enterprise', 'franchise', 'premise',
  'compromise', 'expertise', 'advise', 'otherwise', 'likewise', 'clockwise', 'wise', 'surprise', 'merchandise',
  'supervise', 'revise', 'devise', 'televise', 'comprise', 'disguise', 'despise', 'improvise', 'noise', 'poise',
  'praise', 'cruise', 'bruise', 'chaise', 'treatise', 'paradise', 'demise', 'excise', 'incise', 'practise', 'guise',
]);

function americanize(word: string): string {
  const mapped = BRITISH.get(word);
  if (mapped) return mapped;
  const ise = /^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ise && !ISE_WORDS.has(`${ise[1]}ise`) && !ISE_WORDS.has(word)) return `${ise[1]}iz${ise[2]}`;
  return word;
}

/** An English word as search sees it: lower case, no diacritics or apostrophes, American spelling, stemmed. */
export function foldWord(word: string): string {
  const plain = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
  if (/^\d/.test(plain)) return plain.replace(/,/g, '');
  return stemmer(americanize(plain));
}

import { Converter } from 'opencc-js/t2cn';
import { stem } from 'porter2';

/**
 * Folding: what makes two spellings the same for search. Chinese is folded to Simplified one character at a
 * time, so a folded text has the same length as the original and every offset still points into it.
 */

/** OpenCC's converter, built on first use: building its tables takes a while, and a worker starting up has better to do first (ask for the corpus). */
let toSimplified: ((text: string) => string) | null = null;
const hanCache = new Map<string, string>();

/** One Han character in Simplified form (OpenCC's Taiwan→mainland tables); anything else unchanged. */
export function foldHanChar(ch: string): string {
  let folded = hanCache.get(ch);
  if (folded === undefined) {
    toSimplified ??= Converter({ from: 'tw', to: 'cn' });
    const converted = toSimplified(ch);
    folded = converted.length === ch.length ? converted : ch;
    hanCache.set(ch, folded);
  }
  return folded;
}

/** A whole text with every Han character folded; same length as the input. */
export function foldHan(text: string): string {
  return text.replace(HAN_CHAR, foldHanChar);
}
const HAN_CHAR = /\p{Script=Han}/gu;

// British spellings the documents and their readers use, folded to American before stemming.
const BRITISH: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['labour', 'labor'],
  ['favour', 'favor'],
  ['colour', 'color'],
  ['honour', 'honor'],
  ['neighbour', 'neighbor'],
  ['neighbouring', 'neighboring'],
  ['behaviour', 'behavior'],
  ['harbour', 'harbor'],
  ['harbours', 'harbors'],
  ['fibre', 'fiber'],
  ['metre', 'meter'],
  ['metres', 'meters'],
  ['litre', 'liter'],
  ['catalogue', 'catalog'],
  ['defence', 'defense'],
  ['licence', 'license'],
  ['ageing', 'aging'],
  ['fulfil', 'fulfill'],
  ['enrol', 'enroll'],
  ['tonne', 'ton'],
  ['tonnes', 'tons'],
  ['grey', 'gray'],
  ['jewellery', 'jewelry'],
  ['modelling', 'modeling'],
  ['travelling', 'traveling'],
  ['cancelled', 'canceled'],
  ['counselling', 'counseling'],
  // Spellings no regular pattern covers.
  ['aluminium', 'aluminum'],
  ['sulphur', 'sulfur'],
  ['sulphate', 'sulfate'],
  ['sulphide', 'sulfide'],
  ['sulphuric', 'sulfuric'],
  ['tyre', 'tire'],
  ['tyres', 'tires'],
  ['mould', 'mold'],
  ['moulds', 'molds'],
  ['plough', 'plow'],
  ['draught', 'draft'],
  ['storey', 'story'],
  ['storeys', 'stories'],
  ['kerb', 'curb'],
  ['cheque', 'check'],
  ['aeroplane', 'airplane'],
  ['aeroplanes', 'airplanes'],
  ['manoeuvre', 'maneuver'],
  ['judgement', 'judgment'],
  ['acknowledgement', 'acknowledgment'],
  ['artefact', 'artifact'],
  ['artefacts', 'artifacts'],
  ['paediatric', 'pediatric'],
  ['orthopaedic', 'orthopedic'],
  ['encyclopaedia', 'encyclopedia'],
  ['anaesthesia', 'anesthesia'],
  ['haemoglobin', 'hemoglobin'],
  ['oestrogen', 'estrogen'],
  ['foetus', 'fetus'],
  ['offence', 'offense'],
  ['pretence', 'pretense'],
  ['practise', 'practice'],
  ['practised', 'practiced'],
  ['whilst', 'while'],
  ['amongst', 'among'],
]);
// Words in -ise that are not British spellings of -ize.
const ISE_WORDS = new Set([
  'rise',
  'raise',
  'arise',
  'precise',
  'concise',
  'promise',
  'exercise',
  'enterprise',
  'franchise',
  'premise',
  'compromise',
  'expertise',
  'advise',
  'otherwise',
  'likewise',
  'clockwise',
  'wise',
  'surprise',
  'merchandise',
  'supervise',
  'revise',
  'devise',
  'televise',
  'comprise',
  'disguise',
  'despise',
  'improvise',
  'noise',
  'poise',
  'praise',
  'cruise',
  'bruise',
  'chaise',
  'treatise',
  'paradise',
  'demise',
  'excise',
  'incise',
  'practise',
  'guise',
]);

// Words in -our, -tre/-bre and -ogue that are spelt so in American English too, or are other words once folded.
const OUR_WORDS = new Set([
  'flour',
  'scour',
  'detour',
  'contour',
  'devour',
  'amour',
  'paramour',
  'troubadour',
  'velour',
]);
const RE_WORDS = new Set(['timbre']);

/**
 * British spellings as American ones, by the regular patterns (-ise/-isation, -yse, -our, -tre/-bre, -ogue, a
 * doubled l before -ed/-ing) and a list for the rest. Indexing and queries fold alike, so a rule that over-reaches
 * only matters where it makes two real words one; the exception lists keep those apart.
 */
function americanize(word: string): string {
  const mapped = BRITISH.get(word);
  if (mapped) return mapped;
  const ise = /^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ise && !ISE_WORDS.has(`${ise[1]}ise`) && !ISE_WORDS.has(word)) return `${ise[1]}iz${ise[2]}`;
  // Not -yses: "analyses" is as often the plural of "analysis" as the British verb.
  const yse = /^(.{2,})ys(e|ed|ing)$/.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  const our = /^([a-z]{2,})our(s|ed|ing|able|ably|ite|ites|ful|fully|hood|hoods|less|er|ers|ism|ist|ists|ly|y)?$/.exec(
    word,
  );
  if (our && !OUR_WORDS.has(`${our[1]}our`)) return `${our[1]}or${our[2] ?? ''}`;
  const tre = /^([a-z]{2,}[tb])r(e|es|ed)$/.exec(word);
  if (tre && !RE_WORDS.has(`${tre[1]}re`)) return `${tre[1]}er${tre[2] === 'e' ? '' : tre[2] === 'es' ? 's' : 'ed'}`;
  const ogue = /^([a-z]{3,})ogue(s)?$/.exec(word);
  if (ogue) return `${ogue[1]}og${ogue[2] ?? ''}`;
  const ll = /^([a-z]+[aeiou][^aeiou]*?[ae])ll(ed|ing|er|ers)$/.exec(word);
  if (ll) return `${ll[1]}l${ll[2]}`;
  return word;
}

/** A word before spelling and stemming: lower case, no diacritics, apostrophes, possessive or invisible characters. */
export function plainWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060]/gu, '')
    .replace(/['’‘ʼ]s$/u, '')
    .replace(/['’‘ʼ]/gu, '');
}

/**
 * An English word as search sees it: lower case, no diacritics, apostrophes of any kind or invisible characters,
 * initials without their full stops (U.S. → us), American spelling, stemmed (Porter2: unlike the first Porter
 * stemmer it keeps news/new, use/us and general/generation apart). Numbers keep their decimal point and percent
 * sign, without thousands commas.
 */
export function foldWord(word: string): string {
  const plain = plainWord(word);
  if (/^\d/.test(plain)) return plain.replace(/,/g, '');
  if (/^(?:\p{L}\.){2,}$/u.test(plain)) return plain.replace(/\./g, '');
  const american = americanize(plain);
  // Porter2 takes the -ize family back to its root (organization → organ, modernization → modern, civilization →
  // civil): a search for one would find the other. The family keeps its own term, its inflections together.
  const ize = IZE_FAMILY.exec(american);
  if (ize) return `${ize[1]}iz`;
  return stem(american);
}

/** A word of the -ize family with at least three letters before the suffix (not size, prize, seize). */
const IZE_FAMILY = /^([a-z]{3,})iz(?:e|es|ed|ing|ation|ations|er|ers)$/;

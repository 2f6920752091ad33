import { CITIES } from './gazetteer';
import type { CleanText } from './clean-text';
import type { Span } from './types';

/**
 * The one place that knows the seed files' noise. Each rule has a name; `seeds/catalog.json`
 * says which rules each document needs, and the tests pin every rule on the noise it is for.
 */
export const CLEANING_RULES = [
  'navigation',
  'byline',
  'joined-paragraphs',
  'repeated-title',
  'city-headings',
  'pinyin',
  'short-headings',
] as const;
export type CleaningRule = (typeof CLEANING_RULES)[number];

/** `navigation`: the site's own links scraped along with the article (001: `Hotline`, `News`, `Prev:`, `Next:`). */
export function isNavigation(line: string): boolean {
  return (
    /^(hotline|news|home|print|close|share|top|back|more)$/i.test(line) ||
    /^(prev|previous|next)\s*[:：]/i.test(line) ||
    /^home\s*[>›»]/i.test(line)
  );
}

/**
 * Also `navigation`: a site's section label the page put before the article's first words (001: `Latest News: A
 * few days ago…`). Returns how many characters to delete from the start of the line (0 when there is none).
 */
export function navigationLabel(line: string): number {
  return /^(?:(?:latest|breaking|top|hot)\s+news|最新消息|最新資訊|最新资讯)\s*[:：]\s*/iu.exec(line)?.[0].length ?? 0;
}

/** `byline`: a line such as `2022-04-28 0 By` (date, comment count, "By"): metadata, not text. Returns its date. */
export function bylineDate(line: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})\s+\d+\s+By\b/.exec(line);
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${month}-${day}`;
}

/**
 * Also `byline`: a line that is nothing but a date, perhaps with a time and a "Source:" label (004:
 * `Source: 01-07-2023 10:11:00`), whose day and month order the page does not say.
 */
export function isDateLine(line: string): boolean {
  return /^(?:(?:source|来源|來源)\s*[:：]\s*)?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/iu.test(
    line,
  );
}

/**
 * Whether the first line of a page is its title. A title does not end with a full stop; a page that opens with a
 * news lead instead (003: `齊魯網·閃電新聞2月6日訊 2月6日下午，…並回答記者提問。`) has no title line.
 */
export function isTitleLine(line: string): boolean {
  return line.length <= 200 && !/[.。]$/u.test(line);
}

/** Lines longer than this whose sentences run into each other are a page's paragraphs run together. */
export const JOINED_PARAGRAPHS_MIN_LENGTH = 1000;
/** A lead sentence shorter than this is kept with what follows it (`We will promote advanced manufacturing as a whole.`). */
const LEAD_SENTENCE_MAX_LENGTH = 100;

/**
 * `joined-paragraphs`: 000's body is one line of 3,258 characters: the page lost its paragraph breaks, and where
 * one paragraph ended the next begins with no space (`…total.We will plan`). In such a long line, each place where
 * a sentence runs into the next without a space ends a paragraph; a short lead sentence stays with what follows.
 * Returns the offsets, in the line, where a new paragraph starts.
 */
export function joinedParagraphBreaks(line: string, sentences: readonly Span[]): number[] {
  if (line.length < JOINED_PARAGRAPHS_MIN_LENGTH) return [];
  const breaks: number[] = [];
  let sentencesInPiece = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    sentencesInPiece++;
    const [start, end] = sentences[i]!;
    if (sentences[i + 1]![0] !== end) continue; // white space between: the same paragraph
    if (sentencesInPiece === 1 && end - start < LEAD_SENTENCE_MAX_LENGTH) continue; // a lead: keep it with what follows
    breaks.push(end);
    sentencesInPiece = 0;
  }
  return breaks;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
/**
 * `pinyin`: the page inserted a reading after many characters: `網(wǎng)`, `會(huì)`. A parenthesis right
 * after a Han character that holds one lower-case pinyin syllable is that insertion; real parentheses,
 * such as `首臺(套)`, hold Han characters, capitals or digits and stay.
 */
export const PINYIN_INSERTION = new RegExp(
  `(?<=\\p{Script=Han})[(（](?=[a-z${TONED}]*[aeiouv${TONED}])[a-z${TONED}]{1,6}[)）]`,
  'gu',
);

export function removePinyin(text: CleanText): { text: CleanText; removed: number } {
  const removed = [...text.text.matchAll(PINYIN_INSERTION)].length;
  return { text: removed > 0 ? text.deleteMatches(PINYIN_INSERTION) : text, removed };
}

const CITY_NAMES: ReadonlyArray<readonly [name: string, id: string]> = CITIES.flatMap((city) =>
  [city.en, ...city.aliases, city.zhHans, city.zhHant].map((name) => [name, city.id] as const),
).sort((a, b) => b[0].length - a[0].length);

/**
 * `city-headings`: in 002 each city's part opens with a short line naming it, `Zibo: highlight four articles…`.
 * Returns the city's id.
 */
export function cityHeading(line: string): string | null {
  if (line.length > 200) return null;
  for (const [name, id] of CITY_NAMES) {
    if (line.startsWith(name) && /^\s*[:：]\s*\S/u.test(line.slice(name.length))) return id;
  }
  return null;
}

/**
 * The page's trailer after the last city (`Source: China Daily`, `Editor: …`, `Copyright ©…`): it ends the last
 * city's section, so that it is not taken to speak for that city.
 */
const PAGE_TRAILER =
  /^[([]?(?:source|editors?|responsible editor|edited by|translated by|来源|來源|责任编辑|責任編輯)\s*[:：]|^(?:copyright\b|©)/i;
export function isPageTrailer(line: string): boolean {
  return line.length <= 200 && PAGE_TRAILER.test(line);
}

/** `short-headings`: in 003 a short line of Chinese with no sentence punctuation, `實施產業布局調整工程`, is a heading. */
export function isShortHeading(line: string): boolean {
  return (
    line.length <= 30 &&
    /\p{Script=Han}/u.test(line) &&
    // A middle dot marks an outlet or a transliterated name (`齊魯網·閃電新聞`), not a heading.
    !/[。！？；，,;!?：:·・]/u.test(line)
  );
}

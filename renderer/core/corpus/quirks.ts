import { CITIES } from './cities';
import type { CleanText } from './clean-text';

/**
 * The one place that knows the seed files' noise. Each rule has a name; `seeds/catalog.json`
 * says which rules each document needs, and the tests pin every rule on the noise it is for.
 */
export const CLEANING_RULES = [
  'navigation',
  'byline',
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

/** `byline`: a line such as `2022-04-28 0 By` (date, comment count, "By"): metadata, not text. Returns its date. */
export function bylineDate(line: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})\s+\d+\s+By\b/.exec(line);
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${month}-${day}`;
}

/** Also `byline`: a line that is nothing but a date (004: `01-07-2023`), whose day and month order the page does not say. */
export function isDateLine(line: string): boolean {
  return /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})$/.test(line);
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

const CITY_NAMES: ReadonlyArray<readonly [name: string, id: string]> = CITIES
  .flatMap((city) => [city.en, ...city.aliases, city.zhHans, city.zhHant].map((name) => [name, city.id] as const))
  .sort((a, b) => b[0].length - a[0].length);

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
const PAGE_TRAILER = /^[([]?(?:source|editors?|responsible editor|edited by|translated by|来源|來源|责任编辑|責任編輯)\s*[:：]|^(?:copyright\b|©)/i;
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

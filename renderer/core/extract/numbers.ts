/**
 * Numbers as the documents write them: Arabic figures with separators and decimals, Chinese numerals (一千二,
 * 三千一百万, 二〇二五, 零点五), and English number words ("twenty-eight thousand"). Each parser takes the whole
 * written number and answers its value, or null when the text is not a number it can read.
 */

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** The characters a Chinese numeral is written with (both scripts). */
export const ZH_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千万萬亿億点點';

/**
 * A Chinese numeral: 十 10, 十二 12, 一百零五 105, 一千二 1200 (a last digit after a unit counts in the unit below),
 * 三千一百万 31000000, 两万 20000, 一点五 1.5; a run of digits (二〇二五) reads digit by digit as 2025. Null for
 * anything else.
 */
export function chineseNumeral(text: string): number | null {
  if (!new RegExp(`^[${ZH_NUMERAL_CHARS}]+$`).test(text)) return null;
  const point = text.search(/[点點]/);
  if (point !== -1) {
    const whole = point === 0 ? null : chineseNumeral(text.slice(0, point));
    const fraction = [...text.slice(point + 1)].map((ch) => ZH_DIGITS[ch]);
    if (whole === null || fraction.length === 0 || fraction.some((d) => d === undefined)) return null;
    return Number(`${whole}.${fraction.join('')}`);
  }
  // Digits only, more than one: read them as written (二〇二五 is 2025, 一二 is 12).
  if (text.length > 1 && [...text].every((ch) => ch in ZH_DIGITS))
    return Number([...text].map((ch) => ZH_DIGITS[ch]).join(''));
  // Amounts already scaled by 亿, by 万 since the last 亿, and the section (below 万) being read.
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let lastBig = 0;
  let zero = false;
  for (const ch of text) {
    if (ch in ZH_DIGITS) {
      if (digit !== null) return null; // 五五 inside a numeral with units: not a number
      digit = ZH_DIGITS[ch]!;
      if (digit === 0) {
        zero = true;
        digit = null;
      }
      continue;
    }
    if (ch in ZH_UNITS) {
      const unit = ZH_UNITS[ch]!;
      if (lastUnit !== 0 && unit >= lastUnit) return null;
      section += (digit ?? 1) * unit;
      lastUnit = unit;
      lastBig = 0;
    } else if (ZH_BIG[ch] === 1e4) {
      const here = section + (digit ?? 0);
      if (here === 0 && wan === 0 && yi === 0) return null;
      wan += here === 0 ? 1 : here;
      section = 0;
      lastUnit = 0;
      lastBig = 1e4;
    } else {
      yi = (yi + wan * 1e4 + section + (digit ?? 0)) * 1e8;
      if (yi === 0) return null;
      wan = 0;
      section = 0;
      lastUnit = 0;
      lastBig = 1e8;
    }
    digit = null;
    zero = false;
  }
  // 一千二, 一万五: the last digit, straight after a unit with no 零 between, counts in the unit below it.
  const below = lastBig !== 0 ? lastBig / 10 : lastUnit >= 100 ? lastUnit / 10 : 1;
  const last = digit === null ? 0 : zero ? digit : digit * below;
  return yi + wan * 1e4 + section + last;
}

/** "31,600" → 31600, "5.5" → 5.5, "1，200" (a full-width comma) → 1200. */
export function arabic(text: string): number {
  return Number(text.replace(/[,，]/g, ''));
}

const EN_ONES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The words an English number is written with, for finding one in a sentence. */
export const EN_NUMBER_WORD = `(?:${[...Object.keys(EN_ONES), ...Object.keys(EN_TENS), 'hundred', ...Object.keys(EN_SCALES)].join('|')})`;

/**
 * An English number in words, or words and figures: "three", "twenty-eight thousand", "one hundred and five",
 * "1.1 million", "31 million 100 thousand" (31,100,000). Null for anything else.
 */
export function englishNumber(text: string): number | null {
  const words = text
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let group: number | null = null;
  let lastScale = Number.POSITIVE_INFINITY;
  for (const w of words) {
    if (/^\d+(?:[.,]\d+)*$/.test(w)) {
      if (group !== null) return null;
      group = arabic(w);
    } else if (w in EN_ONES) {
      if (group !== null && group % 10 !== 0) return null;
      if (group !== null && group % 100 !== 0 && EN_ONES[w]! >= 10) return null;
      group = (group ?? 0) + EN_ONES[w]!;
    } else if (w in EN_TENS) {
      if (group !== null && group % 100 !== 0) return null;
      group = (group ?? 0) + EN_TENS[w]!;
    } else if (w === 'hundred') {
      group = (group ?? 1) * 100;
    } else if (w in EN_SCALES) {
      const scale = EN_SCALES[w]!;
      if (scale >= lastScale) return null;
      total += (group ?? 1) * scale;
      group = null;
      lastScale = scale;
    } else return null;
  }
  return Number((total + (group ?? 0)).toPrecision(12));
}

/** A small count as the documents write it: "three", "3", 三, 两: for "the past three years", 三年内. */
export function smallCount(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw) || null;
  return englishNumber(raw) ?? chineseNumeral(raw);
}

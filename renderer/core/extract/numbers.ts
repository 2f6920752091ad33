/** Chinese numerals as counts: 十 10, 十二 12, 两 2, 六 6, 一百 100, 三千 3000, 两万 20000. Null for anything else. */
export function chineseNumeral(text: string): number | null {
  const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  const BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
  if (!/^[零〇一二两兩三四五六七八九十百千万萬亿億]+$/.test(text)) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    } else if (ch in BIG) {
      total += (section + (digit ?? 0)) * BIG[ch]!;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** "31,600" → 31600, "5.5" → 5.5. */
export function arabic(text: string): number {
  return Number(text.replace(/,/g, ''));
}

import { describe, expect, it } from 'vitest';
import { QUALIFIER_WORDS } from '../../core/extract/targets';
import { formatValue, horizonYear } from './targetDisplay';

describe('formatValue', () => {
  it('says large numbers in words, with the qualifier where each language puts it', () => {
    expect(formatValue({ value: 1e11, unit: 'yuan', qualifier: 'over' }, 'en')).toBe('over 100 billion yuan');
    expect(formatValue({ value: 1e11, unit: 'yuan', qualifier: null }, 'zh')).toBe('1000亿元');
    expect(formatValue({ value: 5.5, unit: '%', qualifier: 'more than' }, 'en')).toBe('more than 5.5%');
    expect(formatValue({ value: 10, unit: '%', qualifier: '左右' }, 'zh')).toBe('10%左右');
    expect(formatValue({ value: 1.1e6, unit: 'people', qualifier: null }, 'zh')).toBe('110万人');
    expect(formatValue({ value: 31600, unit: 'enterprises', qualifier: null }, 'en')).toBe('31,600 enterprises');
    // Every measure the extractor reads is said in Chinese too.
    expect(formatValue({ value: 6.5e6, unit: 'cubic meters', qualifier: null }, 'zh')).toBe('650万立方米');
    expect(formatValue({ value: 2000, unit: 'hectares', qualifier: null }, 'zh')).toBe('2,000公顷');
    expect(formatValue({ value: 2, unit: 'hours', qualifier: null }, 'zh')).toBe('2小时');
  });
  it('says the qualifier in the interface language, whichever language the document used', () => {
    expect(formatValue({ value: 5.5, unit: '%', qualifier: 'more than' }, 'zh')).toBe('超过5.5%');
    expect(formatValue({ value: 50, unit: 'platforms', qualifier: 'about' }, 'zh')).toBe('50个平台左右');
    expect(formatValue({ value: 10, unit: '%', qualifier: '左右' }, 'en')).toBe('about 10%');
    expect(formatValue({ value: 1e11, unit: 'yuan', qualifier: '超過' }, 'en')).toBe('more than 100 billion yuan');
    expect(formatValue({ value: 3, unit: '%', qualifier: '以內' }, 'zh')).toBe('3%以内');
    expect(formatValue({ value: 1e10, unit: 'US dollars', qualifier: 'more than' }, 'zh')).toBe('超过100亿美元');
    // Every qualifier the extractor keeps has its words in both languages.
    for (const word of [...QUALIFIER_WORDS.en, ...QUALIFIER_WORDS.zhAfter, ...QUALIFIER_WORDS.zhBefore]) {
      for (const language of ['en', 'zh'] as const) {
        const shown = formatValue({ value: 7, unit: '%', qualifier: word }, language);
        expect(shown, `${word} in ${language}`).toMatch(
          language === 'en' ? /^[a-z ]+ 7%$/ : /^[\u4e00-\u9fff]*7%[\u4e00-\u9fff]*$/,
        );
      }
    }
    // A qualifier the table does not know is shown as the document has it, never dropped.
    expect(formatValue({ value: 3, unit: '%', qualifier: 'well over' }, 'en')).toBe('well over 3%');
  });
  it('shows a dash for a commitment that is dated but not quantified', () => {
    expect(formatValue({ value: null, unit: null, qualifier: null }, 'en')).toBe('—');
    expect(formatValue({ value: null, unit: null, qualifier: null }, 'zh')).toBe('—');
  });
  it('reads the last year of a horizon', () => {
    expect(horizonYear('2021-2025')).toBe(2025);
    expect(horizonYear('2027')).toBe(2027);
    expect(horizonYear(null)).toBeNull();
  });
});

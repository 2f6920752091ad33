import { describe, expect, it } from 'vitest';
import { formatValue, horizonYear } from './format';

describe('formatValue', () => {
  it('says large numbers in words, with the qualifier where each language puts it', () => {
    expect(formatValue({ value: 1e11, unit: 'yuan', qualifier: 'over' }, 'en')).toBe('over 100 billion yuan');
    expect(formatValue({ value: 1e11, unit: 'yuan', qualifier: null }, 'zh')).toBe('1000亿元');
    expect(formatValue({ value: 5.5, unit: '%', qualifier: 'more than' }, 'en')).toBe('more than 5.5%');
    expect(formatValue({ value: 10, unit: '%', qualifier: '左右' }, 'zh')).toBe('10%左右');
    expect(formatValue({ value: 1.1e6, unit: 'people', qualifier: null }, 'zh')).toBe('110万人');
    expect(formatValue({ value: 31600, unit: 'enterprises', qualifier: null }, 'en')).toBe('31,600 enterprises');
  });
  it('reads the last year of a horizon', () => {
    expect(horizonYear('2021-2025')).toBe(2025);
    expect(horizonYear('2027')).toBe(2027);
    expect(horizonYear(null)).toBeNull();
  });
});

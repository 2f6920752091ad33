import { describe, expect, it } from 'vitest';
import { CleanText } from './clean-text';
import { bylineDate, cityHeading, isNavigation, isShortHeading, removePinyin } from './quirks';

const clean = (s: string): string => removePinyin(CleanText.slice(s, 0, s.length)).text.text;

describe('navigation (001)', () => {
  it.each(['Hotline', 'News', 'Prev: Shandong opens its ports', 'Next：Weihai', 'Home > News'])('drops %j', (line) => {
    expect(isNavigation(line)).toBe(true);
  });
  it.each(['News of the plan spread quickly.', 'Next, the province will build 10 clusters.'])('keeps %j', (line) => {
    expect(isNavigation(line)).toBe(false);
  });
});

describe('byline (000)', () => {
  it('reads the date from "2022-04-28 0 By"', () => {
    expect(bylineDate('2022-04-28 0 By')).toBe('2022-04-28');
    expect(bylineDate('2022-04-28 12 By Zhang San')).toBe('2022-04-28');
  });
  it('does not take a sentence that starts with a date for a byline', () => {
    expect(bylineDate('2022-04-28 was the day the report was published.')).toBeNull();
  });
});

describe('pinyin insertions (003)', () => {
  it('removes a reading after a character', () => {
    expect(clean('網(wǎng)絡(luò)')).toBe('網絡');
    expect(clean('會(huì)議')).toBe('會議');
    expect(clean('齊魯網(wǎng)·閃電新聞')).toBe('齊魯網·閃電新聞');
  });
  it('removes readings in full-width parentheses and with the neutral tone', () => {
    expect(clean('我們（men）的')).toBe('我們的');
  });
  it('counts what it removed', () => {
    const s = '網(wǎng)絡(luò)會(huì)';
    expect(removePinyin(CleanText.slice(s, 0, s.length)).removed).toBe(3);
  });
  it.each(['首臺(套)', '公私合作(PPP)模式', '第五代移動通信(5G)', '(a)款', 'Jinan (jinan)'])('keeps the real parentheses in %j', (s) => {
    expect(clean(s)).toBe(s);
  });
});

describe('city headings (002)', () => {
  it('recognises a city section heading in any spelling', () => {
    expect(cityHeading('Zibo: highlight four articles')).toBe('zibo');
    expect(cityHeading("Ji'nan: striving for the transformation")).toBe('jinan');
    expect(cityHeading("Tai'an: build a strong city")).toBe('taian');
    expect(cityHeading('Taian: build a strong city')).toBe('taian');
    expect(cityHeading('濰坊：打造')).toBe('weifang');
  });
  it('does not take a sentence that names a city for a heading', () => {
    expect(cityHeading('Zibo is an old industrial city.')).toBeNull();
    expect(cityHeading('Jiningxyz: no such city')).toBeNull();
    expect(cityHeading(`Zibo: ${'x'.repeat(300)}`)).toBeNull();
  });
});

describe('short headings (003)', () => {
  it('takes a short line of Chinese without sentence punctuation for a heading', () => {
    expect(isShortHeading('實施產業布局調整工程')).toBe(true);
  });
  it('keeps sentences and speaker labels as paragraphs', () => {
    expect(isShortHeading('記者從發改委獲悉。')).toBe(false);
    expect(isShortHeading('主持人：')).toBe(false);
    expect(isShortHeading('齊魯網·閃電新聞')).toBe(false);
    expect(isShortHeading('Shandong')).toBe(false);
    expect(isShortHeading('山東'.repeat(20))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { arabic, chineseNumeral, englishNumber, smallCount } from './numbers';

describe('chineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['三十', 30],
    ['一百零五', 105],
    ['一千零二', 1002],
    ['两百五', 250],
    ['一千二', 1200],
    ['一千二百', 1200],
    ['一万五', 15000],
    ['两万', 20000],
    ['兩萬', 20000],
    ['五十万', 500000],
    ['三千一百万', 31_000_000],
    ['一亿五千万', 150_000_000],
    ['一万亿', 1e12],
    ['二〇二五', 2025],
    ['一二', 12],
    ['零点五', 0.5],
    ['一點五', 1.5],
  ])('reads %s as %d', (text, value) => expect(chineseNumeral(text)).toBe(value));

  it.each(['', '一批', '万', '亿', '五五十', '十百', 'abc', '点五'])('reads %j as no number', (text) =>
    expect(chineseNumeral(text)).toBeNull(),
  );
});

describe('englishNumber', () => {
  it.each([
    ['three', 3],
    ['Ten', 10],
    ['twenty-eight thousand', 28_000],
    ['one hundred and five', 105],
    ['1.1 million', 1_100_000],
    ['31 million 100 thousand', 31_100_000],
    ['thirty-one million one hundred thousand', 31_100_000],
    ['8.3 trillion', 8.3e12],
    ['1,200', 1200],
  ])('reads %j as %d', (text, value) => expect(englishNumber(text)).toBe(value));

  it.each(['', 'a batch', 'several', 'thousand million', 'five three', 'twenty thirty'])(
    'reads %j as no number',
    (text) => expect(englishNumber(text)).toBeNull(),
  );
});

describe('arabic and smallCount', () => {
  it('drops separators, ASCII and full-width', () => {
    expect(arabic('31,600')).toBe(31600);
    expect(arabic('1，200')).toBe(1200);
    expect(arabic('5.5')).toBe(5.5);
  });
  it('reads a small count in any of the three ways', () => {
    expect([
      smallCount('3'),
      smallCount('three'),
      smallCount('三'),
      smallCount('两'),
      smallCount('0'),
      smallCount('few'),
    ]).toEqual([3, 3, 3, 2, null, null]);
  });
});

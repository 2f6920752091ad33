import { describe, expect, it } from 'vitest';
import { CleanText } from './clean-text';
import { splitSentences } from './sentences';
import {
  bylineDate,
  cityHeading,
  isDateLine,
  isNavigation,
  isShortHeading,
  isTitleLine,
  joinedParagraphBreaks,
  navigationLabel,
  removePinyin,
} from './quirks';

const clean = (s: string): string => removePinyin(CleanText.slice(s, 0, s.length)).text.text;

describe('navigation (001)', () => {
  it.each(['Hotline', 'News', 'Prev: Shandong opens its ports', 'Next：Weihai', 'Home > News'])('drops %j', (line) => {
    expect(isNavigation(line)).toBe(true);
  });
  it.each(['News of the plan spread quickly.', 'Next, the province will build 10 clusters.'])('keeps %j', (line) => {
    expect(isNavigation(line)).toBe(false);
  });
});

describe('navigation labels (001)', () => {
  it('finds the section label a page put before the first words', () => {
    expect(navigationLabel('Latest News: A few days ago, the State Council issued')).toBe('Latest News: '.length);
    expect(navigationLabel('Breaking news：Shandong')).toBe('Breaking news：'.length);
    expect(navigationLabel('最新消息：山東')).toBe(5);
  });
  it('leaves text that only mentions news', () => {
    expect(navigationLabel('The latest news from Jinan: more jobs')).toBe(0);
    expect(navigationLabel('News: of the plan')).toBe(0);
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

describe('date lines (004)', () => {
  it.each(['01-07-2023', 'Source: 01-07-2023 10:11:00', 'source：2023-01-07 10:11', '來源：2021-02-06'])(
    'drops %j',
    (line) => {
      expect(isDateLine(line)).toBe(true);
    },
  );
  it.each(['Source: Xinhua', 'Source: 01-07-2023 10:11:00 Shandong', '01-07-2023 was a Saturday.'])(
    'keeps %j',
    (line) => {
      expect(isDateLine(line)).toBe(false);
    },
  );
});

describe('titles', () => {
  it('takes a first line without a final full stop for the title', () => {
    expect(isTitleLine('Perfect Industrial System')).toBe(true);
    expect(isTitleLine('【Focus】Shandong mayor of 17 cities talk about kinetic energy conversion!')).toBe(true);
    expect(isTitleLine('山東省“十四五”規劃新聞發布會')).toBe(true);
  });
  it('does not take a news lead that opens the page for a title (003)', () => {
    expect(
      isTitleLine(
        '齊魯網·閃電新聞2月6日訊 2月6日下午,省十三屆人大五次會議舉行第二場新聞發布會,解讀山東“十四五”規劃綱要并回答記者提問。',
      ),
    ).toBe(false);
    expect(isTitleLine('JINAN, Feb. 6 (Xinhua) -- The province held a press conference.')).toBe(false);
    expect(isTitleLine('A'.repeat(201))).toBe(false);
  });
});

describe('joined paragraphs (000)', () => {
  const pieces = (line: string): string[] => {
    const breaks = joinedParagraphBreaks(line, splitSentences(line));
    return [0, ...breaks].map((at, i) => line.slice(at, breaks[i] ?? line.length));
  };
  const long = (s: string): string => s.replace(/PADDING/g, 'and more words to read '.repeat(30).trim());

  it('starts a paragraph where a long line runs one sentence into the next with no space', () => {
    const line = long('First paragraph, PADDING.Second paragraph here. It goes on PADDING.Third paragraph PADDING.');
    expect(pieces(line).map((p) => p.slice(0, 16))).toEqual([
      'First paragraph,',
      'Second paragraph',
      'Third paragraph ',
    ]);
  });
  it('keeps a short lead sentence with what follows it', () => {
    const line = long(
      'Opening PADDING.We will promote manufacturing as a whole.We will strengthen 7 clusters PADDING.',
    );
    expect(pieces(line).map((p) => p.slice(0, 24))).toEqual(['Opening and more words t', 'We will promote manufact']);
  });
  it('leaves an ordinary line, and a long line whose sentences are spaced, whole', () => {
    expect(joinedParagraphBreaks('One.Two is here.', splitSentences('One.Two is here.'))).toEqual([]);
    const spaced = long('One PADDING. Two PADDING. Three PADDING.');
    expect(joinedParagraphBreaks(spaced, splitSentences(spaced))).toEqual([]);
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
  it.each(['首臺(套)', '公私合作(PPP)模式', '第五代移動通信(5G)', '(a)款', 'Jinan (jinan)'])(
    'keeps the real parentheses in %j',
    (s) => {
      expect(clean(s)).toBe(s);
    },
  );
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

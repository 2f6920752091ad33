import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from './catalog';
import { testEntry } from './testEntry';
import { toSourceSpan } from './clean-text';
import { ingestDocument } from './ingest';
import type { PolicyDocument } from './types';

const entry = (over: Partial<CatalogEntry>): CatalogEntry => testEntry({ id: 'doc', ...over });
const texts = (doc: PolicyDocument): string[] => doc.paragraphs.map((p) => p.text);

describe('ingestDocument', () => {
  it('000: takes the date from the byline, drops the byline, and splits the long body into sentences', () => {
    const file =
      'Shandong work report\n2022-04-28 0 By\nGDP will grow by more than 5.5%. Mr. Li said jobs come first. Grain output stays above 50 million tons.\n';
    const doc = ingestDocument(entry({ cleaning: ['byline'] }), '000_x.txt', file);
    expect(doc.date).toEqual({
      value: '2022-04-28',
      evidence: { en: "The page's byline gives the date (2022-04-28).", zh: '网页署名行给出的日期（2022-04-28）。' },
    });
    expect(texts(doc)).toEqual([
      'Shandong work report',
      'GDP will grow by more than 5.5%. Mr. Li said jobs come first. Grain output stays above 50 million tons.',
    ]);
    expect(doc.paragraphs[0]!.kind).toBe('heading');
    expect(doc.paragraphs[1]!.sentences.map(([s, e]) => doc.paragraphs[1]!.text.slice(s, e))).toEqual([
      'GDP will grow by more than 5.5%.',
      'Mr. Li said jobs come first.',
      'Grain output stays above 50 million tons.',
    ]);
    expect(doc.dropped).toEqual([{ source: [21, 36], rule: 'byline' }]);
  });

  it('000: a long line of paragraphs run together becomes paragraphs again, each mapped to the source', () => {
    const body = `The report opened ${'with many words '.repeat(40)}today.We will do more.We will build ${'ever more things '.repeat(20)}soon.The targets are these.`;
    const file = `Title\n2022-04-28 0 By\n${body}\n`;
    const doc = ingestDocument(entry({ cleaning: ['byline', 'joined-paragraphs'] }), '000_x.txt', file);
    expect(texts(doc).map((t) => t.slice(0, 20))).toEqual([
      'Title',
      'The report opened wi',
      'We will do more.We w',
      'The targets are thes',
    ]);
    expect(texts(doc).slice(1).join('')).toBe(body);
    for (const p of doc.paragraphs) expect(file.slice(...p.source)).toBe(p.text);
    expect(doc.paragraphs[2]!.sentences.map(([s, e]) => doc.paragraphs[2]!.text.slice(s, e).slice(0, 16))).toEqual([
      'We will do more.',
      'We will build ev',
    ]);
    // Without the rule, the line stays one paragraph.
    expect(ingestDocument(entry({ cleaning: ['byline'] }), '000_x.txt', file).paragraphs).toHaveLength(2);
  });

  it('000: a date the catalog states wins over the byline', () => {
    const doc = ingestDocument(
      entry({ cleaning: ['byline'], date: { value: '2022-04-28', evidence: { en: 'catalog', zh: '目录' } } }),
      '000_x.txt',
      'T\n2022-04-29 0 By\nBody.',
    );
    expect(doc.date.evidence.en).toBe('catalog');
  });

  it('001: drops the site navigation, and the section label before the first words', () => {
    const file =
      'Opinions\nHotline\nNews\nLatest News: By 2027, the share will rise to about 20%.\nPrev: Other story\nNext: Another story';
    const doc = ingestDocument(entry({ cleaning: ['navigation'] }), '001_x.txt', file);
    expect(texts(doc)).toEqual(['Opinions', 'By 2027, the share will rise to about 20%.']);
    expect(doc.removals).toEqual({ navigation: 5 });
    expect(file.slice(...doc.paragraphs[1]!.source)).toBe('By 2027, the share will rise to about 20%.');
  });

  it('002: keeps the title once, makes city lines headings, and puts the paragraphs under them in that city', () => {
    const t = 'Mayors of 17 cities talk';
    const file = `${t}\n${t}\n${t}\nIntro paragraph.\nZibo: highlight four articles\nWe will build new materials.\nLaiwu: steel\nCut low-end output.`;
    const doc = ingestDocument(entry({ cleaning: ['repeated-title', 'city-headings'] }), '002_x.txt', file);
    expect(texts(doc)).toEqual([
      t,
      'Intro paragraph.',
      'Zibo: highlight four articles',
      'We will build new materials.',
      'Laiwu: steel',
      'Cut low-end output.',
    ]);
    expect(doc.paragraphs.map((p) => [p.kind, p.section ?? null])).toEqual([
      ['heading', null],
      ['paragraph', null],
      ['heading', 'zibo'],
      ['paragraph', 'zibo'],
      ['heading', 'laiwu'],
      ['paragraph', 'laiwu'],
    ]);
    expect(doc.removals).toEqual({ 'repeated-title': 2 });
  });

  it("002: the page's trailer after the last city ends that city's section", () => {
    const file =
      'Mayors\nZibo: highlight four articles\nWe will build new materials.\nSource: China Daily\nEditor: Li Ming';
    const doc = ingestDocument(entry({ cleaning: ['city-headings'] }), '002_x.txt', file);
    expect(doc.paragraphs.map((p) => p.section ?? null)).toEqual([null, 'zibo', 'zibo', null, null]);
  });

  it('003: removes pinyin, keeps real parentheses, finds headings, and maps every character back to the source', () => {
    const file =
      '新聞發布會\n齊魯網(wǎng)·閃電新聞\n　　記(jì)者從(cóng)會(huì)上獲悉，推動網(wǎng)絡(luò)強省建設。\n實施產業布局調整工程\n培育首臺(套)技術裝備超過100項。\n';
    const doc = ingestDocument(
      entry({ language: 'zh', script: 'Hant', cleaning: ['pinyin', 'short-headings'] }),
      '003_x.txt',
      file,
    );
    expect(texts(doc)).toEqual([
      '新聞發布會',
      '齊魯網·閃電新聞',
      '記者從會上獲悉，推動網絡強省建設。',
      '實施產業布局調整工程',
      '培育首臺(套)技術裝備超過100項。',
    ]);
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(doc.removals).toEqual({ pinyin: 6 });
    const p = doc.paragraphs[2]!;
    for (let i = 0; i < p.text.length; i++) {
      const [s, e] = toSourceSpan(p, [i, i + 1]);
      expect(file.slice(s, e)).toBe(p.text[i]);
    }
    expect(file.slice(...toSourceSpan(p, [10, 12]))).toBe('網(wǎng)絡');
  });

  it('004: drops a line that is only a date, with or without a source label and a time', () => {
    for (const line of ['01-07-2023', 'Source: 01-07-2023 10:11:00']) {
      const doc = ingestDocument(
        entry({ cleaning: ['byline'] }),
        '004_x.txt',
        `Perfect Industrial System\n\n${line}\n\nThere were 31,600 enterprises.`,
      );
      expect(texts(doc)).toEqual(['Perfect Industrial System', 'There were 31,600 enterprises.']);
      expect(doc.dropped).toEqual([{ source: [27, 27 + line.length], rule: 'byline' }]);
    }
  });

  it('003: a page that opens with its news lead has no title line', () => {
    const file = '齊魯網·閃電新聞2月6日訊 2月6日下午,省政府舉行新聞發布會。\n山東是工業大省。\n實施產業布局調整工程';
    const doc = ingestDocument(
      entry({ language: 'zh', script: 'Hant', cleaning: ['short-headings'] }),
      '003_x.txt',
      file,
    );
    expect(doc.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'paragraph', 'heading']);
  });

  it('gives paragraphs ids that depend on their text, not their position', () => {
    const a = ingestDocument(entry({}), 'a.txt', 'T\nFirst.\nSecond.');
    const b = ingestDocument(entry({}), 'a.txt', 'T\nInserted.\nFirst.\nSecond.');
    expect(b.paragraphs.find((p) => p.text === 'First.')!.id).toBe(a.paragraphs[1]!.id);
    const dup = ingestDocument(entry({}), 'a.txt', 'T\nSame.\nSame.');
    expect(new Set(dup.paragraphs.map((p) => p.id)).size).toBe(3);
  });

  it('keeps the original text exactly, BOM and CRLF included, and survives hostile input', () => {
    const file = '\ufeffTitle\r\n\r\nBody <script>alert(1)</script>\r\n\u0000\u202e odd';
    const doc = ingestDocument(entry({}), 'a.txt', file);
    expect(doc.original).toBe(file);
    expect(texts(doc)).toEqual(['Title', 'Body <script>alert(1)</script>', '\u0000\u202e odd']);
    expect(file.slice(...doc.paragraphs[1]!.source)).toBe('Body <script>alert(1)</script>');
    expect(ingestDocument(entry({}), 'empty.txt', '').paragraphs).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toSourceSpan } from '../renderer/core/corpus/clean-text';
import { PINYIN_INSERTION } from '../renderer/core/corpus/quirks';
import { extractTargets } from '../renderer/core/extract/targets';
import { analyze } from '../renderer/core/search/analyze';
import { loadGlossary } from '../renderer/core/search/glossary';
import { SearchEngine } from '../renderer/core/search/search';
import { loadCorpus } from '../renderer/core/node/seeds';

// The main test of the corpus: the five real documents, with full records (a paragraph's exact text, a sentence's
// span, a search's hits) read off the files by hand. Each seed's quirks are in seeds/README.md and seeds/catalog.json.

const corpus = loadCorpus('seeds');
const doc = (seed: string) => corpus.documents.find((d) => d.file.startsWith(seed))!;
const texts = (seed: string) => doc(seed).paragraphs.map((p) => p.text);
const sentences = (seed: string, n: number) => {
  const p = doc(seed).paragraphs[n]!;
  return p.sentences.map(([s, e]) => p.text.slice(s, e));
};

describe('the five seed files', () => {
  it('are the originals, byte for byte', () => {
    const sums = Object.fromEntries(
      corpus.documents.map((d) => [
        d.file,
        createHash('sha256')
          .update(readFileSync(`seeds/${d.file}`))
          .digest('hex'),
      ]),
    );
    expect(sums).toEqual({
      '000_9aae8902d38589ae.txt': '4cf07a17c3ae7506bfbd62d0ac786c37109ad97c6db08c6b7d1d9de64c20b0d8',
      '001_872bf59350cbe752.txt': '7d98e9bd7f2a804d632fb3f0d11eb28006d175caf361b2d2d65c3e68d7425112',
      '002_f4559a69988ef0f7.txt': 'c78ff3adbe76daad51193f4ee308cf68ff2b429693c8daf2fe3448eea36ec547',
      '003_bd0d2fcd7fc77519.txt': 'f2fe66124a589f60dec26dd27f52f1dc3ba7379c77f6490e70d812cebb9aae9e',
      '004_b9bed5a65019c043.txt': 'a8b43df5d26472adc73ce619403a1f8201768a21aa2c87bc9d4534edc1103428',
    });
    expect(corpus.missing).toEqual([]);
  });

  it('are each dated, with the evidence in plain words', () => {
    expect(corpus.documents.map((d) => d.date.value)).toEqual([
      '2022-04-28',
      '2022-09',
      '2018-03',
      '2021-02-06',
      '2023',
    ]);
    for (const d of corpus.documents) {
      for (const evidence of [d.date.evidence.en, d.date.evidence.zh]) {
        expect(evidence, d.id).not.toMatch(/`|to be established|not known|seed file|待定|不详/i);
        expect(evidence.length, d.id).toBeGreaterThan(40);
      }
    }
    expect(doc('003_').date.evidence.en).toContain("fifth session of the 13th Shandong Provincial People's Congress");
    expect(doc('003_').date.evidence.zh).toContain('省十三届人大五次会议');
    expect(doc('001_').date.evidence.en).toContain('State Council document No. 18 of 2022');
  });

  it('map every character of the cleaned text back to the same character of the file', () => {
    for (const d of corpus.documents) {
      for (const p of d.paragraphs) {
        for (let i = 0; i < p.text.length; i++)
          expect(d.original.slice(...toSourceSpan(p, [i, i + 1]))).toBe(p.text[i]);
      }
    }
  });
});

describe('000: the work report, its body run together on one line', () => {
  it('takes the date from the byline and does not show it', () => {
    expect(doc('000_').dropped).toEqual([{ source: [98, 113], rule: 'byline' }]);
    expect(doc('000_').original.slice(98, 113)).toBe('2022-04-28 0 By');
  });

  it('shows the body as the paragraphs it was, each mapped back to the line', () => {
    const body = doc('000_').original.split('\n')[4]!;
    expect(body).toHaveLength(3258);
    expect(texts('000_').slice(1).join('')).toBe(body);
    expect(
      texts('000_')
        .slice(1)
        .map((t) => t.slice(0, 40)),
    ).toEqual([
      'Our reporter Yin Mingbo reported that “w',
      'At the 7th session of the 13th Shandong ',
      'We will take precise measures to control',
      'We will promote advanced manufacturing a',
      'We will consolidate the new advantages o',
      'We will plan to promote future industrie',
      'The “one chain, one policy” policy was a',
      'We will speed up the building of leading',
      'We will strengthen and expand the indust',
      'Promote chain main enterprises to build ',
      'We will deepen the campaign to ensure sm',
      'The main targets for shandong’s economic',
    ]);
    expect(doc('000_').removals).toEqual({ byline: 1, 'joined-paragraphs': 11 });
    for (const p of doc('000_').paragraphs) expect(doc('000_').original.slice(...p.source)).toBe(p.text);
  });

  it('splits sentences run together with no space, and keeps figures whole', () => {
    expect(sentences('000_', 1)).toEqual([
      'Our reporter Yin Mingbo reported that “we will unswervingly speed up the transformation of old and new driving forces.”',
    ]);
    expect(sentences('000_', 3)[0]).toBe('We will take precise measures to control high-polluting industries.');
    expect(sentences('000_', 3)[1]).toMatch(/^Implement the requirements of the “four distinctions”.* projects\.$/);
    expect(sentences('000_', 4)).toEqual([
      'We will promote advanced manufacturing as a whole.',
      'We will strengthen 7 national strategic emerging industry clusters, cultivate 3 to 4 national advanced manufacturing clusters, and create national high-quality manufacturing demonstration zones.',
    ]);
    expect(texts('000_')[12]).toBe(
      'The main targets for shandong’s economic and social development in 2022 are as follows: increase GDP by more than 5.5%, increase general public budget revenue by around 5%, and create more than 1.1 million urban jobs.',
    );
    expect(sentences('000_', 12)).toHaveLength(1);
  });
});

describe('001: the State Council Opinions, with site navigation', () => {
  it('drops the navigation lines and the "Latest News:" label', () => {
    expect(doc('001_').dropped.map((d) => doc('001_').original.slice(...d.source))).toEqual([
      'Hotline',
      'News',
      'Prev:',
      'Next:',
    ]);
    expect(doc('001_').removals).toEqual({ navigation: 5 });
    expect(texts('001_')).toHaveLength(8);
    expect(sentences('001_', 1)[0]).toBe(
      'A few days ago, the State Council issued the “Opinions on Supporting Shandong in Deepening the Conversion of New and Old Growth Drivers to Promote Green, Low-Carbon and High-Quality Development” (hereinafter referred to as the “Opinions”), supporting Shandong in deepening the conversion of new and old kinetic energy.',
    );
    const p1 = doc('001_').paragraphs[1]!;
    expect(doc('001_').original.slice(p1.source[0] - 'Latest News: '.length, p1.source[0])).toBe('Latest News: ');
  });
});

describe('002: the mayors of the 17 cities', () => {
  it('keeps the title once and drops its repeats, also the one after the last city', () => {
    expect(texts('002_').filter((t) => t.startsWith('【Focus】'))).toEqual([
      '【Focus】Shandong mayor of 17 cities talk about kinetic energy conversion!',
    ]);
    expect(doc('002_').removals).toEqual({ 'repeated-title': 3 });
  });

  it('heads a section for each city, and the paragraphs under it speak for it', () => {
    const heads = doc('002_')
      .paragraphs.filter((p) => p.kind === 'heading' && p.section)
      .map((p) => [p.index, p.section]);
    expect(heads).toEqual([
      [2, 'jinan'],
      [9, 'qingdao'],
      [12, 'yantai'],
      [17, 'zibo'],
      [22, 'zaozhuang'],
      [24, 'dongying'],
      [27, 'weifang'],
      [29, 'jining'],
      [32, 'taian'],
      [36, 'weihai'],
      [39, 'rizhao'],
      [43, 'laiwu'],
      [49, 'linyi'],
      [51, 'dezhou'],
      [53, 'liaocheng'],
      [56, 'binzhou'],
      [60, 'heze'],
    ]);
    // Zibo's section: its heading and the three paragraphs under it, which do not all name Zibo.
    const zibo = doc('002_').paragraphs.filter((p) => p.section === 'zibo');
    expect(zibo.map((p) => p.index)).toEqual([17, 18, 19, 20, 21]);
    expect(zibo[2]!.text).toMatch(
      /^First, speed up the upgrading of traditional industries\. In three years, more than 100 billion yuan/,
    );
    expect(zibo[2]!.text).not.toContain('Zibo');
    expect(doc('002_').paragraphs[1]!.section).toBeUndefined();
  });
});

describe('003: the press conference, in Traditional characters with pinyin inserted', () => {
  it('removes all 316 pinyin insertions and keeps real parentheses', () => {
    expect(doc('003_').removals).toEqual({ pinyin: 316 });
    const all = texts('003_').join('\n');
    expect(all).not.toMatch(PINYIN_INSERTION);
    expect(sentences('003_', 7)[2]).toBe(
      '深入實施首臺(套)技術裝備、首批次新材料、首版次軟件等領域的保險補償機制,形成應用與創新相互促進的良性格局。',
    );
    // In the file, that parenthesis follows an inserted reading: 首臺(tái)(套).
    const p7 = doc('003_').paragraphs[7]!;
    const at = p7.text.indexOf('首臺(套)');
    expect(doc('003_').original.slice(...toSourceSpan(p7, [at, at + 5]))).toBe('首臺(tái)(套)');
  });

  it('opens with its news lead as a paragraph, and takes the short lines for headings', () => {
    expect(texts('003_')[0]).toBe(
      '齊魯網·閃電新聞2月6日訊 2月6日下午,省十三屆人大五次會議舉行第二場新聞發布會,介紹省十三屆人大五次會議總體情況,解讀山東“十四五”規劃綱要并回答記者提問。',
    );
    expect(
      doc('003_')
        .paragraphs.map((p) => p.kind[0])
        .join(''),
    ).toBe('pphphphphphphp');
    expect(
      doc('003_')
        .paragraphs.filter((p) => p.kind === 'heading')
        .map((p) => p.text),
    ).toEqual([
      '實施產業布局調整工程',
      '實施產業鏈優化提升工程',
      '實施企業技術進步工程',
      '實施數字產業發展工程',
      '實施產品供給結構優化工程',
      '實施精準服務企業工程',
    ]);
  });
});

describe('004: the industrial system overview', () => {
  it('drops the "Source:" date line and keeps the text', () => {
    expect(doc('004_').dropped.map((d) => [d.rule, doc('004_').original.slice(...d.source)])).toEqual([
      ['byline', 'Source: 01-07-2023 10:11:00'],
    ]);
    expect(texts('004_')).toHaveLength(15);
    expect(texts('004_')[0]).toBe('Perfect Industrial System');
    expect(texts('004_')[2]).toBe(
      'A further boost on the replacement of old growth drivers among the new ones. To enhance the “Top 10 Industries”, it is necessary to build Shandong into a province with a powerful and advanced manufacturing industry and achieve new advantages in high-quality development.',
    );
  });
});

describe('search on the real text', () => {
  const glossary = loadGlossary();
  const engine = SearchEngine.build(corpus, glossary);
  /** Each hit as "document#paragraph" with the text of its marks. */
  const hits = (query: string) =>
    engine.search(query, { limit: 500 }).hits.map((h) => {
      const text = corpus.documents.find((d) => d.id === h.docId)!.paragraphs[h.paragraph]!.text;
      return `${h.docId}#${h.paragraph} ${h.matches.map((m) => text.slice(...m)).join('|')}`;
    });
  const where = (query: string) =>
    new Set(engine.search(query, { limit: 500 }).hits.map((h) => `${h.docId}#${h.paragraph}`));

  it('finds Traditional text by Simplified queries, with the marks on the text as written', () => {
    expect(hits('网络')).toEqual(['press-conference-14th-fyp#9 網絡', 'press-conference-14th-fyp#11 網絡']);
    expect(hits('hydrogen')).toEqual(['industrial-system-2023#7 hydrogen energy', 'press-conference-14th-fyp#3 氫能']);
    expect(hits('山东').slice(0, 2)).toEqual([
      'press-conference-14th-fyp#1 山東|山東',
      'press-conference-14th-fyp#13 山東省',
    ]);
  });

  it("finds a city by every name: Ji'nan, Jinan, 济南 and 濟南 are one place", () => {
    const jinan = where('Jinan');
    expect([...jinan].sort()).toEqual([
      'mayors-17-cities#2',
      'mayors-17-cities#3',
      'mayors-17-cities#6',
      'press-conference-14th-fyp#9',
      'work-report-2022#11',
    ]);
    for (const q of ["Ji'nan", 'Ji’nan', '济南', '濟南']) expect(where(q), q).toEqual(jinan);
  });

  it('finds every translation of 新旧动能转换 from each other, in both directions and both scripts', () => {
    const translations = [
      'replacement of old drivers of growth with new ones', // 000
      'transformation of old and new driving forces', // 000
      'Conversion of New and Old Growth Drivers', // 001
      'conversion of old and new kinetic energy', // 001
      'transformation of new and old kinetic energy', // 001, 002
      'kinetic energy conversion', // 002
      'new and old energy conversion', // 002
      'transformation of the old and new kinetic energy', // 002
      'replacement of old growth drivers among the new ones', // 004
    ];
    const all = where('新旧动能转换');
    expect(where('新舊動能轉換')).toEqual(all);
    // Each translation finds all the others first; below them come paragraphs that only have its words apart.
    for (const q of translations) expect(new Set([...where(q)].slice(0, all.size)), q).toEqual(all);
    const docs = new Set([...all].map((id) => id.split('#')[0]));
    expect(docs).toEqual(
      new Set(['work-report-2022', 'state-council-opinions', 'mayors-17-cities', 'industrial-system-2023']),
    );
    expect(all).toEqual(expect.objectContaining({ size: 28 }));
    for (const id of [
      'work-report-2022#0',
      'work-report-2022#1',
      'industrial-system-2023#2',
      'state-council-opinions#1',
    ])
      expect(all.has(id), id).toBe(true);
  });

  it('finds every concept the documents name in the other language too (the labelled list in renderer/core/search/eval)', () => {
    const named = JSON.parse(readFileSync('renderer/core/search/eval/named-concepts.json', 'utf8')) as {
      documents: Record<string, Array<{ text: string; concept: string }>>;
    };
    const missing: string[] = [];
    for (const [docId, entries] of Object.entries(named.documents)) {
      const d = corpus.documents.find((x) => x.id === docId)!;
      for (const { text, concept } of entries) {
        // Some occurrence of the wording is found as the concept (another may sit inside a phrase meant otherwise).
        const occurrences = d.paragraphs.flatMap((p) =>
          [...p.text.matchAll(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
            p,
            at: m.index,
          })),
        );
        if (occurrences.length === 0) {
          missing.push(`${docId}: "${text}" is not in the text`);
          continue;
        }
        const found = occurrences.some(({ p, at }) =>
          analyze(p.text, glossary).concepts.some(
            (c) => c.concept === concept && c.span[0] < at + text.length && at < c.span[1],
          ),
        );
        const c = glossary.byId.get(concept);
        const otherLanguage = d.language === 'en' ? c?.zhHans.length : c?.en.length;
        if (!found || !otherLanguage)
          missing.push(`${docId}: "${text}" is not found as ${concept}${c ? '' : ' (no such concept)'}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no glossary concept the documents do not name', () => {
    const found = new Set(
      corpus.documents.flatMap((d) =>
        d.paragraphs.flatMap((p) => analyze(p.text, glossary).concepts.map((c) => c.concept)),
      ),
    );
    expect(glossary.concepts.map((c) => c.id).filter((id) => !found.has(id))).toEqual([]);
  });
});

describe('targets on the real text', () => {
  const targets = extractTargets(corpus, loadGlossary());
  const of = (seed: string) => targets.filter((t) => t.docId === doc(seed).id);

  it("gives 000 the province's 2022 targets, each quoting its own clause", () => {
    const listed = of('000_')
      .filter((t) => t.paragraph === 12)
      .map((t) => [t.metric, t.value, t.unit, t.qualifier, t.horizon, t.scope, t.quote]);
    expect(listed).toEqual([
      [
        'GDP',
        5.5,
        '%',
        'more than',
        '2022',
        'shandong',
        'The main targets for shandong’s economic and social development in 2022 are as follows: increase GDP by more than 5.5%, increase general public budget revenue by around 5%',
      ],
      [
        'general public budget revenue',
        5,
        '%',
        'around',
        '2022',
        'shandong',
        'The main targets for shandong’s economic and social development in 2022 are as follows: increase GDP by more than 5.5%, increase general public budget revenue by around 5%',
      ],
      ['urban jobs', 1_100_000, 'people', 'more than', '2022', 'shandong', 'create more than 1.1 million urban jobs.'],
    ]);
    // Nothing in 000 is scoped to Jinan: the sentence that names it no longer runs into the province's targets.
    expect(of('000_').every((t) => t.scope === 'shandong')).toBe(true);
  });
  it('dates targets in 001 to 2027 and 2035', () => {
    const horizons = new Set(of('001_').map((t) => t.horizon));
    expect(horizons.has('2027') && horizons.has('2035')).toBe(true);
  });
  it('gives 002 targets to their cities', () => {
    expect(
      of('002_')
        .filter((t) => t.paragraph >= 18 && t.paragraph <= 21)
        .every((t) => t.scope === 'zibo'),
    ).toBe(true);
    expect(of('002_').some((t) => t.scope === 'zibo')).toBe(true);
  });
  it("keeps 004 statistics apart from its goals (doubling the core digital economy's added value is a target)", () => {
    expect(new Set(of('004_').map((t) => t.kind))).toEqual(new Set(['target', 'statistic']));
    expect(of('004_').find((t) => t.unit === 'times')).toMatchObject({ kind: 'target', value: 2 });
  });
  it('quotes every record exactly', () => {
    for (const t of targets)
      expect(corpus.documents.find((d) => d.id === t.docId)!.paragraphs[t.paragraph]!.text.slice(t.start, t.end)).toBe(
        t.quote,
      );
  });
});

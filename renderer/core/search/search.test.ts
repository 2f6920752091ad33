import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../corpus/ingest';
import { testEntry } from '../corpus/testEntry';
import { loadCorpus } from '../node/seeds';
import { loadGlossary } from './glossary';
import { MAX_QUERY_LENGTH, parseQuery } from './query';
import { analyze } from './analyze';
import { inOrder, matchTexts, SearchEngine, smallestWindow, snippet, TextMatcher, verifyAnalysis } from './search';

// The five real documents; the queries come from every document, in both directions.
const corpus = loadCorpus('seeds');
const glossary = loadGlossary();
const engine = SearchEngine.build(corpus, glossary);

function hits(query: string, options = {}) {
  return engine.search(query, { limit: 100, ...options }).hits.map((h) => {
    const doc = corpus.documents.find((d) => d.id === h.docId)!;
    const text = doc.paragraphs[h.paragraph]!.text;
    return { at: `${h.docId}#${h.paragraph}`, marked: h.matches.map((m) => text.slice(...m)) };
  });
}
const where = (query: string) => hits(query).map((h) => h.at);

describe('search across scripts and languages', () => {
  it('treats Traditional and Simplified as one (山東 = 山东, 網絡 found by 网络)', () => {
    expect(where('山東')).toEqual(where('山东'));
    expect(hits('网络')).toEqual([
      { at: 'press-conference-14th-fyp#9', marked: ['網絡'] },
      { at: 'press-conference-14th-fyp#11', marked: ['網絡'] },
    ]);
    expect(hits('齐鲁网')).toEqual([{ at: 'press-conference-14th-fyp#0', marked: ['齊魯網'] }]);
  });

  it('finds a concept in both languages: new materials, 一带一路, artificial intelligence', () => {
    const materials = hits('new materials');
    expect(materials).toContainEqual({ at: 'press-conference-14th-fyp#3', marked: ['新材料'] });
    expect(materials).toContainEqual({ at: 'mayors-17-cities#20', marked: ['new materials'] });
    expect(where('新材料')).toEqual(
      expect.arrayContaining([
        'press-conference-14th-fyp#3',
        'press-conference-14th-fyp#7',
        'mayors-17-cities#20',
        'mayors-17-cities#52',
      ]),
    );
    expect(hits('一带一路')).toEqual([
      { at: 'press-conference-14th-fyp#11', marked: ['一帶一路'] },
      { at: 'mayors-17-cities#7', marked: ['one belt and one road'] },
      { at: 'mayors-17-cities#50', marked: ['one belt and one road'] },
    ]);
    expect(hits('artificial intelligence')).toEqual([
      { at: 'work-report-2022#6', marked: ['artificial intelligence'] },
      { at: 'industrial-system-2023#12', marked: ['artificial intelligence'] },
      { at: 'press-conference-14th-fyp#9', marked: ['人工智能', '人工智能'] },
    ]);
    expect(hits('hydrogen').map((h) => h.marked[0])).toEqual(['hydrogen energy', '氫能']);
  });

  it('matches place names in any form', () => {
    expect(where('Yantai')).toEqual(['mayors-17-cities#13', 'mayors-17-cities#12']);
    expect(where('烟台').sort()).toEqual(where('Yantai').sort());
    expect(where('煙台').sort()).toEqual(where('Yantai').sort());
    expect(hits("Tai'an")).toEqual(hits('Taian'));
    expect(hits('Tai’an').flatMap((h) => h.marked)).toEqual(["Tai'an", "Tai'an", "Tai'an", "Tai'an"]);
    expect(where("Ji'nan")).toEqual(
      expect.arrayContaining([
        'mayors-17-cities#2',
        'mayors-17-cities#3',
        'press-conference-14th-fyp#9',
        'work-report-2022#11',
      ]),
    );
  });

  it('is forgiving about plurals, case and hyphens', () => {
    expect(hits('cluster').find((h) => h.at === 'mayors-17-cities#46')!.marked).toEqual(['clusters', 'cluster']);
    expect(where('CLUSTERS')).toEqual(where('cluster'));
    expect(where('high end').sort()).toEqual(where('high-end').sort());
  });
});

describe('phrases, several words, and ranking', () => {
  it('matches a quoted phrase only as a phrase', () => {
    expect(where('"high-end aluminum"')).toEqual([
      'mayors-17-cities#57',
      'mayors-17-cities#58',
      'industrial-system-2023#5',
    ]);
    expect(where('"aluminum high-end"')).toEqual([]);
    expect(where('"網絡營銷"')).toEqual(['press-conference-14th-fyp#11']);
  });

  it('needs every word, and ranks them close together first', () => {
    expect(where('steel tourism')).toEqual([]);
    const [first, ...rest] = engine.search('new energy equipment', { limit: 10 }).hits;
    // Jining's "new energy materials, energy conservation … high-end equipment, new energy": the words closest together.
    expect(`${first!.docId}#${first!.paragraph}`).toBe('mayors-17-cities#31');
    expect(rest.every((h) => h.score <= first!.score)).toBe(true);
  });

  it('ranks the words as typed, side by side, above the same words scattered however often they recur', () => {
    const parsed = parseQuery('port city', glossary);
    const score = (text: string) => verifyAnalysis(analyze(text, glossary), parsed.clauses)!.score;
    const together = score('Rizhao will become a modern port city with a green economy.');
    const scattered = score('The port grows. The city, the city and the city plan more, and every city gains.');
    const reversed = score('The city port will be rebuilt.');
    expect(together).toBeGreaterThan(scattered);
    expect(together).toBeGreaterThan(reversed);
    // And in Chinese: 新材料产业 as typed beats 材料 … 新 … 产业 apart.
    const han = parseQuery('新材料 产业', glossary);
    const hanScore = (text: string) => verifyAnalysis(analyze(text, glossary), han.clauses)!.score;
    expect(hanScore('做大新材料產業。')).toBeGreaterThan(
      hanScore('新材料很重要，產業要升級，產業要轉型，產業要發展。'),
    );
  });

  it('measures closeness as the shortest stretch holding every word (checked against trying every choice)', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const perClause = Array.from({ length: 1 + random(3) }, () =>
        Array.from({ length: 1 + random(5) }, (): [number, number] => {
          const start = random(300);
          return [start, start + 1 + random(12)];
        }),
      );
      let brute = Number.POSITIVE_INFINITY;
      const pick = (i: number, lo: number, hi: number): void => {
        if (i === perClause.length) brute = Math.min(brute, hi - lo);
        else for (const [s, e] of perClause[i]!) pick(i + 1, Math.min(lo, s), Math.max(hi, e));
      };
      pick(0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
      expect(smallestWindow(perClause), JSON.stringify(perClause)).toBe(brute);
    }
  });

  it('puts the query language first among equally good matches, then the other language', () => {
    expect(where('数字经济')[0]).toBe('press-conference-14th-fyp#9');
    const en = where('digital economy');
    expect(en.indexOf('press-conference-14th-fyp#9')).toBeGreaterThan(en.indexOf('work-report-2022#5'));
  });

  it('filters by language and by document, and counts hits per document', () => {
    expect(engine.search('hydrogen', { language: 'zh' }).hits.map((h) => `${h.docId}#${h.paragraph}`)).toEqual([
      'press-conference-14th-fyp#3',
    ]);
    expect(
      engine
        .search('new materials', { docIds: ['mayors-17-cities'] })
        .hits.every((h) => h.docId === 'mayors-17-cities'),
    ).toBe(true);
    expect(engine.search('一带一路').perDocument).toEqual({ 'press-conference-14th-fyp': 1, 'mayors-17-cities': 2 });
  });
});

describe('what an adversarial reading of about 300 queries found', () => {
  it('does not let the order of words decide whether a glossary term in the query is found', () => {
    // 001: "carbon emissions will be stable and moderate after peaking".
    expect(where('peak carbon emissions')).toEqual(['state-council-opinions#2']);
    expect(where('carbon emissions peak')).toEqual(where('peak carbon emissions'));
    // The term found whole is marked, and ranks above its words scattered.
    expect(hits('new materials').find((h) => h.at === 'mayors-17-cities#20')!.marked).toEqual(['new materials']);
  });
  it('keeps a hyphenated word together, and stop words together', () => {
    expect(hits('high-end').every((h) => h.marked.every((m) => /^high[- ]end/i.test(m)))).toBe(true);
    expect(where('the of and')).toEqual([]);
  });
  it('lets stop words around a glossary term stand apart', () => {
    expect(where('the new materials of')).toEqual(where('new materials'));
    expect(where('the 網絡 of')).toEqual(where('網絡'));
  });
  it('reads a percentage as one word', () => {
    expect(hits('5.5%')).toEqual([{ at: 'work-report-2022#12', marked: ['5.5%'] }]);
    expect(where('news')).toEqual([]);
  });
  it("keeps a quoted phrase to its words or a translation of the whole, never the concept's broader forms (issue 13)", () => {
    // The five documents say "green" often and "green development" never: the quoted phrase finds nothing.
    expect(where('green').length).toBeGreaterThan(5);
    expect(where('"green development"')).toEqual([]);
    // On text that has both: the phrase and its translation, not bare 绿色 nor bare "green".
    const entry = (id: string, language: 'en' | 'zh') =>
      testEntry({ id, titles: { en: id, zh: id }, language, script: language === 'en' ? 'Latn' : 'Hant' });
    const small = {
      documents: [
        ingestDocument(entry('en', 'en'), 'en.txt', 'T\nWe promote green development.\nA green belt around the city.'),
        ingestDocument(entry('zh', 'zh'), 'zh.txt', 'T\n推動綠色發展。\n城市綠色空間。'),
      ],
      missing: [],
    };
    const engine = SearchEngine.build(small, glossary);
    const found = (q: string) =>
      engine
        .search(q, { limit: 10 })
        .hits.map((h) => `${h.docId}#${h.paragraph}`)
        .sort();
    expect(found('"green development"')).toEqual(['en#1', 'zh#1']);
    expect(found('「綠色發展」')).toEqual(['en#1', 'zh#1']);
    // Unquoted, the concept still reaches its broader forms.
    expect(found('green development')).toEqual(expect.arrayContaining(['en#1', 'zh#1']));
  });

  it('finds a quoted glossary term in the other language too', () => {
    expect(where('"new materials"')).toEqual(
      expect.arrayContaining(['press-conference-14th-fyp#3', 'press-conference-14th-fyp#7']),
    );
    expect(where('「新材料」')).toEqual(expect.arrayContaining(['mayors-17-cities#20']));
    expect(where('"materials new"')).toEqual([]);
  });
  it('ranks a fuller match above a heading, and gives a mixed-script query no language of its own', () => {
    // 002's title names the conversion once; 001's paragraph 2 names it four times.
    expect(where('新旧动能转换').indexOf('mayors-17-cities#0')).toBeGreaterThan(
      where('新旧动能转换').indexOf('state-council-opinions#2'),
    );
    expect(parseQuery('Qingdao Jinan 青岛', glossary).language).toBeNull();
    expect(parseQuery('青岛', glossary).language).toBe('zh');
  });
  it('cuts a long query before a number it would split', () => {
    const cut = parseQuery(`${'x '.repeat(96)}ab 31,600 more`, glossary); // the 200th character is inside 31,600
    expect(cut.truncated).toBe(true);
    expect(cut.clauses.map((c) => c.text)).not.toContain('31,60');
    expect(cut.text.endsWith('ab')).toBe(true);
  });
  it('keeps a whole word when the cut falls on the comma after it', () => {
    const text = `${'x'.repeat(194)} Jinan, Qingdao`; // the first character past the limit is the comma
    const cut = parseQuery(text, glossary);
    expect(cut.text.endsWith('Jinan')).toBe(true);
  });
});

describe('bad queries', () => {
  it.each(['', '   ', '\t\n', '((( [*`', '!!!…。，', '🙂🙂', '\u0000\u202e'])(
    'gives an empty result for %j, never an error',
    (q) => {
      expect(engine.search(q)).toMatchObject({ total: 0, hits: [], suggestion: null });
    },
  );

  it('cuts a very long query, says so, and still answers', () => {
    const long = `hydrogen ${'x'.repeat(5000)}`;
    const result = engine.search(long);
    expect(result.truncated).toBe(true);
    expect([...result.query].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parseQuery('hydrogen', glossary).truncated).toBe(false);
    // The cut never leaves half a word to search for.
    const split = parseQuery(`hydrogen ${'energy '.repeat(27)}materials`, glossary);
    expect(split.truncated).toBe(true);
    expect(split.text.endsWith('energy')).toBe(true);
    expect(split.clauses.map((c) => c.text)).not.toContain('ma');
  });

  it('treats markup and regex characters as text', () => {
    expect(engine.search('<script>alert(1)</script> .* \\d+ $(rm)').total).toBe(0);
  });
});

describe('snippets and the shipped index', () => {
  it('never cuts a snippet inside a character made of two UTF-16 units', () => {
    // The context either side is 70 units; the wide characters sit around that distance from the match.
    for (let pad = 60; pad < 80; pad++) {
      const text = `${'x'.repeat(20)}😀${'y'.repeat(pad)}hydrogen${'z'.repeat(pad)}𠀀${'w'.repeat(20)}`;
      const at = text.indexOf('hydrogen');
      const cut = snippet(text, [[at, at + 8]], [at, at + 8]).text;
      expect(cut, `pad ${pad}`).not.toMatch(/^…?[\udc00-\udfff]|[\ud800-\udbff]…?$/);
    }
  });

  it('cuts a snippet around the match with the matches in snippet offsets', () => {
    // 001's paragraph 2 is 2,119 characters long; "carbon emissions" is deep inside it.
    const hit = engine
      .search('carbon emissions')
      .hits.find((h) => h.docId === 'state-council-opinions' && h.paragraph === 2)!;
    expect(hit.snippet.text.startsWith('…')).toBe(true);
    expect(hit.snippet.text.endsWith('…')).toBe(true);
    const [s, e] = hit.snippet.matches[0]!;
    expect(hit.snippet.text.slice(s, e)).toBe('carbon emissions');
    expect(hit.snippet.text.length).toBeLessThan(200);
  });

  it('answers the same after export and import, spelling correction included', async () => {
    const loaded = SearchEngine.load(corpus, glossary, await engine.export());
    for (const q of ['new materials', '山東', "Tai'an", '"high-end aluminum"', 'hydorgen']) {
      expect(loaded.search(q)).toEqual(engine.search(q));
    }
  });
});

describe('matching short texts of their own (notes), across languages', () => {
  const texts = [
    { id: 'haier-hant', text: '海爾集團是青島的企業。' },
    { id: 'haier-en', text: 'Haier, based in Qingdao, will expand.' },
    { id: 'belt-en', text: 'Shandong joins the construction of one belt and one road.' },
    { id: 'belt-hant', text: '深度融入「一帶一路」建設。' },
    { id: 'modern', text: 'the modernization of the industrial system' },
    { id: 'other', text: 'Steel output will fall.' },
  ];
  it('海尔 finds 海爾 and Haier; Haier finds 海爾', () => {
    expect(matchTexts('海尔', texts, glossary)).toEqual(['haier-hant', 'haier-en']);
    expect(matchTexts('Haier', texts, glossary)).toEqual(['haier-hant', 'haier-en']);
  });
  it('一带一路 finds "one belt and one road" and 一帶一路; and the other way round', () => {
    expect(matchTexts('一带一路', texts, glossary)).toEqual(['belt-en', 'belt-hant']);
    expect(matchTexts('belt and road', texts, glossary)).toEqual(['belt-en', 'belt-hant']);
  });
  it('a British spelling finds the American one', () => {
    expect(matchTexts('modernisation', texts, glossary)).toEqual(['modern']);
    expect(matchTexts('modernisation steel', texts, glossary)).toEqual([]); // every word must match
  });
});

describe('matchTexts (searching notes)', () => {
  it('matches short texts with the same analyzer: scripts, languages, stems', () => {
    const texts = [
      { id: 'a', text: '网络强省：注意繁简。' },
      { id: 'b', text: 'Clusters of new materials firms' },
      { id: 'c', text: 'Nothing relevant' },
    ];
    expect(matchTexts('網絡', texts, glossary)).toEqual(['a']);
    expect(matchTexts('新材料', texts, glossary)).toEqual(['b']);
    expect(matchTexts('cluster', texts, glossary)).toEqual(['b']);
    expect(matchTexts('((( ', texts, glossary)).toEqual([]);
  });
});

describe('spelling and ranking (issue 9)', () => {
  const real = corpus;
  const reader = engine;
  const at = (result: ReturnType<SearchEngine['search']>) => result.hits.map((h) => `${h.docId}#${h.paragraph}`);

  it('finds aluminium and aluminum alike: 002 writes one, 004 the other', () => {
    expect(at(reader.search('aluminium'))).toEqual(at(reader.search('aluminum')));
    expect(at(reader.search('aluminium'))).toEqual(
      expect.arrayContaining(['mayors-17-cities#57', 'industrial-system-2023#5']),
    );
  });

  it('corrects a misspelled word, lists what it meant after anything found as typed, and offers the correction', () => {
    const result = reader.search('hydorgen');
    expect(result.suggestion).toBe('hydrogen');
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.approximate)).toBe(true);
    expect(at(result)).toEqual(at(reader.search('hydrogen')));
    expect(reader.search('Qingdoa').suggestion).toBe('Qingdao');
    // Nothing to correct: no suggestion, and no hit is approximate.
    expect(reader.search('hydrogen')).toMatchObject({ suggestion: null });
    expect(reader.search('hydrogen').hits.some((h) => h.approximate)).toBe(false);
    // Without correction (the evaluation's alternative), the misspelling finds nothing.
    expect(SearchEngine.build(real, glossary, { spelling: false }).search('hydorgen')).toMatchObject({
      total: 0,
      suggestion: null,
    });
  });

  it('ranks an exact match of the concept, in either language, above a weaker relative of it', () => {
    // 003's 數字經濟 is the digital economy itself; 001's "digitalization … economy" only has the words apart.
    const ranked = at(reader.search('digital economy'));
    expect(ranked.indexOf('press-conference-14th-fyp#9')).toBeGreaterThan(-1);
    expect(ranked.indexOf('press-conference-14th-fyp#9')).toBeLessThan(ranked.indexOf('state-council-opinions#2'));
    // Ranked by language first, as before, the weaker English hit came first.
    const byLanguage = at(SearchEngine.build(real, glossary, { rank: 'language' }).search('digital economy'));
    expect(byLanguage.indexOf('state-council-opinions#2')).toBeLessThan(
      byLanguage.indexOf('press-conference-14th-fyp#9'),
    );
  });
});

describe('search stays linear on repetitive text (issue 12)', () => {
  const glossary = loadGlossary();
  const timed = <T>(run: () => T): { value: T; ms: number } => {
    const start = performance.now();
    const value = run();
    return { value, ms: performance.now() - start };
  };

  it('answers a note of one word repeated, searched for that word once more, at once', () => {
    const note = 'Jinan '.repeat(26);
    const { value, ms } = timed(() => matchTexts('Jinan '.repeat(27), [{ id: 'n', text: note }], glossary));
    // The query is cut to its first words and each is in the note: it matches; before, this never answered.
    expect(value).toEqual(['n']);
    expect(ms).toBeLessThan(500);
    expect(
      timed(() => matchTexts('新材料'.repeat(24), [{ id: 'n', text: '新材料'.repeat(23) }], glossary)).ms,
    ).toBeLessThan(500);
  });

  it('chains spans in order in one pass, with duplicates, and fails fast when no chain exists', () => {
    const spans = (...at: number[]) => at.flatMap((s) => [[s, s + 5] as const, [s, s + 5] as const]);
    expect(inOrder([spans(0), spans(6), spans(12)])).toBe(true);
    expect(inOrder([spans(0), spans(20), spans(12)])).toBe(false);
    const many = Array.from({ length: 60 }, (_, clause) =>
      spans(...Array.from({ length: 60 }, (_, i) => i * 6 + (clause === 59 ? 1000 : 0))),
    );
    expect(timed(() => inOrder(many)).ms).toBeLessThan(100);
    expect(inOrder(many)).toBe(false);
  });

  it('chains a clause after the one before with at most two characters between, with few spans or many (property, fixed seed)', () => {
    // The definition, spelled out: some span of each clause starts at most two characters after one of the last.
    const reference = (perClause: Array<Array<[number, number]>>): boolean => {
      let ends = perClause[0]!.map(([, e]) => e);
      for (const spans of perClause.slice(1))
        ends = spans.filter(([s]) => ends.some((e) => s - e >= 0 && s - e <= 2)).map(([, e]) => e);
      return ends.length > 0;
    };
    const span = fc.tuple(fc.nat(80), fc.integer({ min: 1, max: 6 })).map(([s, n]): [number, number] => [s, s + n]);
    // Up to 40 spans a clause: both the scanned (16 or fewer) and the looked-up (more) paths.
    const clauses = fc.array(fc.array(span, { maxLength: 40 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(clauses, (perClause) => {
        expect(inOrder(perClause)).toBe(reference(perClause));
      }),
      { seed: 20261124, numRuns: 400 },
    );
    // Exactly two characters between, and three, with few spans and with many.
    const apart = (count: number, gap: number) => [
      Array.from({ length: count }, (_, i): [number, number] => [i * 20, i * 20 + 4]),
      Array.from({ length: count }, (_, i): [number, number] => [i * 20 + 4 + gap, i * 20 + 9 + gap]),
    ];
    for (const count of [1, 30]) {
      expect(inOrder(apart(count, 2))).toBe(true);
      expect(inOrder(apart(count, 3))).toBe(false);
    }
  });

  it('keeps every search of repetitive generated text under a bound (property, fixed seed)', () => {
    const word = fc.constantFrom('Jinan', 'new', 'materials', '新材料', '济南', 'green', '绿色');
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (w, inNote, inQuery) => {
        const sep = /\p{Script=Han}/u.test(w) ? '' : ' ';
        const { ms } = timed(() =>
          matchTexts(Array(inQuery).fill(w).join(sep), [{ id: 'n', text: Array(inNote).fill(w).join(sep) }], glossary),
        );
        expect(ms).toBeLessThan(250);
      }),
      { seed: 20261123, numRuns: 60 },
    );
  });
});

describe('TextMatcher: the notes search, indexed (issue 12)', () => {
  const glossary = loadGlossary();
  const word = fc.constantFrom(
    'energy',
    'green',
    'development',
    'new',
    'materials',
    '新材料',
    '绿色',
    '綠色發展',
    'Jinan',
    '济南',
    'the',
    'of',
    'ports',
    '5%',
    'GDP',
    // One and two characters (answered from the index alone), and pairs that only meet across words.
    '能',
    '源',
    '能源',
    '源能',
    '新能源',
    '新能',
    'high-end',
    'high end',
    'energy-saving',
  );
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', '', '，')), { maxLength: 8 })
    .map((ws) => ws.map(([w, gap]) => w + gap).join(''));

  it('answers exactly as matching every text would, in the texts’ order (property, fixed seed)', () => {
    // Queries: anything the words make, and glossary terms whose quoted form excepts broader ones ("green").
    const queries = fc.oneof(text, fc.constantFrom('green development', '綠色發展', 'new materials', '新材料'));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), queries, fc.boolean(), (bodies, query, quoted) => {
        const texts = bodies.map((t, i) => ({ id: `n${i}`, text: t }));
        const q = quoted ? `"${query}"` : query;
        expect(new TextMatcher(glossary).update(texts).match(q)).toEqual(matchTexts(q, texts, glossary));
      }),
      { seed: 20261123, numRuns: 150 },
    );
  });

  it('kept up to date through edits, additions and deletions, answers as a matcher built afresh (property, fixed seed)', () => {
    // Versions of the notes: each keeps, edits, drops or adds texts by id; the same matcher follows them all. Some
    // updates are left part-way (the worker starts a newer one before an older one ends), and answer nothing.
    const version = fc.record({
      texts: fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), text), { maxLength: 12 }),
      abandonAfter: fc.option(fc.nat(6)),
    });
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 6 }), text, (versions, query) => {
        const matcher = new TextMatcher(glossary);
        for (const v of versions) {
          const texts = [...new Map(v.texts.map(([id, t]) => [`n${id}`, t]))].map(([id, t]) => ({ id, text: t }));
          if (v.abandonAfter !== null) {
            const steps = matcher.updating(texts);
            for (let i = 0; i < v.abandonAfter; i++) steps.next();
            continue;
          }
          expect(matcher.update(texts).match(query)).toEqual(matchTexts(query, texts, glossary));
        }
        const last = versions.at(-1)!;
        if (last.abandonAfter !== null) {
          const texts = [...new Map(last.texts.map(([id, t]) => [`n${id}`, t]))].map(([id, t]) => ({ id, text: t }));
          expect(matcher.update(texts).match(query)).toEqual(matchTexts(query, texts, glossary));
        }
      }),
      { seed: 20261123, numRuns: 150 },
    );
  });
});

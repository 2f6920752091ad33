import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from './corpus/catalog';
import { testEntry } from './corpus/testEntry';
import { toSourceSpan } from './corpus/clean-text';
import { ingestDocument } from './corpus/ingest';
import { extractTargets } from './extract/targets';
import { anchorAnnotation, describeQuote } from './notes/anchor';
import { ImportError, parseImport, exportWebAnnotations } from './notes/formats';
import { formatAppLink, formatRoute, parseAppLink, parseRoute } from './route/route';
import { analyze } from './search/analyze';
import { loadGlossary } from './search/glossary';
import { SearchEngine } from './search/search';

// Every function that takes outside text, on generated text (issue 12): nothing throws but what says why, nothing
// loses its place, nothing takes unbounded time. Fixed seed, bounded runs, so a failure reproduces.
const RUNS = { seed: 20261123, numRuns: 80 } as const;
const glossary = loadGlossary();

/** Text as people paste it: both languages, both scripts, digits, punctuation, white space, controls, emoji. */
const pasted = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '新旧动能转换',
        '濟南',
        'Jinan',
        'GDP',
        '5.5%',
        '1,100',
        '一千二',
        '。',
        '，',
        '.',
        ' ',
        '\n',
        '\t',
        '\u0000',
        '\u202e',
        '😀',
        '(pinyin)',
        '到2025年',
        'will',
        'grew',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const entry = (language: 'en' | 'zh'): CatalogEntry =>
  testEntry({
    date: { value: '2024-01-01', evidence: { en: 't', zh: 't' } },
    language,
    script: language === 'en' ? 'Latn' : 'Hant',
    cleaning: ['pinyin', 'navigation', 'byline', 'repeated-title', 'joined-paragraphs', 'short-headings'],
  });

describe('properties of the core on generated text', () => {
  it('ingests any text: every paragraph and sentence maps back to the same characters of the source', () => {
    fc.assert(
      fc.property(pasted, fc.constantFrom<'en' | 'zh'>('en', 'zh'), (text, language) => {
        const source = `Title\n${text}`;
        const doc = ingestDocument(entry(language), 'x.txt', source);
        for (const p of doc.paragraphs) {
          for (const [s, e] of p.sentences) expect(0 <= s && s <= e && e <= p.text.length).toBe(true);
          if (p.text.length === 0) continue;
          const [start, end] = toSourceSpan(p, [0, p.text.length]);
          expect(source.slice(start, end).length).toBeGreaterThanOrEqual(p.text.length);
        }
      }),
      RUNS,
    );
  });

  it('analyzes, searches and extracts from any text without throwing; every quote is its text', () => {
    fc.assert(
      fc.property(pasted, pasted, (text, query) => {
        const doc = ingestDocument(entry('zh'), 'x.txt', `Title\n${text}`);
        analyze(text, glossary);
        const corpus = { documents: [doc], missing: [] };
        const started = performance.now();
        SearchEngine.build(corpus, glossary).search(query, { limit: 10 });
        expect(performance.now() - started).toBeLessThan(2000);
        for (const t of extractTargets(corpus, glossary)) {
          expect(doc.paragraphs[t.paragraph]!.text.slice(t.start, t.end)).toBe(t.quote);
        }
      }),
      { ...RUNS, numRuns: 40 },
    );
  });

  it('anchors any note in any text: placed on its quote or detached, never thrown', () => {
    fc.assert(
      fc.property(pasted, pasted, fc.nat(), fc.nat(), (before, after, a, b) => {
        const doc = ingestDocument(entry('en'), 'x.txt', `Title\n${before}`);
        const p = doc.paragraphs[1];
        if (!p || p.text.length === 0) return;
        const [start, end] = [a % p.text.length, b % p.text.length].sort((x, y) => x - y) as [number, number];
        const note = {
          id: 'abcdefgh-1',
          docId: 'd',
          paragraphId: p.id,
          paragraph: 1,
          quote: describeQuote(p.text, start, end),
          position: { start, end },
          color: 'yellow' as const,
          note: '',
          tags: [],
          created: '2026-01-01T00:00:00.000Z',
          modified: '2026-01-01T00:00:00.000Z',
        };
        const changed = ingestDocument(entry('en'), 'x.txt', `Title\n${before}${after}`);
        const placed = anchorAnnotation(changed, note);
        if (placed.status === 'anchored' && !placed.changed)
          expect(changed.paragraphs[placed.paragraph]!.text.slice(placed.start, placed.end)).toBe(note.quote.exact);
      }),
      RUNS,
    );
  });

  it('refuses any file that is not an export with an ImportError, and reads back its own exports', () => {
    fc.assert(
      fc.property(fc.oneof(pasted, fc.json()), (text) => {
        try {
          parseImport(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      RUNS,
    );
    const doc = ingestDocument(entry('en'), 'x.txt', 'Title\nThe province will build 5 parks.');
    const note = {
      id: 'abcdefgh-2',
      docId: 'd',
      paragraphId: doc.paragraphs[1]!.id,
      paragraph: 1,
      quote: describeQuote(doc.paragraphs[1]!.text, 4, 12),
      position: { start: 4, end: 12 },
      color: 'green' as const,
      note: 'a',
      tags: ['t'],
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    };
    fc.assert(
      fc.property(
        pasted,
        fc.array(
          pasted.filter((t) => t.trim().length > 0 && t.length <= 50),
          { maxLength: 3 },
        ),
        (text, tags) => {
          const written = {
            ...note,
            note: text.slice(0, 2000),
            tags: [...new Set(tags.map((t) => t.trim()))].filter(Boolean),
          };
          const json = JSON.stringify(exportWebAnnotations([written], { documents: [doc], missing: [] }, new Date(0)));
          try {
            const [back] = parseImport(json);
            expect(back!.id).toBe(written.id);
          } catch (error) {
            // A note or tag the schema refuses (controls, length) is said so, never half read.
            expect(error).toBeInstanceOf(ImportError);
          }
        },
      ),
      RUNS,
    );
  });

  it('parses any address or link without throwing, and round-trips the ones it makes', () => {
    fc.assert(
      fc.property(pasted, (text) => {
        parseRoute(text);
        parseRoute(`#/${text}`);
        parseAppLink(text);
        parseAppLink(`shandong-reader://doc/${text}`);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,30}$/), fc.nat(10_000), (docId, paragraph) => {
        expect(parseRoute(formatRoute({ view: 'document', docId, paragraph }))).toMatchObject({
          view: 'document',
          docId,
          paragraph,
        });
        expect(parseAppLink(formatAppLink(docId, paragraph))).toMatchObject({ view: 'document', docId, paragraph });
      }),
      RUNS,
    );
  });
});

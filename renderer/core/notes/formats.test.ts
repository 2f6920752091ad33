import { HtmlRenderer, Parser } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../node/seeds';
import { describeQuote } from './anchor';
import type { Annotation } from './annotation';
import {
  exportMarkdown,
  exportNotesCsv,
  exportWebAnnotations,
  ImportError,
  newAnnotations,
  parseImport,
} from './formats';

const corpus = loadCorpus('seeds');
const when = new Date('2026-11-21T10:00:00Z');

function make(docId: string, paragraph: number, exact: string, over: Partial<Annotation> = {}): Annotation {
  const p = corpus.documents.find((d) => d.id === docId)!.paragraphs[paragraph]!;
  const start = p.text.indexOf(exact);
  if (start === -1) throw new Error(`no "${exact}" in ${docId}#${paragraph}`);
  return {
    id: `ann-${docId.slice(0, 4)}-${paragraph}-${start}`,
    docId,
    paragraphId: p.id,
    paragraph,
    quote: describeQuote(p.text, start, start + exact.length),
    position: { start, end: start + exact.length },
    color: 'yellow',
    note: '',
    tags: [],
    created: '2026-11-20T08:00:00.000Z',
    modified: '2026-11-20T08:00:00.000Z',
    ...over,
  };
}

const GDP = 'increase GDP by more than 5.5%';
const report = make('work-report-2022', 12, GDP, {
  note: 'The headline target.',
  tags: ['GDP', 'targets'],
  color: 'green',
});
const press = make('press-conference-14th-fyp', 9, '加快組建山東未來網絡研究院', {
  note: '网络：注意繁简。',
  tags: ['网络'],
});

describe('Markdown export', () => {
  const md = exportMarkdown([press, report], corpus, when);
  it('groups by document in corpus order with title, date and source, each passage a block quote with a link back', () => {
    expect(md.indexOf('## Shandong Government Work Report 2022')).toBeLessThan(
      md.indexOf('## Provincial press conference'),
    );
    expect(md).toContain('*2022-04-28 · ');
    expect(md).toContain(`> ${GDP}`);
    expect(md).toContain(
      `— ¶ 12 · green · #GDP #targets · [open in the reader](<shandong-reader://doc/work-report-2022/p/12?a=${report.id}>)`,
    );
    expect(md).toContain('网络：注意繁简。');
  });
  it('shows hostile note text as text', () => {
    const hostile = make('work-report-2022', 12, 'GDP', {
      note: '<script>alert(1)</script>\n# Not a heading\n[link](javascript:alert(1))\n\u202eevil',
    });
    const out = exportMarkdown([hostile], corpus, when);
    const { blocks, html } = parsed(out);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript');
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(2);
    expect(blocks.find((b) => b.type === 'code_block')?.literal).toBe(`${hostile.note}\n`);
  });

  it('lets no note restructure the file: fences, setext underlines and list markers stay in their note (issue 12)', () => {
    const notes = [
      make('work-report-2022', 12, 'GDP', { note: 'first\n~~~\nafter a tilde fence' }),
      make('work-report-2022', 12, 'GDP', { note: 'a title?\n===\n---\n1) not a list\n```\n````' }),
      make('work-report-2022', 12, 'GDP', { note: '    indented\n> quoted\n| a | b |' }),
    ].map((a, i) => ({ ...a, id: `${a.id.slice(0, -1)}${i}` }));
    const { blocks, links } = parsed(exportMarkdown(notes, corpus, when));
    // One heading for the file and one for the document; one quote, one note block and one link per note.
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(2);
    expect(blocks.filter((b) => b.type === 'block_quote')).toHaveLength(3);
    expect(blocks.filter((b) => b.type === 'code_block').map((b) => b.literal)).toEqual(
      notes.map((a) => `${a.note}\n`),
    );
    expect(links).toHaveLength(3);
  });

  it('keeps every note whole and every link working, whatever the note and passage say (property, fixed seed)', () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        '```',
        '~~~',
        '===',
        '---',
        '1) ',
        '- ',
        '> ',
        '# ',
        '    ',
        '\n',
        '\r\n',
        '<b>',
        '[x](y)',
        '*',
        '`',
        '|',
        '\\',
      ),
      fc.string({ maxLength: 3 }),
    );
    const text = fc.array(hostile, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 4 }), (pairs) => {
        const notes = pairs.map(([note, quote], i) => ({
          ...make('work-report-2022', 12, 'GDP', { note }),
          id: `00000000-0000-4000-8000-00000000000${i}`,
          quote: { exact: quote || 'GDP', prefix: '', suffix: '' },
        }));
        const { blocks, links } = parsed(exportMarkdown(notes, corpus, when));
        expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(2);
        expect(links.map((l) => l.split('?a=')[1])).toEqual(notes.map((n) => n.id));
        const written = notes.filter((n) => n.note.trim() !== '').map((n) => `${n.note.replace(/\r\n|\r/g, '\n')}\n`);
        expect(blocks.filter((b) => b.type === 'code_block').map((b) => b.literal)).toEqual(written);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });
});

/** The export as a CommonMark parser reads it: its top-level blocks, its HTML, and every link's address. */
function parsed(markdown: string): {
  blocks: Array<{ type: string; literal: string | null }>;
  html: string;
  links: string[];
} {
  const tree = new Parser().parse(markdown);
  const blocks: Array<{ type: string; literal: string | null }> = [];
  for (let node = tree.firstChild; node; node = node.next) blocks.push({ type: node.type, literal: node.literal });
  const links: string[] = [];
  const walker = tree.walker();
  for (let step = walker.next(); step; step = walker.next())
    if (step.entering && step.node.type === 'link') links.push(step.node.destination ?? '');
  return { blocks, html: new HtmlRenderer({ safe: true }).render(tree), links };
}

describe('W3C Web Annotation export', () => {
  const json = exportWebAnnotations([report, press], corpus, when);
  it('is an AnnotationCollection of Annotations with quote and position selectors and commenting/tagging bodies', () => {
    expect(json).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 2,
    });
    const [first] = json.first.items;
    expect(first).toMatchObject({
      id: `urn:uuid:${report.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'The headline target.', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'GDP' },
        { type: 'TextualBody', purpose: 'tagging', value: 'targets' },
      ],
      target: {
        source: 'shandong-reader://doc/work-report-2022/p/12',
        styleClass: 'green',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: report.quote.exact,
            prefix: report.quote.prefix,
            suffix: report.quote.suffix,
          },
          { type: 'TextPositionSelector', start: report.position.start, end: report.position.end },
        ],
      },
    });
  });
  it('round-trips through import', () => {
    const back = parseImport(JSON.stringify(json));
    expect(back).toEqual([report, press].map((a) => ({ ...a, paragraphId: '' })));
  });
});

describe('CSV export', () => {
  it('has a byte-order mark, CRLF, Chinese as is, and defused formulas', () => {
    const csv = exportNotesCsv(
      [report, press, make('work-report-2022', 12, 'GDP', { note: '=cmd|calc', id: 'ann-formula-1' })],
      corpus,
    );
    expect(csv.startsWith('\ufeffdocument,paragraph,quote,note,tags,color,created,modified,link\r\n')).toBe(true);
    expect(csv).toContain('网络：注意繁简。');
    expect(csv).toContain("'=cmd|calc");
    expect(csv).toContain('GDP; targets');
  });
});

describe('import', () => {
  const valid = JSON.stringify(exportWebAnnotations([report], corpus, when));
  const withoutCreated = JSON.stringify(JSON.parse(valid), (key, value: unknown) =>
    key === 'created' ? undefined : value,
  );
  it.each([
    ['not JSON', 'hello', { kind: 'not-json' }],
    ['JSON but not an export', '{"hello": 1}', { kind: 'not-notes' }],
    [
      'an item with no date it was made',
      withoutCreated,
      { kind: 'field', item: 1, field: 'created', issue: 'missing' },
    ],
    [
      'an item with no quote',
      valid.replace('"TextQuoteSelector"', '"Other"'),
      { kind: 'field', item: 1, field: 'quote', issue: 'missing' },
    ],
    [
      'an item pointing elsewhere',
      valid.replace('shandong-reader://doc/work-report-2022/p/12', 'https://example.org/page'),
      { kind: 'field', item: 1, field: 'link', issue: 'invalid' },
    ],
    [
      'an item pointing at no paragraph',
      valid.replace('shandong-reader://doc/work-report-2022/p/12', 'shandong-reader://doc/work-report-2022/chapter/1'),
      { kind: 'not-this-program', item: 1, link: 'shandong-reader://doc/work-report-2022/chapter/1' },
    ],
    [
      'an item with a bad colour',
      valid.replace('"styleClass":"green"', '"styleClass":"<b>"'),
      { kind: 'field', item: 1, field: 'colour', issue: 'invalid' },
    ],
    [
      'an item with a note too long',
      valid.replace('The headline target.', 'x'.repeat(20_001)),
      { kind: 'field', item: 1, field: 'note', issue: 'too-long' },
    ],
    [
      'a repeated id',
      JSON.stringify(exportWebAnnotations([report, report], corpus, when)),
      { kind: 'repeated', item: 2, id: report.id },
    ],
    [
      'a position that ends before it starts',
      valid.replace(/"start":\d+,"end":\d+/, '"start":9,"end":3'),
      { kind: 'position-reversed', item: 1 },
    ],
  ])('refuses %s, saying what is wrong and where', (_, text, problem) => {
    let error: unknown;
    try {
      parseImport(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toEqual(problem);
  });
  it('refuses a file too large to be an export, without parsing it', () => {
    expect(() => parseImport(' '.repeat(20_000_001))).toThrow(
      expect.objectContaining({ problem: { kind: 'too-large', limitBytes: 20_000_000 } }),
    );
  });
  it('adds what is new and skips what is already there, by id or by the same passage and note', () => {
    const copy = { ...report, id: 'ann-different-id' };
    expect(newAnnotations([report], [report, copy, press])).toEqual({ added: [press], duplicates: 2 });
  });
  it('keeps long and odd notes intact', () => {
    const odd = make('work-report-2022', 12, 'GDP', {
      note: `𠀋𠀋 e\u0301 🙂\u200d ${'长'.repeat(19_000)}`,
      tags: ['a b', '標籤'],
    });
    expect(parseImport(JSON.stringify(exportWebAnnotations([odd], corpus, when)))[0]!.note).toBe(odd.note);
  });
});

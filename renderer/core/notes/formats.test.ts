import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/corpus-files';
import { describeQuote } from './anchor';
import type { Annotation } from './annotation';
import { exportMarkdown, exportNotesCsv, exportWebAnnotations, ImportError, newAnnotations, parseImport } from './formats';

const corpus = loadCorpus('e2e/fixtures/seeds');
const when = new Date('2026-11-21T10:00:00Z');

function make(docId: string, paragraph: number, exact: string, over: Partial<Annotation> = {}): Annotation {
  const p = corpus.documents.find((d) => d.id === docId)!.paragraphs[paragraph]!;
  const start = p.text.indexOf(exact);
  if (start === -1) throw new Error(`no "${exact}" in ${docId}#${paragraph}`);
  return {
    id: `ann-${docId.slice(0, 4)}-${paragraph}-${start}`, docId, paragraphId: p.id, paragraph, quote: describeQuote(p.text, start, start + exact.length),
    position: { start, end: start + exact.length }, color: 'yellow', note: '', tags: [], created: '2026-11-20T08:00:00.000Z', modified: '2026-11-20T08:00:00.000Z',
    ...over,
  };
}

const report = make('work-report-2022', 1, 'In 2022 the province aims to increase GDP by more than 5.5%.', { note: 'The headline target.', tags: ['GDP', 'targets'], color: 'green' });
const press = make('press-conference-14th-fyp', 3, '推動網絡強省建設', { note: '网络强省：注意繁简。', tags: ['网络'] });

describe('Markdown export', () => {
  const md = exportMarkdown([press, report], corpus, when);
  it('groups by document in corpus order with title, date and source, each passage a block quote with a link back', () => {
    expect(md.indexOf('## Shandong Government Work Report 2022')).toBeLessThan(md.indexOf('## Provincial press conference'));
    expect(md).toContain('*2022-04-28 · ');
    expect(md).toContain('> In 2022 the province aims to increase GDP by more than 5.5%.');
    expect(md).toContain(`— ¶ 1 · green · #GDP #targets · [open in the reader](<shandong-reader://doc/work-report-2022/p/1?a=${report.id}>)`);
    expect(md).toContain('网络强省：注意繁简。');
  });
  it('shows hostile note text as text', () => {
    const hostile = make('work-report-2022', 1, 'GDP', { note: '<script>alert(1)</script>\n# Not a heading\n[link](javascript:alert(1))\n\u202eevil\u0000' });
    const out = exportMarkdown([hostile], corpus, when);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('\\# Not a heading');
    expect(out).toContain('\\[link\\](javascript:alert(1))');
  });
});

describe('W3C Web Annotation export', () => {
  const json = exportWebAnnotations([report, press], corpus, when);
  it('is an AnnotationCollection of Annotations with quote and position selectors and commenting/tagging bodies', () => {
    expect(json).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2 });
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
        source: 'shandong-reader://doc/work-report-2022/p/1',
        styleClass: 'green',
        selector: [
          { type: 'TextQuoteSelector', exact: report.quote.exact, prefix: report.quote.prefix, suffix: report.quote.suffix },
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
    const csv = exportNotesCsv([report, press, make('work-report-2022', 1, 'GDP', { note: '=cmd|calc', id: 'ann-formula-1' })], corpus);
    expect(csv.startsWith('\ufeffdocument,paragraph,quote,note,tags,color,created,modified,link\r\n')).toBe(true);
    expect(csv).toContain('网络强省：注意繁简。');
    expect(csv).toContain("'=cmd|calc");
    expect(csv).toContain('GDP; targets');
  });
});

describe('import', () => {
  const valid = JSON.stringify(exportWebAnnotations([report], corpus, when));
  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['JSON but not an export', '{"hello": 1}', /not an export of notes/],
    ['an item with no quote', valid.replace('"TextQuoteSelector"', '"Other"'), /Item 1 is incomplete/],
    ['an item pointing elsewhere', valid.replace('shandong-reader://doc/work-report-2022/p/1', 'https://example.org/page'), /Item 1 is not an annotation of this program/],
    ['an item with a bad colour', valid.replace('"styleClass":"green"', '"styleClass":"<b>"'), /Item 1/],
    ['a repeated id', JSON.stringify(exportWebAnnotations([report, report], corpus, when)), /twice/],
    ['a position that ends before it starts', valid.replace(/"start":\d+,"end":\d+/, '"start":9,"end":3'), /ends before it starts/],
  ])('refuses %s with a clear message', (_, text, message) => {
    expect(() => parseImport(text)).toThrow(ImportError);
    expect(() => parseImport(text)).toThrow(message);
  });
  it('refuses a file too large to be an export, without parsing it', () => {
    expect(() => parseImport(' '.repeat(20_000_001))).toThrow(/larger than 20 MB/);
  });
  it('adds what is new and skips what is already there, by id or by the same passage and note', () => {
    const copy = { ...report, id: 'ann-different-id' };
    expect(newAnnotations([report], [report, copy, press])).toEqual({ added: [press], duplicates: 2 });
  });
  it('keeps long and odd notes intact', () => {
    const odd = make('work-report-2022', 1, 'GDP', { note: `𠀋𠀋 e\u0301 🙂\u200d ${'长'.repeat(19_000)}`, tags: ['a b', '標籤'] });
    expect(parseImport(JSON.stringify(exportWebAnnotations([odd], corpus, when)))[0]!.note).toBe(odd.note);
  });
});

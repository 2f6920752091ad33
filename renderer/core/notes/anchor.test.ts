import { describe, expect, it } from 'vitest';
import { testEntry } from '../corpus/testEntry';
import { ingestDocument } from '../corpus/ingest';
import { anchorAnnotation, anchorInText, describeQuote, exactAnchor, fuzzyAnchor } from './anchor';
import type { Annotation } from './annotation';

const entry = testEntry({ cleaning: ['pinyin'] });
const docOf = (text: string) => ingestDocument(entry, 'x.txt', text);

function annotate(text: string, paragraph: number, exact: string, nth = 0): Annotation {
  const doc = docOf(text);
  const p = doc.paragraphs[paragraph]!;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = p.text.indexOf(exact, start + 1);
  return {
    id: 'a-00000001',
    docId: 'd',
    paragraphId: p.id,
    paragraph,
    quote: describeQuote(p.text, start, start + exact.length),
    position: { start, end: start + exact.length },
    color: 'yellow',
    note: '',
    tags: [],
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

describe('describeQuote', () => {
  it('keeps up to 32 characters of context either side', () => {
    const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`;
    expect(describeQuote(text, 40, 45)).toEqual({ exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    expect(describeQuote('QUOTE', 0, 5)).toEqual({ exact: 'QUOTE', prefix: '', suffix: '' });
  });
});

describe('anchoring', () => {
  const original = 'Title\nThe province will grow. The province will build ports. The province will grow again.';

  it('uses the recorded position while the text is unchanged', () => {
    const a = annotate(original, 1, 'The province will', 1);
    expect(anchorAnnotation(docOf(original), a)).toEqual({
      status: 'anchored',
      paragraph: 1,
      start: a.position.start,
      end: a.position.end,
      moved: false,
    });
  });

  it('re-anchors by quote and context when the text before it changes', () => {
    const a = annotate(original, 1, 'The province will', 1); // the second of three repeats, before "build ports"
    const edited =
      'Title\nIn 2022, the province will grow. The province will build ports. The province will grow again.';
    const result = anchorAnnotation(docOf(edited), a);
    expect(result.status).toBe('anchored');
    if (result.status !== 'anchored') return;
    const text = docOf(edited).paragraphs[1]!.text;
    expect(text.slice(result.start, result.end)).toBe('The province will');
    expect(text.slice(result.end, result.end + 12)).toBe(' build ports');
    expect(result.moved).toBe(true);
  });

  it('follows a paragraph that moved, by its stable id or by searching the document', () => {
    const a = annotate(original, 1, 'build ports');
    const moved = anchorAnnotation(
      docOf(
        'Title\nA new first paragraph.\nThe province will grow. The province will build ports. The province will grow again.',
      ),
      a,
    );
    expect(moved).toMatchObject({ status: 'anchored', paragraph: 2 });
    const rewritten = anchorAnnotation(docOf('Title\nSomething else.\nElsewhere we build ports too.'), a);
    expect(rewritten).toMatchObject({ status: 'anchored', paragraph: 2, moved: true });
  });

  it('re-anchors after a better cleaning rule removes noise inside the paragraph (003)', () => {
    const before = annotate('T\n推動網(wǎng)絡強省建設。', 1, '網絡強省');
    const again = anchorAnnotation(docOf('T\n推動網(wǎng)絡強省建設。'), before);
    expect(again).toMatchObject({ status: 'anchored', start: 2, end: 6 });
  });

  it('detaches an annotation whose quote is gone, and never drops it', () => {
    const a = annotate(original, 1, 'build ports');
    expect(anchorAnnotation(docOf('Title\nNothing of the kind.'), a)).toEqual({ status: 'detached' });
  });

  it('places a quote whose own text was corrected a little, by likeness, and says so', () => {
    const a = annotate(
      'Title\nThe province will build 5 new deep-water ports by 2025.',
      1,
      'build 5 new deep-water ports',
    );
    const corrected = docOf('Title\nThe province will build five new deepwater ports by 2025.');
    const placed = anchorAnnotation(corrected, a);
    expect(placed).toMatchObject({ status: 'anchored', paragraph: 1, changed: true });
    if (placed.status !== 'anchored') throw new Error('not anchored');
    expect(corrected.paragraphs[1]!.text.slice(placed.start, placed.end)).toMatch(/^build five new deepwater ports/);
    // In Chinese too: one character corrected.
    const zh = annotate('T\n全省將培育首臺套技術裝備超過100項。', 1, '首臺套技術裝備超過100項');
    expect(anchorAnnotation(docOf('T\n全省將培育首臺(套)技術裝備超過100項。'), zh)).toMatchObject({
      status: 'anchored',
      changed: true,
    });
  });

  it('places by likeness at the closest match in the document, not the first', () => {
    const a = annotate(
      'Title\nOther.\nThe port will build deep-water berths for ore.',
      2,
      'build deep-water berths for ore',
    );
    // Its paragraph is gone; one paragraph has a rougher match, a later one a closer match.
    const doc = docOf(
      'Title\nThey will build deep-sea berths for coal.\nThe port will build deepwater berths for ore.',
    );
    expect(anchorAnnotation(doc, { ...a, paragraphId: 'gone', paragraph: 9 })).toMatchObject({
      status: 'anchored',
      paragraph: 2,
      changed: true,
    });
  });

  it('does not place by likeness what is too short or changed too much', () => {
    const short = annotate('Title\nBuild ports.', 1, 'ports');
    expect(anchorAnnotation(docOf('Title\nBuild parts.'), short)).toEqual({ status: 'detached' });
    const a = annotate(original, 1, 'build ports');
    expect(
      anchorAnnotation(docOf('Title\nThe city will open airports and bridges.'), {
        ...a,
        quote: { ...a.quote, exact: 'build new deep-water ports' },
      }),
    ).toEqual({ status: 'detached' });
  });

  it('finds nothing for a quote that is not there, and prefers context over distance', () => {
    expect(anchorInText('abc', { exact: 'x', prefix: '', suffix: '' }, null)).toBeNull();
    // The recorded position no longer holds the quote; the nearer "cat" loses to the one with the right context.
    expect(
      anchorInText('one cat. two cat.', { exact: 'cat', prefix: 'two ', suffix: '.' }, { start: 0, end: 3 }),
    ).toEqual([13, 16]);
    expect(anchorInText('one cat. two cat.', { exact: 'cat', prefix: '', suffix: '' }, { start: 0, end: 3 })).toEqual([
      4, 7,
    ]);
  });
});

describe('the cost of placing a note (issue 12)', () => {
  const sentence = (i: number) =>
    `Sentence ${i} says the province will build ${i} new parks and ${i + 1} new ports by 2030.`;
  const long = Array.from({ length: 120 }, (_, i) => sentence(i)).join(' ');

  it('splits the fast exact placing from the slow placing by likeness', () => {
    const a = annotate(`Title\n${long}`, 1, long.slice(100, 5100));
    const same = docOf(`Title\n${long}`);
    expect(exactAnchor(same, a)).toMatchObject({ status: 'anchored', start: 100, end: 5100 });
    const corrected = docOf(`Title\n${long.slice(0, 200)}X${long.slice(201)}`);
    expect(exactAnchor(corrected, a)).toBeNull();
    // By likeness, a quote of 5,000 characters is placed by its first ones, its end following from its length.
    const placed = fuzzyAnchor(corrected, a);
    expect(placed).toMatchObject({ status: 'anchored', paragraph: 1, start: 100, end: 5100, changed: true });
  });

  it('bounds what one note costs: 200 notes of 5,000 characters, changed, in a long document', () => {
    const text = `Title\n${Array.from({ length: 8 }, () => long).join('\n')}`;
    const doc = docOf(text);
    const notes = Array.from({ length: 200 }, (_, i) => {
      const a = annotate(text, 1 + (i % 8), long.slice(i * 10, i * 10 + 5000));
      return { ...a, quote: { ...a.quote, exact: `${a.quote.exact.slice(0, 50)}Z${a.quote.exact.slice(51)}` } };
    });
    const start = performance.now();
    for (const a of notes) fuzzyAnchor(doc, a);
    // About 0.1 s here; 2.2 s when the whole quote was matched.
    expect(performance.now() - start).toBeLessThan(1000);
  }, 30_000);
});

import { z } from 'zod';
import type { Corpus, PolicyDocument } from '../corpus/types';
import { toCsv } from '../csv';
import { formatAppLink, LINK_SCHEME } from '../route/route';
import { anchorAnnotation } from './anchor';
import { AnnotationSchema, cleanTags, COLORS, type Annotation } from './annotation';

/** Annotations in document order: by document as the corpus lists them, then paragraph, then position. */
export function sortByPosition(annotations: readonly Annotation[], corpus: Corpus): Annotation[] {
  const order = new Map(corpus.documents.map((d, i) => [d.id, i]));
  return [...annotations].sort(
    (a, b) =>
      (order.get(a.docId) ?? 1e9) - (order.get(b.docId) ?? 1e9) ||
      a.docId.localeCompare(b.docId) ||
      a.paragraph - b.paragraph ||
      a.position.start - b.position.start,
  );
}

// ---------- Markdown ----------

/**
 * One line as Markdown shows it literally, inside a paragraph or a block quote: no raw HTML, no emphasis, code or
 * links, and nothing at the start of the line that would begin a block (a heading, a list item, a fence, a heading
 * underline, a quote, a table, an indented code block).
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}|~])/g, '\\$1')
    .replace(/^[ \t]+/, '')
    .replace(/^([#+\-=:!])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A note's own text, exactly as typed, as a fenced code block: a fence of more backticks than any run of them in
 * the text, so no line of the note (not ``` or ~~~, not === under a line, not `1) `) can end the block or make one.
 */
function fenced(text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...text.split(/\r\n|\r|\n/), fence];
}

function documentHeading(doc: PolicyDocument | undefined, docId: string): string[] {
  if (!doc) return [`## ${escapeMarkdown(docId)}`, '', '*This document is not in the program any more.*', ''];
  const meta = [doc.date.value ?? 'date not known', doc.publisher, doc.source].map(escapeMarkdown).join(' · ');
  return [`## ${escapeMarkdown(doc.titles.en)} · ${escapeMarkdown(doc.titles.zh)}`, '', `*${meta}*`, ''];
}

/** Markdown for writing: grouped by document, each passage a block quote, the note beneath, a link back. */
export function exportMarkdown(annotations: readonly Annotation[], corpus: Corpus, generated: Date): string {
  const lines = [
    '# Notes from the Shandong Policy Reader',
    '',
    `*Exported ${generated.toISOString().slice(0, 10)}, ${annotations.length} ${annotations.length === 1 ? 'note' : 'notes'}.*`,
    '',
  ];
  let current: string | null = null;
  for (const a of sortByPosition(annotations, corpus)) {
    const doc = corpus.documents.find((d) => d.id === a.docId);
    if (a.docId !== current) {
      lines.push(...documentHeading(doc, a.docId));
      current = a.docId;
    }
    const anchored = doc ? anchorAnnotation(doc, a) : ({ status: 'detached' } as const);
    const paragraph = anchored.status === 'anchored' ? anchored.paragraph : a.paragraph;
    for (const line of a.quote.exact.split(/\r?\n/)) lines.push(`> ${escapeMarkdown(line)}`);
    const tags = a.tags.map((t) => `#${escapeMarkdown(t.replace(/\s+/g, '-'))}`).join(' ');
    const where = anchored.status === 'detached' ? 'detached: the passage is no longer in the text' : `¶ ${paragraph}`;
    lines.push(
      '',
      `— ${where} · ${a.color}${tags ? ` · ${tags}` : ''} · [open in the reader](<${formatAppLink(a.docId, paragraph, a.id)}>)`,
      '',
    );
    if (a.note.trim()) lines.push(...fenced(a.note), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// ---------- W3C Web Annotation (JSON) ----------

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** One annotation in the W3C Web Annotation Data Model. */
function toWebAnnotation(a: Annotation) {
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note.trim() ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    body: [
      ...(a.note.trim() ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' }] : []),
      ...a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ],
    target: {
      source: formatAppLink(a.docId, a.paragraph),
      styleClass: a.color,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
      ],
    },
  };
}

/** JSON for tools: an AnnotationCollection in the W3C Web Annotation Data Model. */
export function exportWebAnnotations(annotations: readonly Annotation[], corpus: Corpus, generated: Date) {
  const items = sortByPosition(annotations, corpus).map(toWebAnnotation);
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Notes from the Shandong Policy Reader',
    generated: generated.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

// ---------- CSV ----------

/** CSV for spreadsheets (see toCsv). */
export function exportNotesCsv(annotations: readonly Annotation[], corpus: Corpus): string {
  const header = ['document', 'paragraph', 'quote', 'note', 'tags', 'color', 'created', 'modified', 'link'];
  const rows = sortByPosition(annotations, corpus).map((a) => [
    corpus.documents.find((d) => d.id === a.docId)?.titles.en ?? a.docId,
    a.paragraph,
    a.quote.exact,
    a.note,
    a.tags.join('; '),
    a.color,
    a.created,
    a.modified,
    formatAppLink(a.docId, a.paragraph, a.id),
  ]);
  return toCsv(header, rows);
}

// ---------- Import ----------

export const MAX_IMPORT_BYTES = 20_000_000;

const Body = z.object({
  type: z.literal('TextualBody'),
  purpose: z.enum(['commenting', 'tagging']),
  value: z.string(),
});
const WebAnnotationSchema = z.object({
  id: z.string().regex(/^urn:uuid:[A-Za-z0-9-]{8,64}$/, 'an id such as urn:uuid:…'),
  type: z.literal('Annotation'),
  created: z.iso.datetime(),
  modified: z.iso.datetime().optional(),
  body: z.array(Body).max(100).default([]),
  target: z.object({
    source: z.string().startsWith(`${LINK_SCHEME}://doc/`),
    styleClass: z.enum(COLORS).optional(),
    selector: z
      .array(z.object({ type: z.string() }).loose())
      .min(1)
      .max(10),
  }),
});
const CollectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()).max(100_000) }),
});

/** The part of a note a file got wrong, named as a reader knows it (the interface says each in its language). */
export type ImportField =
  | 'identifier'
  | 'kind'
  | 'created'
  | 'modified'
  | 'body'
  | 'link'
  | 'colour'
  | 'quote'
  | 'position'
  | 'note'
  | 'tags'
  | 'item';

/** Why a file was refused: what is wrong and where, for a message in plain words. */
export type ImportProblem =
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-notes' }
  | {
      readonly kind: 'field';
      readonly item: number;
      readonly field: ImportField;
      readonly issue: 'missing' | 'invalid' | 'too-long';
    }
  | { readonly kind: 'not-this-program'; readonly item: number; readonly link: string }
  | { readonly kind: 'position-reversed'; readonly item: number }
  | { readonly kind: 'repeated'; readonly item: number; readonly id: string };

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`import refused: ${JSON.stringify(problem)}`);
    this.name = 'ImportError';
  }
}

/** Which part of a note a validation issue is about, by its path in the W3C annotation or in the stored note. */
const FIELD_OF_PATH: ReadonlyArray<readonly [RegExp, ImportField]> = [
  [/^id$/, 'identifier'],
  [/^type$/, 'kind'],
  [/^created$/, 'created'],
  [/^modified$/, 'modified'],
  [/^body/, 'body'],
  [/^target\.styleClass|^color$/, 'colour'],
  [/^target\.selector|^quote/, 'quote'],
  [/^target|^docId$|^paragraph/, 'link'],
  [/^position/, 'position'],
  [/^note$/, 'note'],
  [/^tags/, 'tags'],
];

/** The first thing zod found wrong, as a field and what is wrong with it. */
function fieldProblem(error: z.ZodError, item: number): ImportProblem {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  const field = FIELD_OF_PATH.find(([re]) => re.test(path))?.[1] ?? 'item';
  const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
  return { kind: 'field', item, field, issue: missing ? 'missing' : issue.code === 'too_big' ? 'too-long' : 'invalid' };
}

function fromWebAnnotation(raw: unknown, index: number): Annotation {
  const item = index + 1;
  const parsed = WebAnnotationSchema.safeParse(raw);
  if (!parsed.success) throw new ImportError(fieldProblem(parsed.error, item));
  const w = parsed.data;
  const link = /^shandong-reader:\/\/doc\/([a-z0-9-]{1,64})\/p\/(\d{1,6})$/.exec(w.target.source);
  if (!link) throw new ImportError({ kind: 'not-this-program', item, link: w.target.source.slice(0, 80) });
  const quote = w.target.selector.find((s) => s.type === 'TextQuoteSelector') as
    { exact?: unknown; prefix?: unknown; suffix?: unknown } | undefined;
  const position = w.target.selector.find((s) => s.type === 'TextPositionSelector') as
    { start?: unknown; end?: unknown } | undefined;
  const note = w.body
    .filter((b) => b.purpose === 'commenting')
    .map((b) => b.value)
    .join('\n\n');
  const candidate = {
    id: w.id.slice('urn:uuid:'.length),
    docId: link[1],
    paragraphId: '',
    paragraph: Number(link[2]),
    quote: { exact: quote?.exact, prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' },
    position: { start: position?.start, end: position?.end },
    color: w.target.styleClass ?? 'yellow',
    note,
    tags: cleanTags(w.body.filter((b) => b.purpose === 'tagging').map((b) => b.value)),
    created: w.created,
    modified: w.modified ?? w.created,
  };
  const result = AnnotationSchema.safeParse(candidate);
  if (!result.success) throw new ImportError(fieldProblem(result.error, item));
  if (result.data.position.end <= result.data.position.start)
    throw new ImportError({ kind: 'position-reversed', item });
  return result.data;
}

/**
 * Reads a JSON export, from this machine or another. Anything that is not one is refused whole, with a message
 * that says what is wrong; nothing is half imported.
 */
export function parseImport(text: string): Annotation[] {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError({ kind: 'too-large', limitBytes: MAX_IMPORT_BYTES });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    throw new ImportError({ kind: 'not-json' });
  }
  const collection = CollectionSchema.safeParse(json);
  if (!collection.success) throw new ImportError({ kind: 'not-notes' });
  const annotations = collection.data.first.items.map(fromWebAnnotation);
  const ids = new Set<string>();
  annotations.forEach((a, i) => {
    if (ids.has(a.id)) throw new ImportError({ kind: 'repeated', item: i + 1, id: a.id });
    ids.add(a.id);
  });
  return annotations;
}

/** What importing adds: annotations not already present, by id or by the same passage with the same note. */
export function newAnnotations(
  existing: readonly Annotation[],
  incoming: readonly Annotation[],
): { added: Annotation[]; duplicates: number } {
  const ids = new Set(existing.map((a) => a.id));
  const same = new Set(existing.map((a) => `${a.docId}\u0000${a.quote.exact}\u0000${a.position.start}\u0000${a.note}`));
  const added = incoming.filter(
    (a) => !ids.has(a.id) && !same.has(`${a.docId}\u0000${a.quote.exact}\u0000${a.position.start}\u0000${a.note}`),
  );
  return { added, duplicates: incoming.length - added.length };
}

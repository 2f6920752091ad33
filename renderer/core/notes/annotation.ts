import { z } from 'zod';

/** Highlight colours a person can choose. */
export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Color = (typeof COLORS)[number];

export const MAX_NOTE_LENGTH = 20_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const MAX_QUOTE_LENGTH = 5_000;

/** A tag as stored: trimmed, inner white space collapsed, no commas (they separate tags when typed). */
export function cleanTag(tag: string): string {
  return tag
    .normalize('NFC')
    .replace(/[,，、]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TAG_LENGTH);
}

export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(cleanTag).filter((t) => t.length > 0))].slice(0, MAX_TAGS);
}

/** What the notes search looks in: the quoted passage, the note and the tags. */
export function noteSearchText(a: Pick<Annotation, 'quote' | 'note' | 'tags'>): string {
  return `${a.quote.exact}\n${a.note}\n${a.tags.join(' ')}`;
}

export const AnnotationSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  docId: z.string().regex(/^[a-z0-9-]{1,64}$/),
  /** The paragraph's stable id when the annotation was made, and its index then. */
  paragraphId: z.string().max(100),
  paragraph: z.number().int().min(0).max(100_000),
  /** W3C TextQuoteSelector: the quoted text with some context either side, in the cleaned paragraph text. */
  quote: z.object({
    exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
    prefix: z.string().max(64),
    suffix: z.string().max(64),
  }),
  /** W3C TextPositionSelector, in the cleaned paragraph text. */
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }),
  color: z.enum(COLORS),
  note: z.string().max(MAX_NOTE_LENGTH),
  tags: z.array(z.string().min(1).max(MAX_TAG_LENGTH)).max(MAX_TAGS),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

import search from 'approx-string-match';
import type { Paragraph, PolicyDocument, Span } from '../corpus/types';
import type { Annotation } from './annotation';

/** How much context either side of a quote is kept (as mature annotation tools do: enough to tell repeats apart). */
export const CONTEXT_LENGTH = 32;

export function describeQuote(text: string, start: number, end: number): Annotation['quote'] {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** How many characters two strings share at the end of `a` and the start of `b`… or the other way round. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Places a quote in a text: where the recorded position still holds it, else the occurrence whose context
 * matches best (nearest the old position on a tie). Null when the quote is not in the text at all.
 */
export function anchorInText(
  text: string,
  quote: Annotation['quote'],
  position: Annotation['position'] | null,
): Span | null {
  if (position && text.slice(position.start, position.end) === quote.exact) return [position.start, position.end];
  let best: { span: Span; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const score = commonSuffix(text.slice(0, at), quote.prefix) + commonPrefix(text.slice(end), quote.suffix);
    const distance = position ? Math.abs(at - position.start) : 0;
    if (!best || score > best.score || (score === best.score && distance < best.distance))
      best = { span: [at, end], score, distance };
  }
  return best?.span ?? null;
}

/**
 * Places a quote whose own text has changed a little (a corrected character, a word fixed): the closest match
 * with at most a quarter of its characters different, scored as mature annotation tools do (Hypothesis), by the
 * quote's likeness first, then its context, then its old position. Quotes under 8 characters are not placed by
 * likeness: too many places look alike. Null when nothing is close enough; a wrong place is worse than none.
 */
export function fuzzyAnchorInText(
  text: string,
  quote: Annotation['quote'],
  position: Annotation['position'] | null,
): Span | null {
  return fuzzyMatch(text, quote, position)?.span ?? null;
}

/** The most of a quote that placing it by likeness reads. */
export const FUZZY_QUOTE = 256;

/** The closest match of a quote in a text, with its score (higher is closer), or null. */
function fuzzyMatch(
  text: string,
  quote: Annotation['quote'],
  position: Annotation['position'] | null,
): { span: Span; score: number } | null {
  const length = quote.exact.length;
  if (length < 8) return null;
  // Cap what one note may cost: a long quote is placed by its first FUZZY_QUOTE characters, its end following from
  // its length (Myers' matching costs the text's length times the pattern's, in 32-character words).
  const pattern = quote.exact.slice(0, FUZZY_QUOTE);
  const maxErrors = Math.min(256, Math.floor(pattern.length / 4));
  let best: { span: Span; score: number } | null = null;
  for (const raw of search(text, pattern, maxErrors)) {
    const m = pattern.length === length ? raw : { ...raw, end: Math.min(text.length, raw.start + length) };
    const likeness = 1 - m.errors / pattern.length;
    const prefix = quote.prefix ? commonSuffix(text.slice(0, m.start), quote.prefix) / quote.prefix.length : 1;
    const suffix = quote.suffix ? commonPrefix(text.slice(m.end), quote.suffix) / quote.suffix.length : 1;
    const near = position ? 1 - Math.min(1, Math.abs(m.start - position.start) / Math.max(1, text.length)) : 0;
    const score = 50 * likeness + 20 * prefix + 20 * suffix + 2 * near;
    if (!best || score > best.score) best = { span: [m.start, m.end], score };
  }
  return best;
}

export type Anchored =
  | {
      readonly status: 'anchored';
      readonly paragraph: number;
      readonly start: number;
      readonly end: number;
      readonly moved: boolean;
      /** The text there is no longer exactly the quote (it was corrected since): placed by likeness. */
      readonly changed?: true;
    }
  | { readonly status: 'detached' };

/** What placing a note reads of a paragraph. */
type AnchorParagraph = Pick<Paragraph, 'index' | 'id' | 'text'>;

/**
 * Finds where an annotation belongs in the document as it is now: its own paragraph (by stable id, then by
 * index), then anywhere in the document by its quote (`exactAnchor`); failing that, by likeness, in its own
 * paragraph and then anywhere (`fuzzyAnchor`). One that cannot be placed is detached, never dropped.
 */
export function anchorAnnotation(doc: PolicyDocument, a: Annotation): Anchored {
  return exactAnchor(doc, a) ?? fuzzyAnchor(doc, a);
}

/**
 * Where the annotation's quote stands, exactly as recorded, in its own paragraph or elsewhere in the document;
 * null when it does not (its text was corrected since, or removed). Fast: a few string searches, for the page's
 * thread; placing by likeness (`fuzzyAnchor`) is left to the worker.
 */
export function exactAnchor(doc: PolicyDocument, a: Annotation): Anchored | null {
  const candidates = ownParagraphs(doc, a);
  for (const p of candidates) {
    const span = anchorInText(p.text, a.quote, a.position);
    if (span)
      return {
        status: 'anchored',
        paragraph: p.index,
        start: span[0],
        end: span[1],
        moved: p.index !== a.paragraph || span[0] !== a.position.start,
      };
  }
  for (const p of doc.paragraphs) {
    if (candidates.includes(p)) continue;
    const span = anchorInText(p.text, a.quote, null);
    if (span) return { status: 'anchored', paragraph: p.index, start: span[0], end: span[1], moved: true };
  }
  return null;
}

/** The paragraphs an annotation names: by its stable id, then by its index. */
function ownParagraphs<P extends AnchorParagraph>(doc: { readonly paragraphs: readonly P[] }, a: Annotation): P[] {
  const candidates: P[] = [];
  const byId = doc.paragraphs.find((p) => p.id === a.paragraphId);
  if (byId) candidates.push(byId);
  const byIndex = doc.paragraphs[a.paragraph];
  if (byIndex && byIndex !== byId) candidates.push(byIndex);
  return candidates;
}

/**
 * Places an annotation whose quote is no longer exactly in the text, by likeness: the closest match in its own
 * paragraph, else the closest anywhere in the document; detached when nothing is close enough. The slow path, run
 * in the worker; bounded per note by FUZZY_QUOTE.
 */
export function fuzzyAnchor(doc: { readonly paragraphs: readonly AnchorParagraph[] }, a: Annotation): Anchored {
  const candidates = ownParagraphs(doc, a);
  for (const group of [candidates, doc.paragraphs.filter((x) => !candidates.includes(x))]) {
    let best: { paragraph: AnchorParagraph; span: Span; score: number } | null = null;
    for (const p of group) {
      const found = fuzzyMatch(p.text, a.quote, group === candidates ? a.position : null);
      if (found && (!best || found.score > best.score)) best = { paragraph: p, ...found };
    }
    if (best)
      return {
        status: 'anchored',
        paragraph: best.paragraph.index,
        start: best.span[0],
        end: best.span[1],
        moved: true,
        changed: true,
      };
  }
  return { status: 'detached' };
}

/** The annotation re-based on the text as it is now (its paragraph id, index and position), or unchanged if detached. */
export function rebase(doc: PolicyDocument | undefined, a: Annotation): Annotation {
  if (!doc) return a;
  const anchored = anchorAnnotation(doc, a);
  if (anchored.status === 'detached') return a;
  const p = doc.paragraphs[anchored.paragraph]!;
  return { ...a, paragraphId: p.id, paragraph: p.index, position: { start: anchored.start, end: anchored.end } };
}

import type { ReactNode } from 'react';
import type { Span } from '../../core/corpus/types';

export interface TextMarks {
  /** Search matches, sorted and not overlapping. */
  readonly matches: readonly Span[];
  /** Which of `matches` is the current one of the stepper, or -1. */
  readonly current: number;
  /** Glossary terms: [start, end, concept id], sorted. */
  readonly terms: ReadonlyArray<readonly [number, number, string]>;
  /** The reader's highlights, sorted by start. */
  readonly highlights?: readonly Highlight[];
}

export interface Highlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly color: string;
  /** Shown on the marker after the passage, for notes and tags. */
  readonly label: string | null;
}

/** A stretch of text with the highlights over it, innermost, so matches and terms keep their own elements. */
function marker(h: Highlight, keyBase: string): ReactNode {
  return (
    <button
      key={`${keyBase}-m-${h.id}`}
      type="button"
      className={`hl-marker hl-${h.color}`}
      data-annotation={h.id}
      aria-label={h.label!}
      title={h.label!}
    >
      ✎
    </button>
  );
}

function withHighlights(
  text: string,
  from: number,
  to: number,
  highlights: readonly Highlight[],
  keyBase: string,
  markers = true,
): ReactNode[] {
  const parts: ReactNode[] = [];
  const cuts = new Set([from, to]);
  for (const h of highlights) for (const p of [h.start, h.end]) if (p > from && p < to) cuts.add(p);
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i]!, points[i + 1]!];
    const over = highlights.filter((h) => h.start <= s && e <= h.end);
    let node: ReactNode = text.slice(s, e);
    for (const h of over) {
      node = (
        <span key={`${keyBase}-${h.id}-${s}`} className={`hl hl-${h.color}`} data-annotation={h.id}>
          {node}
        </span>
      );
    }
    parts.push(over.length > 0 ? node : text.slice(s, e));
    // A marker after the end of a noted or tagged passage: a button to open its note.
    if (markers) for (const h of highlights) if (h.end === e && h.label !== null) parts.push(marker(h, keyBase));
  }
  return parts;
}

/**
 * A stretch of text with glossary terms as quiet underlines. A term inside a longer one is drawn inside it (濟南 in
 * 濟南-青島人工智能創新應用先導區 stays a link to its city); a term that only overlaps another's end is cut there.
 */
function withTerms(
  text: string,
  from: number,
  to: number,
  terms: TextMarks['terms'],
  highlights: readonly Highlight[],
): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = from;
  const plain = (a: number, b: number, key: string, markers = true): ReactNode[] =>
    highlights.length > 0 ? withHighlights(text, a, b, highlights, key, markers) : [text.slice(a, b)];
  for (let i = 0; i < terms.length;) {
    const [s, e, concept] = terms[i]!;
    const start = Math.max(s, at);
    const end = Math.min(e, to);
    if (end <= start) {
      i++;
      continue;
    }
    // The terms that start inside this one; those that also end inside it are drawn within it.
    let j = i + 1;
    const inner: Array<TextMarks['terms'][number]> = [];
    while (j < terms.length && terms[j]![0] < end) {
      if (terms[j]![1] <= end) inner.push(terms[j]!);
      j++;
    }
    if (start > at) parts.push(...plain(at, start, `p${at}`));
    const city = concept.startsWith('city-');
    const content =
      inner.length > 0 ? withTerms(text, start, end, inner, highlights) : plain(start, end, `t${start}`, !city);
    // A city's name is a link to its page; other terms are quietly underlined.
    parts.push(
      city ? (
        <a
          key={`${start}-${end}`}
          className="term city"
          data-concept={concept}
          href={`#/cities/${concept.slice('city-'.length)}`}
        >
          {content}
        </a>
      ) : (
        <span key={`${start}-${end}`} className="term" data-concept={concept} tabIndex={-1}>
          {content}
        </span>
      ),
    );
    // No button inside a link: markers of passages ending in a city's name come right after it.
    if (city)
      for (const h of highlights)
        if (h.label !== null && h.end > start && h.end <= end) parts.push(marker(h, `t${start}`));
    at = end;
    i = j;
  }
  if (at < to) parts.push(...plain(at, to, `p${at}`));
  return parts;
}

/**
 * A paragraph's text with each search match as one <mark> and glossary terms as quiet underlines inside and
 * between them. Offsets are in the text shown, so both come from the same cleaned text.
 */
export function MarkedText({ text, marks }: { text: string; marks: TextMarks }): ReactNode {
  const highlights = marks.highlights ?? [];
  if (marks.matches.length === 0 && marks.terms.length === 0 && highlights.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  marks.matches.forEach(([s, e], i) => {
    if (s > at) parts.push(...withTerms(text, at, s, marks.terms, highlights));
    const current = i === marks.current;
    parts.push(
      <mark
        key={`m${s}`}
        className={current ? 'current' : undefined}
        data-match={i}
        {...(current ? { 'data-current-match': '' } : {})}
      >
        {withTerms(text, s, e, marks.terms, highlights)}
      </mark>,
    );
    at = e;
  });
  if (at < text.length) parts.push(...withTerms(text, at, text.length, marks.terms, highlights));
  return parts;
}

import type { ReactNode } from 'react';
import type { Span } from '../../core/corpus/types';

export interface TextMarks {
  /** Search matches, sorted and not overlapping. */
  readonly matches: readonly Span[];
  /** Which of `matches` is the current one of the stepper, or -1. */
  readonly current: number;
  /** Glossary terms: [start, end, concept id], sorted. */
  readonly terms: ReadonlyArray<readonly [number, number, string]>;
}

/** A stretch of text with glossary terms as quiet underlines (a term crossing the stretch's edge is cut there). */
function withTerms(text: string, from: number, to: number, terms: TextMarks['terms']): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = from;
  for (const [s, e, concept] of terms) {
    const start = Math.max(s, at);
    const end = Math.min(e, to);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    // A city's name is a link to its page; other terms are quietly underlined.
    parts.push(
      concept.startsWith('city-') ? (
        <a key={start} className="term city" data-concept={concept} href={`#/cities/${concept.slice('city-'.length)}`}>
          {text.slice(start, end)}
        </a>
      ) : (
        <span key={start} className="term" data-concept={concept}>
          {text.slice(start, end)}
        </span>
      ),
    );
    at = end;
  }
  if (at < to) parts.push(text.slice(at, to));
  return parts;
}

/**
 * A paragraph's text with each search match as one <mark> and glossary terms as quiet underlines inside and
 * between them. Offsets are in the text shown, so both come from the same cleaned text.
 */
export function MarkedText({ text, marks }: { text: string; marks: TextMarks }): ReactNode {
  if (marks.matches.length === 0 && marks.terms.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  marks.matches.forEach(([s, e], i) => {
    if (s > at) parts.push(...withTerms(text, at, s, marks.terms));
    const current = i === marks.current;
    parts.push(
      <mark key={`m${s}`} className={current ? 'current' : undefined} data-match={i} {...(current ? { 'data-current-match': '' } : {})}>
        {withTerms(text, s, e, marks.terms)}
      </mark>,
    );
    at = e;
  });
  if (at < text.length) parts.push(...withTerms(text, at, text.length, marks.terms));
  return parts;
}

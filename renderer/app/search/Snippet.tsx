import type { Span } from '../../core/corpus/types';

/** Text with the given spans wrapped in <mark>. */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts = [];
  let at = 0;
  spans.forEach(([s, e], i) => {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={i}>{text.slice(s, e)}</mark>);
    at = e;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { navigate } from '../useRoute';
import { useDocumentMatches, useDocumentTerms } from './useDocumentSearch';

/**
 * A search's matches in a document, in reading order, and the stepper's place among them (the first at or after the
 * paragraph the address names; Enter and Shift+Enter step); the glossary terms to mark; scrolls to the current one.
 */
export function useSearchMarks(
  docId: string,
  query: string,
  paragraph: number | null,
  span: readonly [number, number] | null,
) {
  const matches = useDocumentMatches(docId, query);
  const terms = useDocumentTerms(docId);
  const flat = useMemo(
    () =>
      Object.entries(matches?.paragraphs ?? {})
        .map(([p, spans]) => ({ paragraph: Number(p), count: spans.length }))
        .sort((a, b) => a.paragraph - b.paragraph)
        .flatMap(({ paragraph: p, count }) => Array.from({ length: count }, (_, index) => ({ paragraph: p, index }))),
    [matches],
  );
  const stepKey = `${docId}\u0000${query}\u0000${paragraph ?? ''}`;
  const [stepped, setStepped] = useState<{ key: string; index: number } | null>(null);
  const firstHere = Math.max(
    0,
    flat.findIndex((m) => m.paragraph >= (paragraph ?? 0)),
  );
  const current = stepped?.key === stepKey ? stepped.index : firstHere;
  const step = useCallback(
    (direction: 1 | -1) => {
      if (flat.length === 0) return;
      setStepped({ key: stepKey, index: (current + direction + flat.length) % flat.length });
    },
    [flat.length, stepKey, current],
  );
  const closeMatches = useCallback(
    () => navigate({ view: 'document', docId, paragraph }, { replace: true }),
    [docId, paragraph],
  );
  useEffect(() => {
    if (flat.length > 0 || span) document.querySelector('[data-current-match]')?.scrollIntoView({ block: 'center' });
  }, [current, flat, span]);

  return { matches, terms, flat, current, step, closeMatches };
}

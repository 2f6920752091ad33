import { useMemo } from 'react';
import type { Target } from '../../core/extract/targets';
import { useExtracts } from '../useExtracts';

/** The targets and statistics of each paragraph of a document, for the marker beside it. */
export function useTargetMarkers(docId: string): ReadonlyMap<number, Target[]> {
  const { extracts } = useExtracts();
  return useMemo(() => {
    const map = new Map<number, Target[]>();
    for (const x of extracts?.targets ?? [])
      if (x.docId === docId) map.set(x.paragraph, [...(map.get(x.paragraph) ?? []), x]);
    return map;
  }, [extracts, docId]);
}

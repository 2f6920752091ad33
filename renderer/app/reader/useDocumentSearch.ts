import { useEffect, useState } from 'react';
import type { DocumentMatches, DocumentTerms } from '../../worker/protocol';
import { searchClient } from '../search/searchClient';

/** Every match of the query in the document, from the search worker (null until it answers). */
export function useDocumentMatches(docId: string, query: string): DocumentMatches | null {
  const [state, setState] = useState<{ key: string; value: DocumentMatches } | null>(null);
  const key = `${docId}\u0000${query}`;
  useEffect(() => {
    if (query.trim() === '') return;
    let live = true;
    searchClient
      .documentMatches(docId, query)
      .then((value) => live && setState({ key, value }))
      .catch(() => live && setState({ key, value: { query, paragraphs: {} } }));
    return () => {
      live = false;
    };
  }, [key, docId, query]);
  return query.trim() !== '' && state?.key === key ? state.value : null;
}

/** The glossary terms of the document, for quiet marks (empty until the worker answers, or if it cannot). */
export function useDocumentTerms(docId: string): DocumentTerms | null {
  const [state, setState] = useState<{ docId: string; value: DocumentTerms } | null>(null);
  useEffect(() => {
    let live = true;
    searchClient
      .documentTerms(docId)
      .then((value) => live && setState({ docId, value }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [docId]);
  return state?.docId === docId ? state.value : null;
}

import { useEffect, useState } from 'react';
import type { Language } from '../../core/corpus/types';
import type { SearchOptions, SearchResult } from '../../core/search/search';
import { searchClient } from './searchClient';

export interface SearchFilters {
  readonly language: Language | null;
  readonly docId: string | null;
}

/** The search options the filters ask for. */
export function searchOptions(filters: SearchFilters, limit: number): SearchOptions {
  return { limit, language: filters.language, docIds: filters.docId ? [filters.docId] : null };
}

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly previous: SearchResult | null }
  | { readonly status: 'done'; readonly result: SearchResult }
  | { readonly status: 'failed'; readonly message: string };

/** Results for the query as it is typed; an answer that arrives after a newer query started is dropped. */
export function useSearch(query: string, filters: SearchFilters): SearchState {
  const [state, setState] = useState<{ key: string; value: SearchState }>({ key: '', value: { status: 'idle' } });
  const { language, docId } = filters;
  const key = JSON.stringify([query, language, docId]);
  useEffect(() => {
    if (query.trim() === '') return;
    let live = true;
    searchClient
      .search(query, searchOptions({ language, docId }, 200))
      .then((result) => live && setState({ key, value: { status: 'done', result } }))
      .catch((error: Error) => live && setState({ key, value: { status: 'failed', message: error.message } }));
    return () => {
      live = false;
    };
  }, [key, query, language, docId]);
  if (query.trim() === '') return { status: 'idle' };
  if (state.key === key) return state.value;
  return { status: 'searching', previous: state.value.status === 'done' ? state.value.result : null };
}

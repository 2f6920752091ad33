import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../core/corpus/types';
import type { SearchOptions, SearchResult } from '../../core/search/search';
import { searchClient } from './searchClient';

export interface SearchFilters {
  readonly language: Language | null;
  readonly docId: string | null;
}

/**
 * Hits asked for at a time: a page is what a screen or two shows. The first page is what the reader waits for; it
 * was 200 at once, and drawing 200 snippets (and the worker making them) held the first result on a large library
 * by about a tenth of a second. "Show more" asks for the next page.
 */
export const RESULTS_PAGE = 50;

/** The search options the filters ask for. */
export function searchOptions(filters: SearchFilters, limit: number): SearchOptions {
  return { limit, language: filters.language, docIds: filters.docId ? [filters.docId] : null };
}

export type SearchState =
  | { readonly status: 'idle' }
  | { readonly status: 'searching'; readonly previous: SearchResult | null }
  | { readonly status: 'done'; readonly result: SearchResult }
  | { readonly status: 'failed'; readonly message: string };

/** A search's state, and a way to ask for the next page of its hits. */
export type Search = SearchState & { readonly showMore: () => void };

/**
 * Results for the query as it is typed, a page of hits at first and a page more each time `showMore` is called (a
 * new query or filter starts again at one page); an answer that arrives after a newer request started is dropped.
 */
export function useSearch(query: string, filters: SearchFilters): Search {
  const { language, docId } = filters;
  const search = JSON.stringify([query, language, docId]);
  /** The last answer: for which search, with how many hits asked for. */
  const [state, setState] = useState<{ search: string; limit: number; value: SearchState }>({
    search: '',
    limit: 0,
    value: { status: 'idle' },
  });
  // Pages asked for, of this search only: another query or filter starts again at one page, and so does coming back
  // to this one (typing on and deleting again).
  const [pages, setPages] = useState({ search, count: 1 });
  if (pages.search !== search) setPages({ search, count: 1 });
  const limit = (pages.search === search ? pages.count : 1) * RESULTS_PAGE;
  useEffect(() => {
    if (query.trim() === '') return;
    let live = true;
    const done = (value: SearchState) => live && setState({ search, limit, value });
    searchClient
      .search(query, searchOptions({ language, docId }, limit))
      .then((result) => done({ status: 'done', result }))
      .catch((error: Error) => done({ status: 'failed', message: error.message }));
    return () => {
      live = false;
    };
  }, [search, query, language, docId, limit]);
  // A page more than the answer on screen has, if that answer is this search's: the button under an earlier query's
  // results, still shown while this one's first answer comes, asks for nothing, and a second press while the next
  // page comes asks for the same page.
  const shown = state.search === search && state.value.status === 'done' ? state.limit / RESULTS_PAGE : 0;
  const showMore = useCallback(() => {
    if (shown > 0) setPages({ search, count: shown + 1 });
  }, [search, shown]);
  if (query.trim() === '') return { status: 'idle', showMore };
  if (state.search === search && state.limit === limit) return { ...state.value, showMore };
  // While the next page is fetched, the results so far stay (a new query shows its predecessor's, as before).
  return { status: 'searching', previous: state.value.status === 'done' ? state.value.result : null, showMore };
}

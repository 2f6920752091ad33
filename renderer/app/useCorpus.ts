import { useEffect, useRef, useState } from 'react';
import type { Library } from '../core/corpus/shipped';
import type { Corpus } from '../core/corpus/types';
import { whenIdle } from './scheduling';

export type CorpusState =
  | { status: 'loading' }
  /** The library is here; the documents' text is not yet (or could not be loaded: `failed`). */
  | { status: 'library'; library: Library; failed: string | null }
  | { status: 'ready'; library: Library; corpus: Corpus }
  | { status: 'failed'; message: string };

async function fetchJson<T>(name: string): Promise<T> {
  const response = await fetch(`./${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Loads what the build wrote beside the page: first the library (`library.json`, a few kilobytes: titles, dates,
 * lengths), then the corpus (`corpus.json`, every document's text: 12 MB for 10 MB of text). The library and the
 * search results are drawn from the library alone (the results' text comes from the search worker), so the corpus is
 * fetched only once a view needs it (`needed`), or once the first screen is drawn (`drawn`) and the page is idle: at
 * start it would compete with the search worker's own loading, on a two-core laptop, for the first search result.
 */
export function useCorpus(needed: boolean, drawn: boolean): CorpusState {
  const [library, setLibrary] = useState<Library | { failed: string } | null>(null);
  const [corpus, setCorpus] = useState<Corpus | { failed: string } | null>(null);
  const [idle, setIdle] = useState(false);
  const started = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    fetchJson<Library>('library.json')
      .then((loaded) => {
        if (!Array.isArray(loaded.documents)) throw new Error('library.json has no document list');
        if (mounted.current) setLibrary(loaded);
      })
      .catch((error: unknown) => mounted.current && setLibrary({ failed: message(error) }));
  }, []);

  // Once the first screen is drawn, the corpus is fetched when the page is next idle.
  const haveLibrary = library !== null && !('failed' in library);
  useEffect(() => {
    if (!haveLibrary || !drawn || idle) return;
    return whenIdle(() => setIdle(true), 3000);
  }, [haveLibrary, drawn, idle]);

  // Fetched once, when first wanted: a view that needs it, or the idle page.
  const wanted = haveLibrary && (needed || idle);
  useEffect(() => {
    if (!wanted || started.current) return;
    started.current = true;
    fetchJson<Corpus>('corpus.json')
      .then((loaded) => {
        if (!Array.isArray(loaded.documents)) throw new Error('corpus.json has no document list');
        if (mounted.current) setCorpus(loaded);
      })
      .catch((error: unknown) => mounted.current && setCorpus({ failed: message(error) }));
  }, [wanted]);

  if (library === null) return { status: 'loading' };
  if ('failed' in library) return { status: 'failed', message: library.failed };
  if (corpus !== null && !('failed' in corpus)) return { status: 'ready', library, corpus };
  return { status: 'library', library, failed: corpus?.failed ?? null };
}

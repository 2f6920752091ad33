import { useEffect, useState } from 'react';
import type { Corpus } from '../core/corpus/types';

export type CorpusState =
  { status: 'loading' } | { status: 'ready'; corpus: Corpus } | { status: 'failed'; message: string };

/** Loads the corpus the build step wrote beside the page (corpus.json). */
export function useCorpus(): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetch('./corpus.json')
      .then((response) => {
        if (!response.ok) throw new Error(`corpus.json: ${response.status} ${response.statusText}`);
        return response.json() as Promise<Corpus>;
      })
      .then((corpus) => {
        if (!Array.isArray(corpus.documents)) throw new Error('corpus.json has no document list');
        if (live) setState({ status: 'ready', corpus });
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

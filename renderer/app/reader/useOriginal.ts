import { useEffect, useState } from 'react';
import { originalPath } from '../../core/corpus/shipped';
import type { PolicyDocument } from '../../core/corpus/types';

export type OriginalState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly text: string }
  | { readonly status: 'failed'; readonly message: string };

/**
 * A document's original file text, fetched when it is to be shown: the corpus the page loads at start leaves the
 * originals out (half its size). A corpus that carries it (as a test's may) is used as it is.
 */
export function useOriginal(doc: PolicyDocument | undefined, show: boolean): OriginalState {
  const [state, setState] = useState<{ docId: string; state: OriginalState } | null>(null);
  const docId = doc?.id ?? '';
  const carried = doc?.original ?? '';
  useEffect(() => {
    if (!show || docId === '' || carried !== '') return;
    let live = true;
    fetch(new URL(originalPath(docId), document.baseURI))
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        const text = await response.text();
        if (live) setState({ docId, state: { status: 'ready', text } });
      })
      .catch((error: unknown) => {
        if (live)
          setState({
            docId,
            state: { status: 'failed', message: error instanceof Error ? error.message : String(error) },
          });
      });
    return () => {
      live = false;
    };
  }, [show, docId, carried]);
  if (carried !== '') return { status: 'ready', text: carried };
  return state?.docId === docId ? state.state : { status: 'loading' };
}

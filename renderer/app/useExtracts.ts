import { useEffect } from 'react';
import { appStore, useAppState, type Extracts } from './state/store';

export type { Extracts } from './state/store';

/** The one request for extracts.json; a failed one is forgotten so the next view that needs it asks again. */
let loading: Promise<Extracts> | null = null;

/** What the build step extracted (extracts.json): the store's `extracts`, loaded once, when a view first needs it. */
export function useExtracts(): { extracts: Extracts | null; error: string | null } {
  useEffect(() => {
    if (appStore.getState().extracts.data !== null) return;
    loading ??= fetch('./extracts.json').then((r) => {
      if (!r.ok) throw new Error(`extracts.json: ${r.status} ${r.statusText}`);
      return r.json() as Promise<Extracts>;
    });
    loading
      .then((data) => appStore.setState({ extracts: { data, error: null } }))
      .catch((error: Error) => {
        loading = null;
        appStore.setState({ extracts: { data: null, error: error.message } });
      });
  }, []);
  const { data, error } = useAppState((state) => state.extracts);
  return { extracts: data, error };
}

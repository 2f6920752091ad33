import { useEffect, useState } from 'react';
import type { CityProfile } from '../core/extract/city-profiles';
import type { Target } from '../core/extract/targets';

export interface Extracts {
  readonly cities: readonly CityProfile[];
  readonly targets: readonly Target[];
}

let loading: Promise<Extracts> | null = null;

/** What the build step extracted (extracts.json): loaded once, when a view first needs it. */
export function useExtracts(): { extracts: Extracts | null; error: string | null } {
  const [state, setState] = useState<{ extracts: Extracts | null; error: string | null }>({ extracts: null, error: null });
  useEffect(() => {
    let live = true;
    loading ??= fetch('./extracts.json').then((r) => {
      if (!r.ok) throw new Error(`extracts.json: ${r.status} ${r.statusText}`);
      return r.json() as Promise<Extracts>;
    });
    loading
      .then((extracts) => live && setState({ extracts, error: null }))
      .catch((error: Error) => {
        loading = null;
        if (live) setState({ extracts: null, error: error.message });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

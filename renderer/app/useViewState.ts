import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { appStore, useAppState } from './state/store';

/**
 * A view's own state (its filters, its sort) kept in the store's `views` for the rest of the session, so that
 * opening a row and coming Back finds the view as the person left it. Kept in memory only: a new run starts from
 * the defaults.
 */
export function useViewState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  // The first render's default, kept: a literal passed anew on each render must not read as a change.
  const [fallback] = useState(initial);
  const value = useAppState((state) => (key in state.views ? (state.views[key] as T) : fallback));
  // Kept as it is set, not when React next renders this view: a change made as the view is left (a click that opens
  // a row and navigates at once) is never rendered here, and must still be found on Back.
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) =>
      appStore.setState((state) => {
        const previous = key in state.views ? (state.views[key] as T) : fallback;
        const value = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        return { views: { ...state.views, [key]: value } };
      }),
    [key, fallback],
  );
  return [value, set];
}

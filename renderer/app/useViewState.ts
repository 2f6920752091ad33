import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A view's own state (its filters, its sort) kept for the rest of the session, so that opening a row and coming
 * Back finds the view as the person left it. Kept in memory only: a new run starts from the defaults.
 */
const kept = new Map<string, unknown>();

export function useViewState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    if (!kept.has(key)) kept.set(key, initial);
    return kept.get(key) as T;
  });
  // Kept as it is set, not when React next renders this view: a change made as the view is left (a click that opens
  // a row and navigates at once) is never rendered here, and must still be found on Back.
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) => {
      const previous = kept.get(key) as T;
      const value = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
      kept.set(key, value);
      setValue(value);
    },
    [key],
  );
  return [value, set];
}

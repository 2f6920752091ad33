import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A view's own state (its filters, its sort) kept for the rest of the session, so that opening a row and coming
 * Back finds the view as the person left it. Kept in memory only: a new run starts from the defaults.
 */
const kept = new Map<string, unknown>();

export function useViewState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => (kept.has(key) ? (kept.get(key) as T) : initial));
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) =>
      setValue((previous) => {
        const value = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        kept.set(key, value);
        return value;
      }),
    [key],
  );
  return [value, set];
}

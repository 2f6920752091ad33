/** The next turn of the event loop: long work awaits it between slices, so the page can draw and answer meanwhile. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` when the page is next idle (at the latest after `timeout` ms); where there is no requestIdleCallback,
 * on the next turn. Returns what cancels it.
 */
export function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout });
  return () => cancelIdleCallback(handle);
}

/**
 * Performance marks for moments a person waits for, set once per page load: the search benchmark
 * (scripts/bench/renderer.ts) reads them to time navigation → library drawn and navigation → first results drawn.
 * The mark is set after the frame that shows the moment: requestAnimationFrame runs just before that frame is
 * painted, and a task queued from it runs after.
 */
export function markOnce(name: 'app:first-paint' | 'search:first-result'): void {
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
    }, 0),
  );
}

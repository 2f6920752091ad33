import { useEffect, type RefObject } from 'react';

/**
 * Calls `onNear` when the element comes within 600 px of the window (a screen or so before it is seen): what a list
 * drawn a page at a time puts at its end, so the next page comes as the reader scrolls, before the end is reached.
 * Watched again whenever `watch` changes (the list grew, and the end may still be near); not at all while `onNear`
 * is null (a page is on its way).
 */
export function useWhenNear(target: RefObject<HTMLElement | null>, onNear: (() => void) | null, watch: unknown): void {
  useEffect(() => {
    const element = target.current;
    if (!element || !onNear) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onNear(), {
      rootMargin: '600px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, onNear, watch]);
}

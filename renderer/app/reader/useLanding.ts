import { useLayoutEffect } from 'react';
import type { PolicyDocument } from '../../core/corpus/types';
import { getSettings } from '../settings';
import { appStore } from '../state/store';

/** Lands where the address says: a paragraph, the place last read (once, after a start), or the top. */
export function useLanding(doc: PolicyDocument | undefined, paragraph: number | null): void {
  useLayoutEffect(() => {
    if (!doc) return;
    if (paragraph !== null) {
      const el = document.getElementById(`p-${paragraph}`);
      if (el) {
        el.scrollIntoView({ block: 'start' });
        el.focus({ preventScroll: true });
      }
    } else if (!appStore.getState().scrollRestored && getSettings().last?.hash === window.location.hash) {
      window.scrollTo(0, getSettings().last?.scrollY ?? 0);
    } else {
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('.doc-header h1')?.focus({ preventScroll: true });
    }
    // The saved scroll position is used once, for the first document shown after a start.
    appStore.setState({ scrollRestored: true });
  }, [doc, paragraph]);
}

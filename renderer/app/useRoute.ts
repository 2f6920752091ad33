import { useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from '../core/route/route';

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useRoute(): Route {
  return parseRoute(useHash());
}

/**
 * Goes to a route at once. Setting `location.hash` would announce the change only later, after keys already typed:
 * the first key typed into the search box from another view would be shown against the old address and lost.
 * So the history entry is written here and the change announced before this returns.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  navigateTo(formatRoute(route), options);
}

/** The same, to an address already written as a hash (`#/doc/…`). */
export function navigateTo(hash: string, options: { replace?: boolean } = {}): void {
  if (hash === window.location.hash) return;
  const oldURL = window.location.href;
  if (options.replace) window.history.replaceState(null, '', hash);
  else window.history.pushState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
}

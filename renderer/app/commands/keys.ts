import { keyLabel } from '../../core/commands/commands';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A key as the reader's own keyboard names it (⌘ on a Mac, Ctrl elsewhere), for the palette and the `?` sheet. */
export function shownKey(key: string): string {
  return keyLabel(key, MAC);
}

import { appStore, useAppState } from './state/store';
import { SETTINGS_KEY, FONT_SCALES, type Settings } from './state/settingsSchema';

export { FONT_SCALES, type Settings, type Theme, type UiLanguage } from './state/settingsSchema';

/** Changes what the reader chose, in the store, and remembers it in localStorage for the next start. */
export function updateSettings(change: Partial<Settings> | ((s: Settings) => Partial<Settings>)): void {
  appStore.setState((state) => {
    const patch = typeof change === 'function' ? change(state.settings) : change;
    const settings = { ...state.settings, ...patch };
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // Storage full or disabled: the setting still applies for this session.
    }
    return { settings };
  });
}

export function getSettings(): Settings {
  return appStore.getState().settings;
}

export function useSettings(): Settings {
  return useAppState((state) => state.settings);
}

export function stepFontScale(scale: number, direction: 1 | -1): number {
  const i = FONT_SCALES.findIndex((s) => s >= scale - 0.001);
  const next = Math.min(FONT_SCALES.length - 1, Math.max(0, (i === -1 ? 2 : i) + direction));
  return FONT_SCALES[next]!;
}

import { useSyncExternalStore } from 'react';
import { z } from 'zod';

/** What the reader remembers between runs. Stored in localStorage; anything unreadable falls back to defaults. */
const SettingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  uiLanguage: z.enum(['en', 'zh']).catch('en'),
  fontScale: z.number().min(0.8).max(1.6).catch(1),
  chineseScript: z.enum(['original', 'simplified']).catch('original'),
  /** Glossary terms underlined in the text, with their card on hover or focus. */
  glossaryMarks: z.boolean().catch(true),
  last: z
    .object({ hash: z.string().max(200), scrollY: z.number().min(0).max(1e7) })
    .nullable()
    .catch(null),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type Theme = Settings['theme'];
export type UiLanguage = Settings['uiLanguage'];

const KEY = 'shandong-reader.settings.v1';
export const FONT_SCALES = [0.8, 0.9, 1, 1.1, 1.2, 1.35, 1.5, 1.6] as const;

function defaults(): Settings {
  const zh = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh');
  return { theme: 'system', uiLanguage: zh ? 'zh' : 'en', fontScale: 1, chineseScript: 'original', glossaryMarks: true, last: null };
}

function load(): Settings {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return defaults();
    return { ...defaults(), ...SettingsSchema.parse({ ...defaults(), ...JSON.parse(raw) }) };
  } catch {
    return defaults();
  }
}

let current = load();
const listeners = new Set<() => void>();

export function updateSettings(change: Partial<Settings> | ((s: Settings) => Partial<Settings>)): void {
  const patch = typeof change === 'function' ? change(current) : change;
  current = { ...current, ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage full or disabled: the setting still applies for this session.
  }
  for (const listener of listeners) listener();
}

export function getSettings(): Settings {
  return current;
}

export function useSettings(): Settings {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export function stepFontScale(scale: number, direction: 1 | -1): number {
  const i = FONT_SCALES.findIndex((s) => s >= scale - 0.001);
  const next = Math.min(FONT_SCALES.length - 1, Math.max(0, (i === -1 ? 2 : i) + direction));
  return FONT_SCALES[next]!;
}

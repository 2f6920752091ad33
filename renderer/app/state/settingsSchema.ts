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

export const SETTINGS_KEY = 'shandong-reader.settings.v1';
export const FONT_SCALES = [0.8, 0.9, 1, 1.1, 1.2, 1.35, 1.5, 1.6] as const;

function defaults(): Settings {
  const zh = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh');
  return {
    theme: 'system',
    uiLanguage: zh ? 'zh' : 'en',
    fontScale: 1,
    chineseScript: 'original',
    glossaryMarks: true,
    last: null,
  };
}

export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    if (raw === null) return defaults();
    return { ...defaults(), ...SettingsSchema.parse({ ...defaults(), ...JSON.parse(raw) }) };
  } catch {
    return defaults();
  }
}

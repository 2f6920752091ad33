import { describe, expect, it } from 'vitest';
import { checkedMenuItems, MenuCommandSchema, MenuStateSchema, SaveFileSchema } from './bridge-contract';

describe('SaveFileSchema', () => {
  it('takes a plain file name and refuses paths and control characters', () => {
    expect(SaveFileSchema.safeParse({ suggestedName: 'shandong-targets.csv', kind: 'csv', content: 'a' }).success).toBe(
      true,
    );
    expect(SaveFileSchema.safeParse({ suggestedName: '山东目标.csv', kind: 'csv', content: 'a' }).success).toBe(true);
    for (const name of ['../x.csv', '/etc/passwd', 'C:\\x.csv', 'a\u0000.csv', 'a\nb.csv', '', 'x'.repeat(200)]) {
      expect(
        SaveFileSchema.safeParse({ suggestedName: name, kind: 'csv', content: 'a' }).success,
        JSON.stringify(name),
      ).toBe(false);
    }
    expect(SaveFileSchema.safeParse({ suggestedName: 'a.exe', kind: 'exe', content: 'a' }).success).toBe(false);
  });
});

describe('menu state', () => {
  it('checks one menu item per group, each one a command the menu sends', () => {
    expect(checkedMenuItems({ theme: 'dark', uiLanguage: 'zh' })).toEqual(['theme:dark', 'ui-language:zh']);
    for (const theme of ['system', 'light', 'dark'] as const) {
      for (const uiLanguage of ['en', 'zh'] as const) {
        for (const id of checkedMenuItems({ theme, uiLanguage }))
          expect(MenuCommandSchema.safeParse(id).success).toBe(true);
      }
    }
  });
  it('refuses anything but a known theme and language from the page', () => {
    expect(MenuStateSchema.safeParse({ theme: 'dark', uiLanguage: 'en' }).success).toBe(true);
    expect(MenuStateSchema.safeParse({ theme: 'neon', uiLanguage: 'en' }).success).toBe(false);
    expect(MenuStateSchema.safeParse({ theme: 'dark' }).success).toBe(false);
    expect(MenuStateSchema.safeParse('theme:dark').success).toBe(false);
  });
});

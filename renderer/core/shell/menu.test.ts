import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/commands';
import { MenuCommandSchema } from './bridge-contract';
import { menuTemplate, type MenuEntry } from './menu';

function commands(entries: readonly MenuEntry[]): Array<Extract<MenuEntry, { kind: 'command' }>> {
  return entries.flatMap((e) => (e.kind === 'command' ? [e] : e.kind === 'submenu' ? commands(e.items) : []));
}
const titles = (entries: readonly MenuEntry[]) => entries.flatMap((e) => (e.kind === 'submenu' ? [e.label] : []));

describe('the application menu', () => {
  it('follows the interface language', () => {
    const en = menuTemplate('en', { theme: 'system', uiLanguage: 'en' }, { mac: false, development: false });
    const zh = menuTemplate('zh', { theme: 'system', uiLanguage: 'zh' }, { mac: false, development: false });
    expect(titles(en)).toEqual(['&File', '&View', '&Help']);
    expect(titles(zh)).toEqual(['文件(&F)', '视图(&V)', '帮助(&H)']);
    expect(commands(en).find((c) => c.id === 'document:next')).toMatchObject({
      label: 'Next document',
      accelerator: 'CmdOrCtrl+]',
    });
    expect(commands(zh).find((c) => c.id === 'document:next')).toMatchObject({ label: '下一份文件' });
    for (const c of commands(zh)) expect(c.label, c.id).toMatch(/\p{Script=Han}|English/u);
  });

  it('holds every command the registry puts in a menu, each one the page accepts', () => {
    const items = commands(menuTemplate('en', { theme: 'dark', uiLanguage: 'en' }, { mac: true, development: true }));
    expect(items.map((c) => c.id).sort()).toEqual(
      COMMANDS.filter((c) => 'menu' in c)
        .map((c) => c.id)
        .sort(),
    );
    for (const c of items) expect(MenuCommandSchema.safeParse(c.id).success).toBe(true);
  });

  it('checks the theme and the language in use, one in each group', () => {
    const items = commands(menuTemplate('zh', { theme: 'dark', uiLanguage: 'zh' }, { mac: false, development: false }));
    expect(items.filter((c) => c.checked).map((c) => c.id)).toEqual(['theme:dark', 'ui-language:zh']);
    expect(items.find((c) => c.id === 'theme:light')).toMatchObject({ label: '浅色', radio: true, checked: false });
  });
});

import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { Channels, type MenuState } from '../renderer/core/shell/bridge-contract';
import { menuTemplate, type MenuEntry } from '../renderer/core/shell/menu';

/**
 * The application menu, from the command registry (renderer/core/shell/menu.ts says what is in it, in the
 * interface language). Its items send the page their command; the rest are Electron's own roles.
 */
export function buildMenu(
  win: BrowserWindow,
  development: boolean,
  state: MenuState = { theme: 'system', uiLanguage: 'en' },
): void {
  const toElectron = (entry: MenuEntry): MenuItemConstructorOptions => {
    switch (entry.kind) {
      case 'role':
        return { role: entry.role };
      case 'separator':
        return { type: 'separator' };
      case 'submenu':
        return {
          label: entry.label,
          ...(entry.role ? { role: entry.role } : {}),
          submenu: entry.items.map(toElectron),
        };
      case 'command':
        return {
          id: entry.id,
          label: entry.label,
          ...(entry.accelerator !== undefined ? { accelerator: entry.accelerator } : {}),
          ...(entry.radio ? { type: 'radio' as const, checked: entry.checked === true } : {}),
          click: () => win.webContents.send(Channels.menuCommand, entry.id),
        };
    }
  };
  const template = menuTemplate(state.uiLanguage, state, { mac: process.platform === 'darwin', development });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)));
}

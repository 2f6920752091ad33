import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { Channels, checkedMenuItems, type MenuCommand, type MenuState } from '../renderer/core/shell/bridge-contract';

/** The application menu. Items that concern the reader send it a command; the rest are Electron's own roles. */
export function buildMenu(win: BrowserWindow, development: boolean): void {
  const send = (command: MenuCommand) => () => win.webContents.send(Channels.menuCommand, command);
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Library', accelerator: 'CmdOrCtrl+L', click: send('show:library') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Previous Document', accelerator: 'CmdOrCtrl+[', click: send('document:previous') },
        { label: 'Next Document', accelerator: 'CmdOrCtrl+]', click: send('document:next') },
        { type: 'separator' },
        { label: 'Larger Text', click: send('font:larger') },
        { label: 'Smaller Text', click: send('font:smaller') },
        { label: 'Default Text Size', click: send('font:reset') },
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: [
            { id: 'theme:system', label: 'System', type: 'radio', checked: true, click: send('theme:system') },
            { id: 'theme:light', label: 'Light', type: 'radio', click: send('theme:light') },
            { id: 'theme:dark', label: 'Dark', type: 'radio', click: send('theme:dark') },
          ],
        },
        {
          label: 'Interface Language',
          submenu: [
            { id: 'ui-language:en', label: 'English', type: 'radio', checked: true, click: send('ui-language:en') },
            { id: 'ui-language:zh', label: '中文', type: 'radio', click: send('ui-language:zh') },
          ],
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(development ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      role: 'help',
      submenu: [{ label: 'About These Documents', click: send('show:about') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Shows the reader's current theme and interface language as chosen in the menu (they can change in the page). */
export function syncMenu(state: MenuState): void {
  const menu = Menu.getApplicationMenu();
  for (const id of checkedMenuItems(state)) {
    const item = menu?.getMenuItemById(id);
    if (item) item.checked = true;
  }
}

import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { Channels, type MenuCommand } from '../renderer/core/shell/bridge-contract';

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
            { label: 'System', type: 'radio', checked: true, click: send('theme:system') },
            { label: 'Light', type: 'radio', click: send('theme:light') },
            { label: 'Dark', type: 'radio', click: send('theme:dark') },
          ],
        },
        {
          label: 'Interface Language',
          submenu: [
            { label: 'English', click: send('ui-language:en') },
            { label: '中文', click: send('ui-language:zh') },
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

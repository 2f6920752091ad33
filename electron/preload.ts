// The one bridge: a small, typed API on window.shandongReader. Nothing else of Electron reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  AppInfoSchema,
  Channels,
  CopyTextSchema,
  MenuCommandSchema,
  MenuStateSchema,
  OpenedFileSchema,
  SaveFileSchema,
  SaveResultSchema,
  type MenuCommand,
  type ReaderBridge,
} from '../renderer/core/shell/bridge-contract';

const api: ReaderBridge = {
  shell: 'electron',
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      const parsed = MenuCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(Channels.menuCommand, handler);
    return () => ipcRenderer.removeListener(Channels.menuCommand, handler);
  },
  async appInfo() {
    return AppInfoSchema.parse(await ipcRenderer.invoke(Channels.appInfo));
  },
  async copyText(text: string) {
    await ipcRenderer.invoke(Channels.copyText, CopyTextSchema.parse(text));
  },
  async saveFile(request) {
    return SaveResultSchema.parse(await ipcRenderer.invoke(Channels.saveFile, SaveFileSchema.parse(request)));
  },
  async openFile() {
    return OpenedFileSchema.parse(await ipcRenderer.invoke(Channels.openFile));
  },
  reportMenuState(state) {
    ipcRenderer.send(Channels.menuState, MenuStateSchema.parse(state));
  },
  onOpenLink(listener: (hash: string) => void) {
    const handler = (_event: IpcRendererEvent, hash: unknown): void => {
      if (typeof hash === 'string' && hash.startsWith('#/doc/') && hash.length < 400) listener(hash);
    };
    ipcRenderer.on(Channels.openLink, handler);
    return () => ipcRenderer.removeListener(Channels.openLink, handler);
  },
};

contextBridge.exposeInMainWorld('shandongReader', api);

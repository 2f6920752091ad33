// The one bridge: a small, typed API on window.shandongReader. Nothing else of Electron reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  AppInfoSchema,
  Channels,
  CopyTextSchema,
  MenuCommandSchema,
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
};

contextBridge.exposeInMainWorld('shandongReader', api);

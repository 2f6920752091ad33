// The one bridge: a small, typed API on window.shandongReader. Nothing else of Electron reaches the page.
import '../renderer/core/zod-config';
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  AppInfoSchema,
  Channels,
  CopyTextSchema,
  MenuCommandSchema,
  MenuStateSchema,
  NotesBackupFileSchema,
  OpenedFileSchema,
  SaveFileSchema,
  SaveResultSchema,
  type MenuCommand,
  type ReaderBridge,
} from '../renderer/core/shell/bridge-contract';

// Links opened from other programs (shandong-reader://…). Listened for from the start, so that one that arrives
// before the page subscribes (the link that started the program) is kept, not lost.
const linkListeners = new Set<(hash: string) => void>();
let pendingLink: string | null = null;
ipcRenderer.on(Channels.openLink, (_event: IpcRendererEvent, hash: unknown) => {
  if (!(typeof hash === 'string' && hash.startsWith('#/doc/') && hash.length < 400)) return;
  if (linkListeners.size === 0) pendingLink = hash;
  for (const listener of linkListeners) listener(hash);
});

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
  async writeBackup(backup) {
    await ipcRenderer.invoke(Channels.writeBackup, NotesBackupFileSchema.parse(backup));
  },
  async readBackup() {
    return NotesBackupFileSchema.nullable().parse(await ipcRenderer.invoke(Channels.readBackup));
  },
  onOpenLink(listener: (hash: string) => void) {
    linkListeners.add(listener);
    // A link that opened the program arrived before the page was listening: hand it over now.
    if (pendingLink !== null) {
      const hash = pendingLink;
      pendingLink = null;
      queueMicrotask(() => listener(hash));
    }
    return () => linkListeners.delete(listener);
  },
};

contextBridge.exposeInMainWorld('shandongReader', api);

import {
  AppInfoSchema,
  CopyTextSchema,
  MenuCommandSchema,
  MenuStateSchema,
  MAX_OPEN_BYTES,
  OpenedFileSchema,
  SaveFileSchema,
  SaveResultSchema,
  type OpenedFile,
  type ReaderBridge,
  type SaveFileRequest,
  NotesBackupFileSchema,
} from '../core/shell/bridge-contract';

const MIME: Record<SaveFileRequest['kind'], string> = {
  csv: 'text/csv',
  markdown: 'text/markdown',
  json: 'application/json',
};

/** In a browser, an import is a file input. */
function chooseFile(): Promise<OpenedFile> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > MAX_OPEN_BYTES)
        return reject(
          new Error(
            `${file.name} is larger than ${MAX_OPEN_BYTES / 1_000_000} MB; an export of notes is much smaller.`,
          ),
        );
      file.text().then((content) => resolve({ name: file.name, content }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** In a browser, an export is a download. */
function download(request: SaveFileRequest): Promise<'saved'> {
  const { suggestedName, kind, content } = SaveFileSchema.parse(request);
  const url = URL.createObjectURL(new Blob([content], { type: `${MIME[kind]};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve('saved');
}

declare global {
  interface Window {
    /** Set by the desktop shell's preload script; absent in a plain browser. */
    readonly shandongReader?: ReaderBridge;
  }
}

/** In a plain browser there is no application menu; the reader's own controls do the same things. */
const browserBridge: ReaderBridge = {
  shell: 'browser',
  onMenuCommand: () => () => undefined,
  appInfo: () => Promise.resolve({ name: 'Shandong Policy Reader', version: __APP_VERSION__, shell: 'browser' }),
  copyText: (text) => navigator.clipboard.writeText(CopyTextSchema.parse(text)),
  saveFile: download,
  openFile: chooseFile,
  reportMenuState: () => undefined,
  onOpenLink: () => () => undefined,
  // A browser keeps its backups in a second IndexedDB database (notes/backup.ts); there is no file to write.
  writeBackup: () => Promise.resolve(),
  readBackup: () => Promise.resolve(null),
};

function checked(bridge: ReaderBridge): ReaderBridge {
  return {
    shell: 'electron',
    onMenuCommand: (listener) =>
      bridge.onMenuCommand((command) => {
        const parsed = MenuCommandSchema.safeParse(command);
        if (parsed.success) listener(parsed.data);
      }),
    appInfo: async () => AppInfoSchema.parse(await bridge.appInfo()),
    copyText: (text) => bridge.copyText(CopyTextSchema.parse(text)),
    saveFile: async (request) => SaveResultSchema.parse(await bridge.saveFile(SaveFileSchema.parse(request))),
    openFile: async () => OpenedFileSchema.parse(await bridge.openFile()),
    reportMenuState: (state) => bridge.reportMenuState(MenuStateSchema.parse(state)),
    onOpenLink: (listener) =>
      bridge.onOpenLink((hash) => {
        if (typeof hash === 'string' && hash.startsWith('#/doc/') && hash.length < 400) listener(hash);
      }),
    writeBackup: (backup) => bridge.writeBackup(NotesBackupFileSchema.parse(backup)),
    readBackup: async () => NotesBackupFileSchema.nullable().parse(await bridge.readBackup()),
  };
}

export const bridge: ReaderBridge = window.shandongReader ? checked(window.shandongReader) : browserBridge;

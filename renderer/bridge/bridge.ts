import {
  AppInfoSchema,
  CopyTextSchema,
  MenuCommandSchema,
  SaveFileSchema,
  SaveResultSchema,
  type ReaderBridge,
  type SaveFileRequest,
} from '../core/shell/bridge-contract';

const MIME: Record<SaveFileRequest['kind'], string> = { csv: 'text/csv', markdown: 'text/markdown', json: 'application/json' };

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
  };
}

export const bridge: ReaderBridge = window.shandongReader ? checked(window.shandongReader) : browserBridge;

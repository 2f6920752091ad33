import { AppInfoSchema, CopyTextSchema, MenuCommandSchema, type ReaderBridge } from '../core/shell/bridge-contract';

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
  };
}

export const bridge: ReaderBridge = window.shandongReader ? checked(window.shandongReader) : browserBridge;

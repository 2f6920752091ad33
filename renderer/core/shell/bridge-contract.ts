import { z } from 'zod';

/**
 * The one bridge between the reader and the desktop shell. The preload script exposes it as
 * `window.shandongReader`; in a plain browser the reader falls back to browser means. Everything
 * that crosses it is checked against these schemas on the receiving side.
 */
export const MenuCommandSchema = z.enum([
  'theme:light',
  'theme:dark',
  'theme:system',
  'ui-language:en',
  'ui-language:zh',
  'font:larger',
  'font:smaller',
  'font:reset',
  'document:next',
  'document:previous',
  'show:library',
  'show:about',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const AppInfoSchema = z.object({
  name: z.string().max(100),
  version: z.string().max(50),
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** IPC channel names, shared by the main process and the preload script. */
export const Channels = {
  menuCommand: 'reader:menu-command',
  appInfo: 'reader:app-info',
  copyText: 'reader:copy-text',
} as const;

/** Text the reader may put on the clipboard through the shell: a link or a quotation, never huge. */
export const CopyTextSchema = z.string().min(1).max(20_000);

export interface ReaderBridge {
  readonly shell: 'electron' | 'browser';
  /** Subscribes to commands from the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  appInfo(): Promise<AppInfo>;
  /** Puts text on the clipboard (in the desktop app the shell does it, so the page needs no clipboard permission). */
  copyText(text: string): Promise<void>;
}

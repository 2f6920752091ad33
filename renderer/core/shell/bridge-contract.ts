import { z } from 'zod';
import { MENU_COMMAND_IDS } from '../commands/commands';

/**
 * The one bridge between the reader and the desktop shell. The preload script exposes it as
 * `window.shandongReader`; in a plain browser the reader falls back to browser means. Everything
 * that crosses it is checked against these schemas on the receiving side.
 */
/** A command the menu sends: any command of the registry that is in the menu. */
export const MenuCommandSchema = z.enum(MENU_COMMAND_IDS);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const AppInfoSchema = z.object({
  name: z.string().max(100),
  version: z.string().max(50),
  shell: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** What the reader tells the shell about its settings, so that the menu's choices show the current ones. */
export const MenuStateSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  uiLanguage: z.enum(['en', 'zh']),
});
export type MenuState = z.infer<typeof MenuStateSchema>;

/** The menu items (by their command, which is also their id) that show as chosen for a state: one per group. */
export function checkedMenuItems(state: MenuState): MenuCommand[] {
  return [`theme:${state.theme}`, `ui-language:${state.uiLanguage}`];
}

/** IPC channel names, shared by the main process and the preload script. */
export const Channels = {
  menuCommand: 'reader:menu-command',
  appInfo: 'reader:app-info',
  copyText: 'reader:copy-text',
  saveFile: 'reader:save-file',
  openFile: 'reader:open-file',
  openLink: 'reader:open-link',
  menuState: 'reader:menu-state',
  writeBackup: 'reader:write-backup',
  readBackup: 'reader:read-backup',
} as const;

/** An automatic backup of the notes, as the desktop app keeps it in the user's data folder: JSON, capped. */
export const NotesBackupFileSchema = z.object({
  taken: z.iso.datetime(),
  content: z.string().max(50_000_000),
});
export type NotesBackupFile = z.infer<typeof NotesBackupFileSchema>;

/** A file the reader asks to save (an export): a plain name, no path, and a size a person would export. */
export const SaveFileSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(120)
    .refine(
      (name) => !/[/\\:*?"<>|]/.test(name) && ![...name].some((ch) => ch.charCodeAt(0) < 32),
      'a file name without a path',
    ),
  kind: z.enum(['csv', 'markdown', 'json']),
  content: z.string().max(50_000_000),
});
export type SaveFileRequest = z.infer<typeof SaveFileSchema>;
export const SaveResultSchema = z.enum(['saved', 'cancelled']);

/** A file the person chose to import: its name and text, or null if they cancelled. */
export const MAX_OPEN_BYTES = 20_000_000;
export const OpenedFileSchema = z
  .object({ name: z.string().max(260), content: z.string().max(MAX_OPEN_BYTES) })
  .nullable();
export type OpenedFile = z.infer<typeof OpenedFileSchema>;
export type SaveResult = z.infer<typeof SaveResultSchema>;

/** Text the reader may put on the clipboard through the shell: a link or a quotation, never huge. */
export const CopyTextSchema = z.string().min(1).max(20_000);

export interface ReaderBridge {
  readonly shell: 'electron' | 'browser';
  /** Subscribes to commands from the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  appInfo(): Promise<AppInfo>;
  /** Puts text on the clipboard (in the desktop app the shell does it, so the page needs no clipboard permission). */
  copyText(text: string): Promise<void>;
  /** Saves an export: a save dialog in the desktop app, a download in the browser. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Asks for a JSON file to import: an open dialog in the desktop app, a file input in the browser. */
  openFile(): Promise<OpenedFile>;
  /** Tells the application menu which theme and interface language are in use (desktop app only). */
  reportMenuState(state: MenuState): void;
  /** Subscribes to links in the program's scheme opened from outside (desktop app only); gets an in-app address. */
  onOpenLink(listener: (hash: string) => void): () => void;
  /** Keeps a backup of the notes as a file in the user's data folder, the newest three (desktop app only). */
  writeBackup(backup: NotesBackupFile): Promise<void>;
  /** The newest backup file, or null (desktop app only; in a browser, always null). */
  readBackup(): Promise<NotesBackupFile | null>;
}

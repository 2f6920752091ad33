import { renameSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { BrowserWindow } from 'electron';
import { restoreWindowState, type Rect, type WindowState } from '../renderer/core/shell/window-state';

export async function loadWindowState(file: string, displays: readonly Rect[]): Promise<WindowState> {
  let saved: unknown = null;
  try {
    saved = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    // First run, or a file that cannot be read: the default size.
  }
  return restoreWindowState(saved, displays);
}

/**
 * Saves size and place when they change (a moment after the last change), and once more, at once, as the window
 * closes: the app quits right after, so a timer would never fire. Written to a temporary file and renamed, so a
 * crash never leaves half a file.
 */
export function trackWindowState(win: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const current = (): string =>
    JSON.stringify({ ...win.getNormalBounds(), maximized: win.isMaximized() } satisfies WindowState);
  const temp = `${file}.${process.pid}.tmp`;
  const save = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.isDestroyed()) return;
      void writeFile(temp, current())
        .then(() => rename(temp, file))
        .catch(() => undefined);
    }, 300);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', save);
  win.on('close', () => {
    clearTimeout(timer);
    try {
      writeFileSync(temp, current());
      renameSync(temp, file);
    } catch {
      // Not saved: the next start uses the last size saved, or the default.
    }
  });
}

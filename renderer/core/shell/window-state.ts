import { z } from 'zod';

/** The main window's size and place, remembered between runs. Pure: the shell does the file and screen I/O. */
export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 800, maximized: false };
const MIN = { width: 640, height: 480 };

/**
 * Reads saved state (anything: a corrupt file gives the default) and fits it to the displays there are
 * now, so a window saved on a monitor that is gone does not open off screen.
 */
export function restoreWindowState(saved: unknown, displays: readonly Rect[]): WindowState {
  const parsed = WindowStateSchema.safeParse(saved);
  if (!parsed.success || displays.length === 0) return DEFAULT_WINDOW;
  const state = parsed.data;
  const width = Math.max(MIN.width, state.width);
  const height = Math.max(MIN.height, state.height);
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const { x, y } = state;
  const home = displays.find(
    (d) => x + 100 > d.x && x + 100 < d.x + d.width && y + 50 > d.y && y + 50 < d.y + d.height,
  );
  if (!home) return { width, height, maximized: state.maximized };
  return {
    x,
    y,
    width: Math.min(width, home.width),
    height: Math.min(height, home.height),
    maximized: state.maximized,
  };
}

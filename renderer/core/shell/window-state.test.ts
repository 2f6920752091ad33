import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, restoreWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoreWindowState', () => {
  it('restores a window that is on a display', () => {
    expect(restoreWindowState({ x: 100, y: 80, width: 1200, height: 780, maximized: true }, [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 780,
      maximized: true,
    });
  });
  it('drops the position of a window whose display is gone, keeping its size', () => {
    expect(restoreWindowState({ x: 2000, y: 100, width: 1200, height: 780 }, [laptop])).toEqual({
      width: 1200,
      height: 780,
      maximized: false,
    });
    expect(restoreWindowState({ x: 2000, y: 100, width: 1200, height: 780 }, [laptop, external]).x).toBe(2000);
  });
  it('shrinks a window larger than its display, and grows one too small to use', () => {
    expect(restoreWindowState({ x: 0, y: 0, width: 3000, height: 2000 }, [laptop])).toMatchObject({
      width: 1440,
      height: 900,
    });
    expect(restoreWindowState({ width: 200, height: 200 }, [laptop])).toMatchObject({ width: 640, height: 480 });
  });
  it('gives the default for anything corrupt', () => {
    for (const bad of [null, 'x', { width: 'wide' }, { width: 1e9, height: 10 }, []]) {
      expect(restoreWindowState(bad, [laptop])).toEqual(DEFAULT_WINDOW);
    }
  });
});

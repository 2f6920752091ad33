import { describe, expect, it } from 'vitest';
import { BOUNDS, HEIGHT, linePath, project, WIDTH } from './projection';

describe('map projection', () => {
  it('puts the corners of the frame at the corners of the drawing', () => {
    expect(project(BOUNDS.west, BOUNDS.north)).toEqual([0, 0]);
    const [x, y] = project(BOUNDS.east, BOUNDS.south);
    expect(x).toBeCloseTo(WIDTH, 0);
    expect(y).toBeCloseTo(HEIGHT, 0);
  });
  it('puts Qingdao east and south of Jinan, and Weihai furthest east', () => {
    const jinan = project(117.12, 36.65);
    const qingdao = project(120.38, 36.07);
    const weihai = project(122.12, 37.51);
    expect(qingdao[0]).toBeGreaterThan(jinan[0]);
    expect(qingdao[1]).toBeGreaterThan(jinan[1]);
    expect(weihai[0]).toBeGreaterThan(qingdao[0]);
  });
  it('draws a line as an SVG path', () => {
    expect(
      linePath([
        [114.3, 38.6],
        [123.2, 38.6],
      ]),
    ).toMatch(/^M0 0L1000(\.\d)? 0$/);
  });
});

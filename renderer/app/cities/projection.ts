/** The map's frame: the extent of assets/shandong-region.geojson, 114.3°E–123.2°E, 34.0°N–38.6°N. */
export const BOUNDS = { west: 114.3, east: 123.2, south: 34.0, north: 38.6 } as const;
/** Width of the drawing in SVG units; the height follows from the projection. */
export const WIDTH = 1000;

// Equirectangular, with longitude shrunk by the cosine of the middle latitude so shapes are not stretched.
const K = Math.cos((((BOUNDS.north + BOUNDS.south) / 2) * Math.PI) / 180);
const SCALE = WIDTH / ((BOUNDS.east - BOUNDS.west) * K);
export const HEIGHT = Math.round((BOUNDS.north - BOUNDS.south) * SCALE);

export function project(lon: number, lat: number): [x: number, y: number] {
  return [Math.round((lon - BOUNDS.west) * K * SCALE * 10) / 10, Math.round((BOUNDS.north - lat) * SCALE * 10) / 10];
}

/** An SVG path for a line of [lon, lat] points. */
export function linePath(points: ReadonlyArray<readonly number[]>): string {
  return points.map(([lon, lat], i) => `${i === 0 ? 'M' : 'L'}${project(lon!, lat!).join(' ')}`).join('');
}

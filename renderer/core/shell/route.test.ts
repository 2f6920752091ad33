import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from './route';

describe('routes', () => {
  it('reads deep links to a paragraph', () => {
    expect(parseRoute('#/doc/mayors-17-cities/p/5')).toEqual({ view: 'document', docId: 'mayors-17-cities', paragraph: 5 });
    expect(parseRoute('#/doc/mayors-17-cities')).toEqual({ view: 'document', docId: 'mayors-17-cities', paragraph: null });
    expect(parseRoute('#/about')).toEqual({ view: 'about' });
  });

  it('round-trips every route', () => {
    for (const hash of ['#/', '#/about', '#/doc/a-1', '#/doc/a-1/p/0', '#/doc/a-1/p/123']) {
      expect(formatRoute(parseRoute(hash))).toBe(hash);
    }
  });

  it('takes anything odd for the library, never throwing', () => {
    for (const hash of ['', '#', '#/doc/', '#/doc/../../etc/p/1', '#/doc/a/p/-1', '#/doc/a/p/1e9', '#/doc/<script>', `#/doc/${'a'.repeat(100)}`]) {
      expect(parseRoute(hash)).toEqual({ view: 'library' });
    }
  });
});

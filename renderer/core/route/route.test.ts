import { describe, expect, it } from 'vitest';
import { formatAppLink, formatRoute, parseAppLink, parseRoute } from './route';

describe('routes', () => {
  it('reads deep links to a paragraph', () => {
    expect(parseRoute('#/doc/mayors-17-cities/p/5')).toEqual({
      view: 'document',
      docId: 'mayors-17-cities',
      paragraph: 5,
    });
    expect(parseRoute('#/doc/mayors-17-cities')).toEqual({
      view: 'document',
      docId: 'mayors-17-cities',
      paragraph: null,
    });
    expect(parseRoute('#/about')).toEqual({ view: 'about' });
  });

  it('reads searches, and links from a search hit to its paragraph', () => {
    expect(parseRoute('#/search?q=new+materials')).toEqual({ view: 'search', query: 'new materials' });
    expect(parseRoute('#/search?q=%E5%B1%B1%E6%9D%B1')).toEqual({ view: 'search', query: '山東' });
    expect(parseRoute('#/doc/a/p/3?q=%22high-end%22')).toEqual({
      view: 'document',
      docId: 'a',
      paragraph: 3,
      query: '"high-end"',
    });
    expect(parseRoute('#/search')).toEqual({ view: 'search', query: '' });
    expect((parseRoute(`#/search?q=${'x'.repeat(5000)}`) as { query: string }).query).toHaveLength(1000);
  });

  it('reads the cities view and a city page', () => {
    expect(parseRoute('#/cities')).toEqual({ view: 'cities', cityId: null });
    expect(parseRoute('#/cities/taian')).toEqual({ view: 'cities', cityId: 'taian' });
    expect(parseRoute('#/cities/Tai%27an')).toEqual({ view: 'library' });
  });

  it('reads a link to the clause a target came from, ignoring a bad span', () => {
    expect(parseRoute('#/doc/a/p/1?span=143-203')).toEqual({
      view: 'document',
      docId: 'a',
      paragraph: 1,
      span: [143, 203],
    });
    for (const bad of ['203-143', '1-1', 'x-2', '1-2-3', '99999999-100000000']) {
      expect(parseRoute(`#/doc/a/p/1?span=${bad}`)).toEqual({ view: 'document', docId: 'a', paragraph: 1 });
    }
    expect(parseRoute('#/targets')).toEqual({ view: 'targets' });
  });

  it('reads the links of exported notes, and nothing else', () => {
    expect(parseAppLink('shandong-reader://doc/work-report-2022/p/1?a=ann-12345678')).toEqual({
      view: 'document',
      docId: 'work-report-2022',
      paragraph: 1,
      annotation: 'ann-12345678',
    });
    expect(parseAppLink(formatAppLink('a', 0))).toEqual({ view: 'document', docId: 'a', paragraph: 0 });
    for (const bad of [
      'https://evil/doc/a/p/1',
      'shandong-reader://doc/../../etc',
      'shandong-reader://doc/a/p/1?a=<script>',
      'shandong-reader://doc/A/p/1',
      'shandong-reader://doc/a/p/1?a=x&b=y',
      'shandong-reader://doc/a/p/1#x',
      `shandong-reader://doc/${'a'.repeat(300)}`,
      'javascript:alert(1)',
    ]) {
      expect(parseAppLink(bad), bad).toBeNull();
    }
    expect(parseRoute('#/doc/a/p/1?a=ann-12345678')).toMatchObject({ annotation: 'ann-12345678' });
    expect(parseRoute('#/doc/a/p/1?a=bad')).not.toHaveProperty('annotation');
  });

  it('round-trips every route', () => {
    for (const hash of [
      '#/',
      '#/about',
      '#/notes',
      '#/doc/a/p/1?a=ann-12345678',
      '#/targets',
      '#/doc/a/p/1?span=3-9',
      '#/cities',
      '#/cities/jinan',
      '#/doc/a-1',
      '#/doc/a-1/p/0',
      '#/doc/a-1/p/123',
      '#/search?q=new+materials',
      '#/doc/a/p/2?q=%E5%B1%B1',
    ]) {
      expect(formatRoute(parseRoute(hash))).toBe(hash);
    }
  });

  it('takes anything odd for the library, never throwing', () => {
    for (const hash of [
      '',
      '#',
      '#/doc/',
      '#/doc/../../etc/p/1',
      '#/doc/a/p/-1',
      '#/doc/a/p/1e9',
      '#/doc/<script>',
      `#/doc/${'a'.repeat(100)}`,
    ]) {
      expect(parseRoute(hash)).toEqual({ view: 'library' });
    }
  });
});

/** The reader's locations, as they appear after `#` in its address. Parsing never throws: unknown is the library. */
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'about' }
  | { readonly view: 'search'; readonly query: string }
  | { readonly view: 'cities'; readonly cityId: string | null }
  | {
      readonly view: 'document';
      readonly docId: string;
      readonly paragraph: number | null;
      /** Search matches to mark. */
      readonly query?: string;
      /** One span of the paragraph to mark: the clause a target came from. */
      readonly span?: readonly [number, number];
    }
  | { readonly view: 'targets' };

const DOC_ID = /^[a-z0-9-]{1,64}$/;
/** Longer search text in an address is cut (the search itself cuts queries shorter still). */
const MAX_QUERY_IN_ADDRESS = 1000;

function readParam(search: string | undefined, name: string): string {
  if (!search) return '';
  try {
    return (new URLSearchParams(search).get(name) ?? '').slice(0, MAX_QUERY_IN_ADDRESS);
  } catch {
    return '';
  }
}
const readQuery = (search: string | undefined): string => readParam(search, 'q');

function readSpan(search: string | undefined): readonly [number, number] | null {
  const m = /^(\d{1,7})-(\d{1,7})$/.exec(readParam(search, 'span'));
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return end > start ? [start, end] : null;
}

export function parseRoute(hash: string): Route {
  const [rawPath = '', search] = hash.replace(/^#/, '').split('?', 2);
  const path = rawPath.replace(/\/+$/, '');
  if (path === '/about') return { view: 'about' };
  if (path === '/search') return { view: 'search', query: readQuery(search) };
  if (path === '/cities') return { view: 'cities', cityId: null };
  if (path === '/targets') return { view: 'targets' };
  const city = /^\/cities\/([a-z]{1,32})$/.exec(path);
  if (city) return { view: 'cities', cityId: city[1]! };
  const match = /^\/doc\/([^/]+)(?:\/p\/(\d{1,6}))?$/.exec(path);
  if (match && DOC_ID.test(match[1]!)) {
    const query = readQuery(search);
    const paragraph = match[2] === undefined ? null : Number(match[2]);
    const span = paragraph === null ? null : readSpan(search);
    return { view: 'document', docId: match[1]!, paragraph, ...(query ? { query } : {}), ...(span ? { span } : {}) };
  }
  return { view: 'library' };
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'about':
      return '#/about';
    case 'targets':
      return '#/targets';
    case 'cities':
      return route.cityId === null ? '#/cities' : `#/cities/${route.cityId}`;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query }).toString()}`;
    case 'document': {
      const path = route.paragraph === null ? `#/doc/${route.docId}` : `#/doc/${route.docId}/p/${route.paragraph}`;
      const params: Record<string, string> = {};
      if (route.query) params.q = route.query;
      if (route.span && route.paragraph !== null) params.span = `${route.span[0]}-${route.span[1]}`;
      return Object.keys(params).length > 0 ? `${path}?${new URLSearchParams(params).toString()}` : path;
    }
  }
}

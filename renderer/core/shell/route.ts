/** The reader's locations, as they appear after `#` in its address. Parsing never throws: unknown is the library. */
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'about' }
  | { readonly view: 'search'; readonly query: string }
  | { readonly view: 'cities'; readonly cityId: string | null }
  | { readonly view: 'document'; readonly docId: string; readonly paragraph: number | null; readonly query?: string };

const DOC_ID = /^[a-z0-9-]{1,64}$/;
/** Longer search text in an address is cut (the search itself cuts queries shorter still). */
const MAX_QUERY_IN_ADDRESS = 1000;

function readQuery(search: string | undefined): string {
  if (!search) return '';
  try {
    return (new URLSearchParams(search).get('q') ?? '').slice(0, MAX_QUERY_IN_ADDRESS);
  } catch {
    return '';
  }
}

export function parseRoute(hash: string): Route {
  const [rawPath = '', search] = hash.replace(/^#/, '').split('?', 2);
  const path = rawPath.replace(/\/+$/, '');
  if (path === '/about') return { view: 'about' };
  if (path === '/search') return { view: 'search', query: readQuery(search) };
  if (path === '/cities') return { view: 'cities', cityId: null };
  const city = /^\/cities\/([a-z]{1,32})$/.exec(path);
  if (city) return { view: 'cities', cityId: city[1]! };
  const match = /^\/doc\/([^/]+)(?:\/p\/(\d{1,6}))?$/.exec(path);
  if (match && DOC_ID.test(match[1]!)) {
    const query = readQuery(search);
    return {
      view: 'document',
      docId: match[1]!,
      paragraph: match[2] === undefined ? null : Number(match[2]),
      ...(query ? { query } : {}),
    };
  }
  return { view: 'library' };
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'about':
      return '#/about';
    case 'cities':
      return route.cityId === null ? '#/cities' : `#/cities/${route.cityId}`;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query }).toString()}`;
    case 'document': {
      const path = route.paragraph === null ? `#/doc/${route.docId}` : `#/doc/${route.docId}/p/${route.paragraph}`;
      return route.query ? `${path}?${new URLSearchParams({ q: route.query }).toString()}` : path;
    }
  }
}

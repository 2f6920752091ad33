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
      /** An annotation to show. */
      readonly annotation?: string;
    }
  | { readonly view: 'notes' }
  | { readonly view: 'targets' };

const DOC_ID = /^[a-z0-9-]{1,64}$/;
const ANNOTATION_ID = /^[A-Za-z0-9-]{8,64}$/;
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
  if (path === '/notes') return { view: 'notes' };
  const city = /^\/cities\/([a-z]{1,32})$/.exec(path);
  if (city) return { view: 'cities', cityId: city[1]! };
  const match = /^\/doc\/([^/]+)(?:\/p\/(\d{1,6}))?$/.exec(path);
  if (match && DOC_ID.test(match[1]!)) {
    const query = readQuery(search);
    const paragraph = match[2] === undefined ? null : Number(match[2]);
    const span = paragraph === null ? null : readSpan(search);
    const annotation = readParam(search, 'a');
    return {
      view: 'document',
      docId: match[1]!,
      paragraph,
      ...(query ? { query } : {}),
      ...(span ? { span } : {}),
      ...(ANNOTATION_ID.test(annotation) ? { annotation } : {}),
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
    case 'targets':
      return '#/targets';
    case 'notes':
      return '#/notes';
    case 'cities':
      return route.cityId === null ? '#/cities' : `#/cities/${route.cityId}`;
    case 'search':
      return `#/search?${new URLSearchParams({ q: route.query }).toString()}`;
    case 'document': {
      const path = route.paragraph === null ? `#/doc/${route.docId}` : `#/doc/${route.docId}/p/${route.paragraph}`;
      const params: Record<string, string> = {};
      if (route.query) params.q = route.query;
      if (route.span && route.paragraph !== null) params.span = `${route.span[0]}-${route.span[1]}`;
      if (route.annotation) params.a = route.annotation;
      return Object.keys(params).length > 0 ? `${path}?${new URLSearchParams(params).toString()}` : path;
    }
  }
}

/** The program's own URL scheme, registered by the desktop app so links in exported notes open the passage. */
export const LINK_SCHEME = 'shandong-reader';

/** `shandong-reader://doc/<id>/p/<n>?a=<annotation>` for a paragraph (and an annotation in it). */
export function formatAppLink(docId: string, paragraph: number, annotation?: string): string {
  return `${LINK_SCHEME}://doc/${docId}/p/${paragraph}${annotation ? `?a=${annotation}` : ''}`;
}

/**
 * Reads a link in the program's scheme, which may come from anywhere (a Markdown editor, another program):
 * only `doc/<id>[/p/<n>][?a=<annotation>]` with well-formed parts is accepted; anything else is null.
 */
export function parseAppLink(url: string): Extract<Route, { view: 'document' }> | null {
  if (typeof url !== 'string' || url.length > 300) return null;
  const m = /^shandong-reader:\/\/doc\/([a-z0-9-]{1,64})(?:\/p\/(\d{1,6}))?\/?(?:\?a=([A-Za-z0-9-]{8,64}))?$/.exec(url);
  if (!m) return null;
  return {
    view: 'document',
    docId: m[1]!,
    paragraph: m[2] === undefined ? null : Number(m[2]),
    ...(m[3] ? { annotation: m[3] } : {}),
  };
}

/** The reader's locations, as they appear after `#` in its address. Parsing never throws: unknown is the library. */
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'about' }
  | { readonly view: 'document'; readonly docId: string; readonly paragraph: number | null };

const DOC_ID = /^[a-z0-9-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '/about') return { view: 'about' };
  const match = /^\/doc\/([^/]+)(?:\/p\/(\d{1,6}))?$/.exec(path);
  if (match && DOC_ID.test(match[1]!)) {
    return { view: 'document', docId: match[1]!, paragraph: match[2] === undefined ? null : Number(match[2]) };
  }
  return { view: 'library' };
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'about':
      return '#/about';
    case 'document':
      return route.paragraph === null ? `#/doc/${route.docId}` : `#/doc/${route.docId}/p/${route.paragraph}`;
  }
}

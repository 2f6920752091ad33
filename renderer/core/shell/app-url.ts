/** The reader is served from the shell's own privileged scheme, never from file:// or a server. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'reader';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Maps a request URL on the app scheme to a file path relative to the renderer's build folder, or null
 * for anything that is not one of our files (another host, an escape from the folder, odd encodings).
 */
export function appUrlToPath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path === '/' || path === '') return 'index.html';
  const parts = path.split('/').filter((p) => p.length > 0);
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\\') || p.includes('\0') || p.includes(':')))
    return null;
  return parts.join('/');
}

/** Whether a URL is one of the reader's own pages: the only origin the shell trusts messages from or lets a window go to. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The Content-Security-Policy of the page, as a <meta> tag can carry it: our own files only, nothing inline, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** What the shell sends as a header: the same, plus what only a header can say. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * The content type of each kind of file the program serves itself: the shell's protocol handler, and the benchmark's
 * server, which serves the app the same way.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// A static server for the built app, serving files as the desktop app's protocol handler does (electron/main.ts):
// straight from disk, not compressed. Vite's preview server gzips every response on the fly, which for the 10 MB
// corpus (22 MB of corpus.json) took 0.8 s a request on this machine: a cost of the test server, not of the program.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_TYPES } from '../../renderer/core/shell/app-url';

export function serveStatic(root: string, port: number): Promise<Server> {
  const base = normalize(root) + sep;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    let size = -1;
    try {
      if (file.startsWith(base)) size = statSync(file).isFile() ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    if (size < 0) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

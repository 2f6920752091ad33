import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './core/shell/app-url.ts';
import pkg from '../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..');

/** The built page carries the same strict CSP the shell sends, so the browser build is held to it too. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig(() => ({
  root: resolve(root, 'renderer'),
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [react(), contentSecurityPolicy()],
  // The corpus built from the seeds is served beside the page as corpus.json, search-index.bin and extracts.json.
  publicDir: resolve(root, 'build/data'),
  build: {
    outDir: resolve(root, 'build/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}));

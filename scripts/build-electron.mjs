// Bundles the shell's main and preload scripts with esbuild (CommonJS, `electron` left external).
// esbuild rather than electron-vite: two small entry points need no second build system, and it never
// asks for the Electron binary.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['electron'],
  sourcemap: 'linked',
  minify: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'build/electron/main.cjs' }),
  // A sandboxed preload may only require('electron'): everything else is bundled into it.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'build/electron/preload.cjs' }),
]);
console.error('shell: build/electron/main.cjs, build/electron/preload.cjs');

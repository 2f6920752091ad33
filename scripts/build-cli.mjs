// Bundles the command line into one file (build/cli.mjs) with esbuild, so it starts as plain Node: through tsx
// the same search spent about half a second compiling TypeScript before it read a byte of the index.
import { build } from 'esbuild';

await build({
  entryPoints: ['scripts/cli.ts'],
  outfile: process.argv[2] ?? 'build/cli.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies (opencc-js) call require; give the module one.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  minify: true,
  logLevel: 'warning',
});
console.error(`command line: ${process.argv[2] ?? 'build/cli.mjs'}`);

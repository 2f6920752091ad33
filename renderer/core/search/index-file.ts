import type { ExportedIndex } from './search';

/**
 * The shipped index as bytes (build/data/search-index.json, and what the benchmark measures as its size), and back.
 * One place decides the file's form, so the build, the worker, the command line and the benchmark agree.
 */
export function encodeIndex(index: ExportedIndex): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(index));
}

export function decodeIndex(bytes: Uint8Array): ExportedIndex {
  return JSON.parse(new TextDecoder().decode(bytes)) as ExportedIndex;
}

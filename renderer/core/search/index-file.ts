import type { PackedPostings } from './postings';
import type { ExportedIndex } from './search';
import { StringList } from './string-list';

/**
 * The shipped index as bytes (build/data/search-index.bin, and what the benchmark measures as its size), and back.
 * One place decides the file's form, so the build, the worker, the command line and the benchmark agree.
 *
 *   "SPRI"  u32 version  u32 header length  header (JSON, UTF-8)  padding to 4
 *   offsets  conceptOff  conceptData  counts  (32-bit integers, little-endian)  postings (bytes)
 *
 * The header holds the strings and the lengths of the arrays that follow, which are read in place without copying
 * or parsing. The long lists of strings (the terms, the vocabulary's words) are each one string, a line per entry,
 * kept as it is (see StringList). So loading is a small JSON parse and five views, not a parse of millions of
 * numbers or strings.
 */
const MAGIC = 'SPRI';

interface Header {
  readonly paragraphs: number;
  /** The terms, one a line (no term holds a line break: the analyzer never puts one in a word). */
  readonly terms: string;
  readonly concepts: readonly string[];
  readonly forms: readonly string[];
  /** The vocabulary's words, one a line. */
  readonly words: string;
  readonly lengths: readonly number[];
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function encodeIndex(index: ExportedIndex): Uint8Array {
  if (!littleEndian) throw new Error('the search index is written little-endian; this machine is not');
  const p = index.postings;
  const arrays = [p.offsets, p.conceptOff, p.conceptData, index.vocabulary.counts, p.bytes] as const;
  const header: Header = {
    paragraphs: p.paragraphs,
    terms: p.terms.text,
    concepts: p.concepts,
    forms: p.forms,
    words: index.vocabulary.words.text,
    lengths: arrays.map((a) => a.length),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align(12 + json.length);
  const bytes = new Uint8Array(start + arrays.reduce((n, a) => n + a.byteLength, 0));
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, index.version, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  let at = start;
  for (const a of arrays) {
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return bytes;
}

/** The index from its bytes; a clear error for a file that is not one, or of another version. */
export function decodeIndex(input: Uint8Array): ExportedIndex {
  if (!littleEndian) throw new Error('the search index is written little-endian; this machine is not');
  if (input.length < 12 || new TextDecoder().decode(input.subarray(0, 4)) !== MAGIC)
    throw new Error('the search index file is not one this program wrote: rebuild it (npm run corpus)');
  // The arrays are read in place, which needs them 4-byte aligned in memory: copy the rare input that is not.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== 3) throw new Error(`search index version ${version} is not supported: rebuild it (npm run corpus)`);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
  let at = bytes.byteOffset + align(12 + headerLength);
  const end = bytes.byteOffset + bytes.byteLength;
  const cutShort = (): never => {
    throw new Error('the search index file is cut short: rebuild it (npm run corpus)');
  };
  const next = (length: number): Int32Array => {
    if (at + length * 4 > end) cutShort();
    const a = new Int32Array(bytes.buffer, at, length);
    at += length * 4;
    return a;
  };
  if (header.lengths.length !== 5) throw new Error('the search index file is damaged: rebuild it (npm run corpus)');
  const [offsets, conceptOff, conceptData, counts] = header.lengths.slice(0, 4).map(next) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  if (at + header.lengths[4]! > end) cutShort();
  const postingBytes = new Uint8Array(bytes.buffer, at, header.lengths[4]);
  const postings: PackedPostings = {
    paragraphs: header.paragraphs,
    terms: StringList.fromText(header.terms),
    offsets,
    bytes: postingBytes,
    concepts: header.concepts,
    forms: header.forms,
    conceptOff,
    conceptData,
  };
  return { version: 3, postings, vocabulary: { words: StringList.fromText(header.words), counts } };
}

function align(n: number): number {
  return Math.ceil(n / 4) * 4;
}

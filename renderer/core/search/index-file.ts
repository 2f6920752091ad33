import type { PackedPostings } from './postings';
import type { ExportedIndex, LoadableIndex, Vocabulary } from './search';
import { StringList } from './string-list';

/**
 * The shipped index as bytes, and back: two files, so that a search waits only for what it needs.
 *   search-index.bin   the postings: what every search reads;
 *   search-words.bin   the vocabulary: every word of the corpus and how often it occurs, read only to correct a word
 *                      search does not know ("Did you mean …"). The reader fetches it after the index, so the first
 *                      search does not wait for it (2.5 MB of 15.6 at 10 MB of text).
 * One place decides their form, so the build, the worker, the command line and the benchmark agree. Each file is
 *
 *   magic (4 bytes)  u32 version  u32 header length  header (JSON, UTF-8)  padding to 4  arrays
 *
 * The header holds the strings and the lengths of the arrays that follow: 32-bit integers, little-endian, read in
 * place without copying or parsing, then (in the index) the postings' bytes. The long lists of strings (the terms,
 * the vocabulary's words) are each one string, a line per entry, kept as it is (see StringList). So loading is a
 * small JSON parse and a few views, not a parse of millions of numbers or strings.
 *   index: offsets  conceptOff  conceptData  postings (bytes)
 *   words: counts
 * Version 4 put the vocabulary in a file of its own; version 3 had it in the index.
 */
const INDEX = 'SPRI';
const WORDS = 'SPRW';
const VERSION = 4;

interface IndexHeader {
  readonly paragraphs: number;
  /** The terms, one a line (no term holds a line break: the analyzer never puts one in a word). */
  readonly terms: string;
  readonly concepts: readonly string[];
  readonly forms: readonly string[];
  readonly lengths: readonly number[];
}

interface WordsHeader {
  /** The vocabulary's words, one a line. */
  readonly words: string;
  readonly lengths: readonly number[];
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The two files of an exported index. */
export function encodeIndex(index: ExportedIndex): { readonly index: Uint8Array; readonly words: Uint8Array } {
  const p = index.postings;
  const postings: IndexHeader = {
    paragraphs: p.paragraphs,
    terms: p.terms.text,
    concepts: p.concepts,
    forms: p.forms,
    lengths: [p.offsets.length, p.conceptOff.length, p.conceptData.length, p.bytes.length],
  };
  const words: WordsHeader = { words: index.vocabulary.words.text, lengths: [index.vocabulary.counts.length] };
  return {
    index: pack(INDEX, postings, [p.offsets, p.conceptOff, p.conceptData, p.bytes]),
    words: pack(WORDS, words, [index.vocabulary.counts]),
  };
}

/** The index from its files' bytes (the vocabulary's may come later: see `decodeVocabulary`). */
export function decodeIndex(input: Uint8Array, words: Uint8Array): ExportedIndex;
export function decodeIndex(input: Uint8Array, words?: null): LoadableIndex;
export function decodeIndex(input: Uint8Array, words: Uint8Array | null = null): LoadableIndex {
  const { header, next, rest } = unpack<IndexHeader>(INDEX, 'search index', input, 4);
  const [offsets, conceptOff, conceptData] = header.lengths.slice(0, 3).map(next) as [
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const postings: PackedPostings = {
    paragraphs: header.paragraphs,
    terms: StringList.fromText(header.terms),
    offsets,
    bytes: rest(header.lengths[3]!),
    concepts: header.concepts,
    forms: header.forms,
    conceptOff,
    conceptData,
  };
  return { version: 3, postings, vocabulary: words === null ? null : decodeVocabulary(words) };
}

/** The vocabulary from its file's bytes (search-words.bin). */
export function decodeVocabulary(input: Uint8Array): Vocabulary {
  const { header, next } = unpack<WordsHeader>(WORDS, 'search vocabulary', input, 1);
  const words = StringList.fromText(header.words);
  const counts = next(header.lengths[0]!);
  if (counts.length !== words.length) throw damaged('search vocabulary');
  return { words, counts };
}

function pack(magic: string, header: object, arrays: ReadonlyArray<Int32Array | Uint8Array>): Uint8Array {
  if (!littleEndian) throw new Error('the search index is written little-endian; this machine is not');
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align(12 + json.length);
  let size = start;
  for (const a of arrays) size = align(size) + a.byteLength;
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(magic), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  let at = start;
  for (const a of arrays) {
    at = align(at);
    bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return bytes;
}

/**
 * A file's header, and readers of the arrays after it in order: `next` for 32-bit integers, `rest` for bytes. A
 * clear error for a file that is not one this program wrote, of another version, cut short or damaged.
 */
function unpack<H extends { lengths: readonly number[] }>(
  magic: string,
  what: string,
  input: Uint8Array,
  arrays: number,
): { header: H; next: (length: number) => Int32Array; rest: (length: number) => Uint8Array } {
  if (!littleEndian) throw new Error('the search index is written little-endian; this machine is not');
  if (input.length < 12 || new TextDecoder().decode(input.subarray(0, 4)) !== magic)
    throw new Error(`the ${what} file is not one this program wrote: rebuild it (npm run corpus)`);
  // The arrays are read in place, which needs them 4-byte aligned in memory: copy the rare input that is not (with
  // the constructor: a Node Buffer's slice is a view, not a copy).
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`${what} version ${version} is not supported: rebuild it (npm run corpus)`);
  const headerLength = view.getUint32(8, true);
  let header: H;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as H;
  } catch {
    throw damaged(what);
  }
  if (!Array.isArray(header.lengths) || header.lengths.length !== arrays) throw damaged(what);
  let at = bytes.byteOffset + align(12 + headerLength);
  const end = bytes.byteOffset + bytes.byteLength;
  const take = (size: number): number => {
    at = bytes.byteOffset + align(at - bytes.byteOffset);
    if (at + size > end) throw new Error(`the ${what} file is cut short: rebuild it (npm run corpus)`);
    const from = at;
    at += size;
    return from;
  };
  return {
    header,
    next: (length) => new Int32Array(bytes.buffer, take(length * 4), length),
    rest: (length) => new Uint8Array(bytes.buffer, take(length), length),
  };
}

const damaged = (what: string): Error => new Error(`the ${what} file is damaged: rebuild it (npm run corpus)`);

function align(n: number): number {
  return Math.ceil(n / 4) * 4;
}

import type { Span } from '../corpus/types';
import type { Analysis } from './analyze';
import { StringList } from './string-list';

/**
 * A positional inverted index, compressed: for every index term, the paragraphs that hold it and where in each
 * (character offsets into the paragraph's text). It answers a query's words, phrases, runs of Chinese and concepts
 * exactly, from the index alone: a phrase is its words at adjacent offsets with only spaces or hyphens between, a run
 * of Chinese its bigrams at consecutive offsets. So no paragraph has to be analysed again at query time, totals and
 * counts per document come from the postings, and only the page shown needs spans.
 *
 * One term's postings, at `offsets[term]` in `bytes`, as variable-length integers (7 bits a byte, LEB128), each list
 * as gaps from the one before, which keeps most numbers to one byte:
 *   n                          paragraphs holding the term
 *   pid gaps × n               each paragraph id less the one before, less one (ids ascend)
 *   counts × n                 occurrences in each paragraph
 *   run lengths × n            bytes of each paragraph's occurrences, so one paragraph's are read without the rest
 *   occurrences                per paragraph, each occurrence's start less the one before (from 0); and for a
 *                              word its length (a Han term's length is its own)
 * Ten megabytes of text index into about fifteen megabytes (as 32-bit numbers, thirty-two). A query decodes only its
 * own terms: their paragraphs and counts at once, the offsets in a paragraph when a phrase or the page shown needs
 * them.
 * Concepts are kept apart, by paragraph (`conceptOff`, then quads of concept, start, end, form), because the reader
 * asks for a paragraph's concepts to mark them; by concept they are gathered once, at load.
 */
export interface PackedPostings {
  readonly paragraphs: number;
  /** Every index term, sorted in code-unit order. */
  readonly terms: StringList;
  readonly offsets: Int32Array;
  readonly bytes: Uint8Array;
  /** Concept ids, and the surface forms found (lower case, Han folded), by number. */
  readonly concepts: readonly string[];
  readonly forms: readonly string[];
  readonly conceptOff: Int32Array;
  readonly conceptData: Int32Array;
}

/** Paragraphs (ascending ids) with a count and the spans of something in each: a term, a phrase, a concept. */
export interface Hits {
  readonly pids: ArrayLike<number>;
  count(i: number): number;
  spans(i: number): Span[];
}

export const NO_HITS: Hits = { pids: [], count: () => 0, spans: () => [] };

const HAN_START = /^\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

interface TermBuild {
  readonly han: boolean;
  readonly pids: number[];
  readonly occ: number[];
  readonly starts: number[];
  readonly ends: number[];
}

/** Collects the postings paragraph by paragraph, in increasing paragraph id. */
export class PostingsBuilder {
  private readonly terms = new Map<string, TermBuild>();
  private readonly conceptIds = new Map<string, number>();
  private readonly forms = new Map<string, number>();
  private readonly conceptOff: number[] = [0];
  private readonly conceptData: number[] = [];
  private paragraphs = 0;

  add(pid: number, a: Analysis): void {
    if (pid !== this.paragraphs) throw new Error(`postings: paragraph ${pid} added out of order`);
    this.paragraphs++;
    const found = new Map<string, number[]>();
    const at = (term: string, start: number, end: number): void => {
      const list = found.get(term);
      if (list) list.push(start, end);
      else found.set(term, [start, end]);
    };
    for (const w of a.words) at(w.term, w.span[0], w.span[1]);
    for (const m of a.folded.matchAll(HAN_RUN)) {
      const run = m[0];
      for (let i = 0; i < run.length; i++) {
        at(run[i]!, m.index + i, m.index + i + 1);
        if (i + 1 < run.length) at(run.slice(i, i + 2), m.index + i, m.index + i + 2);
      }
    }
    for (const [term, pairs] of found) {
      let t = this.terms.get(term);
      if (t === undefined) {
        t = { han: HAN_START.test(term), pids: [], occ: [0], starts: [], ends: [] };
        this.terms.set(term, t);
      }
      t.pids.push(pid);
      // Words are found in text order; Han terms run by run, also in text order.
      for (let i = 0; i < pairs.length; i += 2) {
        t.starts.push(pairs[i]!);
        if (!t.han) t.ends.push(pairs[i + 1]!);
      }
      t.occ.push(t.starts.length);
    }
    for (const c of a.concepts) {
      const concept = numbered(this.conceptIds, c.concept);
      const form = numbered(this.forms, a.folded.slice(c.span[0], c.span[1]).toLowerCase());
      this.conceptData.push(concept, c.span[0], c.span[1], form);
    }
    this.conceptOff.push(this.conceptData.length / 4);
  }

  finish(): PackedPostings {
    // Sorted, so a term is found by binary search in the list itself: loading builds no map of them.
    const terms = [...this.terms.keys()].sort(byCodeUnit);
    const offsets = new Int32Array(terms.length + 1);
    const out = new ByteWriter();
    terms.forEach((term, i) => {
      offsets[i] = out.length;
      const t = this.terms.get(term)!;
      out.write(t.pids.length);
      let previous = -1;
      for (const pid of t.pids) {
        out.write(pid - previous - 1);
        previous = pid;
      }
      for (let k = 0; k < t.pids.length; k++) out.write(t.occ[k + 1]! - t.occ[k]!);
      const run = (k: number, emit: (value: number) => void): void => {
        let before = 0;
        for (let j = t.occ[k]!; j < t.occ[k + 1]!; j++) {
          emit(t.starts[j]! - before);
          before = t.starts[j]!;
          if (!t.han) emit(t.ends[j]! - t.starts[j]!);
        }
      };
      for (let k = 0; k < t.pids.length; k++) {
        let size = 0;
        run(k, (value) => (size += varintSize(value)));
        out.write(size);
      }
      for (let k = 0; k < t.pids.length; k++) run(k, (value) => out.write(value));
    });
    offsets[terms.length] = out.length;
    return {
      paragraphs: this.paragraphs,
      terms: StringList.from(terms),
      offsets,
      bytes: out.bytes(),
      concepts: [...this.conceptIds.keys()],
      forms: [...this.forms.keys()],
      conceptOff: Int32Array.from(this.conceptOff),
      conceptData: Int32Array.from(this.conceptData),
    };
  }
}

function varintSize(value: number): number {
  let size = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 128)) size++;
  return size;
}

/** Variable-length unsigned integers into a growing byte array. */
class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Strings in UTF-16 code-unit order (what `<` compares), the order terms are looked up in. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function numbered(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

/** One term's postings: its paragraphs and counts decoded at once, a paragraph's offsets when asked for. */
class TermHits implements Hits {
  readonly pids: Int32Array;
  private readonly occ: Int32Array;
  /** Where each paragraph's occurrences start in the bytes. */
  private readonly runs: Int32Array;

  constructor(
    private readonly bytes: Uint8Array,
    offset: number,
    /** A Han term's length; 0 for a word, whose occurrences carry their own. */
    private readonly length: number,
  ) {
    const r = { at: offset };
    const n = readVarint(bytes, r);
    this.pids = new Int32Array(n);
    let pid = -1;
    for (let i = 0; i < n; i++) this.pids[i] = pid += readVarint(bytes, r) + 1;
    this.occ = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.occ[i + 1] = this.occ[i]! + readVarint(bytes, r);
    // The runs' sizes come before the runs: their sum is where the first run starts, so the sizes are kept as they are
    // read, turned into starts once all are in (no array of sizes apart).
    this.runs = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.runs[i + 1] = this.runs[i]! + readVarint(bytes, r);
    for (let i = 0; i <= n; i++) this.runs[i] = this.runs[i]! + r.at;
  }

  count(i: number): number {
    return this.occ[i + 1]! - this.occ[i]!;
  }

  /** Starts and ends of paragraph i's occurrences, read from its run of bytes. */
  occurrences(i: number): { starts: Int32Array; ends: Int32Array } {
    const m = this.count(i);
    const starts = new Int32Array(m);
    const ends = new Int32Array(m);
    const r = { at: this.runs[i]! };
    let start = 0;
    for (let j = 0; j < m; j++) {
      starts[j] = start += readVarint(this.bytes, r);
      ends[j] = start + (this.length === 0 ? readVarint(this.bytes, r) : this.length);
    }
    return { starts, ends };
  }

  spans(i: number): Span[] {
    // Read straight into spans (this runs for every candidate of a query of several words).
    const m = this.count(i);
    const out: Span[] = [];
    const r = { at: this.runs[i]! };
    let start = 0;
    for (let j = 0; j < m; j++) {
      start += readVarint(this.bytes, r);
      out.push([start, start + (this.length === 0 ? readVarint(this.bytes, r) : this.length)]);
    }
    return out;
  }
}

/** One variable-length unsigned integer at `r.at`, moving past it. */
function readVarint(bytes: Uint8Array, r: { at: number }): number {
  let byte = bytes[r.at++]!;
  let value = byte & 0x7f;
  let scale = 128;
  while (byte & 0x80) {
    byte = bytes[r.at++]!;
    value += (byte & 0x7f) * scale;
    scale *= 128;
  }
  return value;
}

/** Every concept's occurrences: their quads grouped by concept (in paragraph order), and each quad's paragraph. */
interface ConceptOccurrences {
  readonly pidOf: Int32Array;
  readonly start: Int32Array;
  readonly quads: Int32Array;
}

/** A concept's occurrences (quads in paragraph order) as hits. */
class ConceptHits implements Hits {
  readonly pids: Int32Array;
  private readonly occ: Int32Array;

  constructor(
    private readonly data: Int32Array,
    private readonly quads: Int32Array,
    pidOf: Int32Array,
  ) {
    let n = 0;
    for (let k = 0; k < quads.length; k++) if (k === 0 || pidOf[quads[k]!] !== pidOf[quads[k - 1]!]) n++;
    this.pids = new Int32Array(n);
    this.occ = new Int32Array(n + 1);
    let i = -1;
    for (let k = 0; k < quads.length; k++) {
      if (k === 0 || pidOf[quads[k]!] !== pidOf[quads[k - 1]!]) this.pids[++i] = pidOf[quads[k]!]!;
      this.occ[i + 1] = k + 1;
    }
  }

  count(i: number): number {
    return this.occ[i + 1]! - this.occ[i]!;
  }

  spans(i: number): Span[] {
    const out: Span[] = [];
    for (let k = this.occ[i]!; k < this.occ[i + 1]!; k++) {
      const q = this.quads[k]!;
      out.push([this.data[q * 4 + 1]!, this.data[q * 4 + 2]!]);
    }
    return out;
  }
}

/** Paragraphs and their spans, worked out in full (a phrase, a filtered concept). */
export class ListHits implements Hits {
  constructor(
    readonly pids: number[],
    private readonly lists: Span[][],
  ) {}
  count(i: number): number {
    return this.lists[i]!.length;
  }
  spans(i: number): Span[] {
    return this.lists[i]!;
  }
}

/** The paragraphs every one of several hits holds, with all their spans, one hits' after another. */
class AllOfHits implements Hits {
  constructor(
    readonly pids: number[],
    private readonly parts: readonly Hits[],
    private readonly at: readonly number[][],
  ) {}
  count(i: number): number {
    let n = 0;
    for (let k = 0; k < this.parts.length; k++) n += this.parts[k]!.count(this.at[k]![i]!);
    return n;
  }
  spans(i: number): Span[] {
    return this.parts.flatMap((part, k) => part.spans(this.at[k]![i]!));
  }
}

/** The index of `pid` in ascending `pids`, or -1. */
export function indexOfPid(pids: ArrayLike<number>, pid: number, from = 0): number {
  let lo = from;
  let hi = pids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = pids[mid]!;
    if (v === pid) return mid;
    if (v < pid) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The paragraphs all lists hold, and where each is in every list: the shortest list walked, the others searched
 * by galloping from the last place found, so the cost follows the shortest list, not the longest.
 */
export function intersect(lists: readonly ArrayLike<number>[]): { pids: number[]; at: number[][] } {
  const order = lists.map((_, k) => k).sort((x, y) => lists[x]!.length - lists[y]!.length);
  const first = order[0]!;
  const rest = order.slice(1);
  const shortest = lists[first]!;
  const pids: number[] = [];
  const at: number[][] = lists.map(() => []);
  const cursor = lists.map(() => 0);
  outer: for (let i = 0; i < shortest.length; i++) {
    const pid = shortest[i]!;
    for (const k of rest) {
      const list = lists[k]!;
      const j = gallop(list, pid, cursor[k]!);
      cursor[k] = j;
      if (j >= list.length || list[j] !== pid) continue outer;
    }
    pids.push(pid);
    at[first]!.push(i);
    for (const k of rest) at[k]!.push(cursor[k]!);
  }
  return { pids, at };
}

/** The first index at or after `from` whose value is at least `pid`. */
export function gallop(list: ArrayLike<number>, pid: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < list.length && list[hi]! < pid) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, list.length);
  let lo = from;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < pid) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether text[from, to) holds only white space and hyphens (-, ‐, –): what may stand between a phrase's words. */
function onlySpacesOrHyphens(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2013 || c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80 || !/\s/u.test(text[i]!)) return false;
  }
  return true;
}

/** The sorted union of ascending lists, without repeats. */
export function union(lists: readonly ArrayLike<number>[]): ArrayLike<number> {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return [];
  // One list is its own union: no copy.
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  const out: number[] = [];
  const cursor = nonEmpty.map(() => 0);
  for (;;) {
    let min = Number.POSITIVE_INFINITY;
    for (let k = 0; k < nonEmpty.length; k++)
      if (cursor[k]! < nonEmpty[k]!.length) min = Math.min(min, nonEmpty[k]![cursor[k]!]!);
    if (min === Number.POSITIVE_INFINITY) return out;
    out.push(min);
    for (let k = 0; k < nonEmpty.length; k++) if (nonEmpty[k]![cursor[k]!] === min) cursor[k]!++;
  }
}

/** The query side of the packed postings. */
export class Postings {
  private byConcept: ConceptOccurrences | null = null;

  constructor(readonly packed: PackedPostings) {}

  /** Whether some paragraph holds the term. */
  has(term: string): boolean {
    return this.packed.terms.find(term) !== -1;
  }

  /** Gathers what the first query would otherwise: the concepts by id. */
  prepare(): void {
    this.conceptIndex();
  }

  get paragraphs(): number {
    return this.packed.paragraphs;
  }

  private term(term: string): TermHits | null {
    const i = this.packed.terms.find(term);
    if (i === -1) return null;
    return new TermHits(this.packed.bytes, this.packed.offsets[i]!, HAN_START.test(term) ? term.length : 0);
  }

  /** Paragraphs holding a word, a Chinese character or bigram. */
  termHits(term: string): Hits {
    return this.term(term) ?? NO_HITS;
  }

  /** Paragraphs holding each of the terms somewhere, with every occurrence of each (in the terms' order). */
  allOf(terms: readonly string[]): Hits {
    const parts = terms.map((t) => this.term(t));
    if (parts.length === 0 || parts.some((p) => p === null)) return NO_HITS;
    const { pids, at } = intersect(parts.map((p) => p!.pids));
    return new AllOfHits(pids, parts as TermHits[], at);
  }

  /** Where the words stand side by side in this order, with only spaces or hyphens between (in `texts`). */
  phrase(terms: readonly string[], text: (pid: number) => string): Hits {
    if (terms.length === 0) return NO_HITS;
    if (terms.length === 1) return this.termHits(terms[0]!);
    const parts = terms.map((t) => this.term(t));
    if (parts.some((p) => p === null)) return NO_HITS;
    const words = parts as TermHits[];
    const { pids, at } = intersect(words.map((p) => p.pids));
    const keep: number[] = [];
    const lists: Span[][] = [];
    pids.forEach((pid, i) => {
      const paragraph = text(pid);
      const found: Span[] = [];
      const occurrences = words.map((word, w) => word.occurrences(at[w]![i]!));
      const first = occurrences[0]!;
      for (let k = 0; k < first.starts.length; k++) {
        let end = first.ends[k]!;
        let ok = true;
        for (let w = 1; w < words.length && ok; w++) {
          // The next word: the first occurrence of this term at or after the end of the one before; anything but
          // spaces and hyphens between them (another word, a full stop) breaks the phrase.
          const { starts, ends } = occurrences[w]!;
          const j = gallop(starts, end, 0);
          if (j >= starts.length || !onlySpacesOrHyphens(paragraph, end, starts[j]!)) ok = false;
          else end = ends[j]!;
        }
        if (ok) found.push([first.starts[k]!, end]);
      }
      if (found.length > 0) {
        keep.push(pid);
        lists.push(found);
      }
    });
    return new ListHits(keep, lists);
  }

  /** Where a run of (folded) Chinese occurs: its bigrams at consecutive offsets; overlapping occurrences too. */
  han(phrase: string): Hits {
    // In UTF-16 code units, as the index counts them (a character beyond the BMP is two, and its own bigram). A
    // character or a bigram is a term of its own: its postings are the answer, their offsets read only for the page.
    if (phrase.length <= 2) return phrase.length > 0 ? this.termHits(phrase) : NO_HITS;
    const bigrams: TermHits[] = [];
    for (let i = 0; i + 1 < phrase.length; i++) {
      const t = this.term(phrase.slice(i, i + 2));
      if (t === null) return NO_HITS;
      bigrams.push(t);
    }
    const { pids, at } = intersect(bigrams.map((b) => b.pids));
    const keep: number[] = [];
    const lists: Span[][] = [];
    pids.forEach((pid, i) => {
      const found: Span[] = [];
      const all = bigrams.map((bigram, b) => bigram.occurrences(at[b]![i]!).starts);
      for (const p of all[0]!) {
        let ok = true;
        for (let b = 1; b < bigrams.length && ok; b++) {
          const starts = all[b]!;
          const j = gallop(starts, p + b, 0);
          ok = j < starts.length && starts[j] === p + b;
        }
        if (ok) found.push([p, p + phrase.length]);
      }
      if (found.length > 0) {
        keep.push(pid);
        lists.push(found);
      }
    });
    return new ListHits(keep, lists);
  }

  /** Where a concept occurs, leaving out the surface forms in `except` (lower case, Han folded). */
  concept(id: string, except: readonly string[] = []): Hits {
    const index = this.conceptIndex();
    const c = this.packed.concepts.indexOf(id);
    if (c === -1) return NO_HITS;
    let quads = index.quads.subarray(index.start[c]!, index.start[c + 1]!);
    if (except.length > 0) {
      const excluded = new Set(except.map((f) => this.packed.forms.indexOf(f)).filter((f) => f !== -1));
      quads = quads.filter((q) => !excluded.has(this.packed.conceptData[q * 4 + 3]!));
    }
    return new ConceptHits(this.packed.conceptData, quads, index.pidOf);
  }

  /** A paragraph's concepts, in the order the analyzer found them. */
  conceptsOf(pid: number): Array<{ concept: string; span: Span }> {
    const { conceptOff, conceptData, concepts } = this.packed;
    const out: Array<{ concept: string; span: Span }> = [];
    for (let q = conceptOff[pid]!; q < conceptOff[pid + 1]!; q++)
      out.push({ concept: concepts[conceptData[q * 4]!]!, span: [conceptData[q * 4 + 1]!, conceptData[q * 4 + 2]!] });
    return out;
  }

  /** Concepts by number, gathered from the paragraphs once (a counting sort): few beside the words. */
  private conceptIndex(): ConceptOccurrences {
    if (this.byConcept) return this.byConcept;
    const { conceptOff, conceptData, concepts } = this.packed;
    const total = conceptData.length / 4;
    const pidOf = new Int32Array(total);
    for (let pid = 0; pid < this.packed.paragraphs; pid++) pidOf.fill(pid, conceptOff[pid]!, conceptOff[pid + 1]!);
    const start = new Int32Array(concepts.length + 1);
    for (let q = 0; q < total; q++) start[conceptData[q * 4]! + 1]!++;
    for (let c = 0; c < concepts.length; c++) start[c + 1]! += start[c]!;
    const next = start.slice(0, concepts.length);
    const quads = new Int32Array(total);
    for (let q = 0; q < total; q++) quads[next[conceptData[q * 4]!]!++] = q;
    return (this.byConcept = { pidOf, start, quads });
  }
}

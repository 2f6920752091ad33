// Measuring: memory of one worker's heap, percentiles, and agreement with the reference.
//
// Memory. Each engine × corpus runs in a worker thread of its own: a separate V8 isolate, with a heap of its own that
// v8.getHeapStatistics() reports alone (the main thread and the other runs are not in it). The worker first loads the
// corpus and the glossary, collects garbage and takes that heap as its baseline; every figure is the heap after a
// full collection minus that baseline, so "search memory" is what the engine adds, not the corpus text the reader
// holds anyway. The heap counted is V8's used heap plus its external memory (ArrayBuffers: an index may keep typed
// arrays outside the JavaScript heap). The peak while building is the largest such heap seen just before any garbage
// collection during the build (V8's GC profiler reports each), or at its end: the memory the build made V8 hold,
// garbage not yet collected included. MB here are 10^6 bytes, as the corpora's sizes are.
import v8 from 'node:v8';
import vm from 'node:vm';

export const MB = 1e6;

/**
 * The garbage collector, callable. Node gives it only to a process started with --expose-gc, which a worker thread
 * cannot ask for; setting the flag at run time and taking `gc` from a new context gives the same function.
 */
export function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** The heap of this isolate in use now: JavaScript objects and the ArrayBuffers they hold. */
export function heapBytes(): number {
  const s = v8.getHeapStatistics();
  return s.used_heap_size + s.external_memory;
}

/** The heap after full collections: what is still reachable. Twice, for what the first only made unreachable. */
export function settledHeap(gc: () => void): number {
  gc();
  gc();
  return heapBytes();
}

/** The largest heap seen during some work: before each garbage collection (garbage included), and at the end. */
export async function peakHeapDuring<T>(work: () => T | Promise<T>): Promise<{ value: T; peak: number }> {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const value = await work();
  const end = heapBytes();
  const { statistics } = profiler.stop();
  let peak = end;
  for (const s of statistics)
    peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize + s.beforeGC.heapStatistics.externalMemory);
  return { value, peak };
}

/** The nearest-rank percentile of some numbers (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Agreement {
  /** Of every (query, paragraph) pair the reference finds, the share also found; 1 when it finds none. */
  readonly recall: number;
  /** Of every pair found, the share the reference also finds; 1 when none is found. */
  readonly precision: number;
  /** The queries (their positions in the set) whose results are not the reference's. */
  readonly differing: readonly number[];
}

/**
 * Recall and precision of one engine's result sets against the reference's, micro-averaged: pooled over every
 * (query, paragraph) pair, so a query with many results counts for as many pairs.
 */
export function agreement(
  reference: ReadonlyArray<ArrayLike<number>>,
  found: ReadonlyArray<ArrayLike<number>>,
): Agreement {
  if (reference.length !== found.length)
    throw new Error(`${found.length} result sets to compare with ${reference.length}`);
  let expected = 0;
  let returned = 0;
  let both = 0;
  const differing: number[] = [];
  reference.forEach((ref, q) => {
    const want = new Set(Array.from(ref));
    const got = new Set(Array.from(found[q]!));
    let common = 0;
    for (const id of got) if (want.has(id)) common++;
    expected += want.size;
    returned += got.size;
    both += common;
    if (common !== want.size || common !== got.size) differing.push(q);
  });
  return {
    recall: expected === 0 ? 1 : both / expected,
    precision: returned === 0 ? 1 : both / returned,
    differing,
  };
}

/** Result sets packed into two arrays (positions, and where each query's run ends), to pass between threads cheaply. */
export interface PackedSets {
  readonly ids: Int32Array;
  readonly ends: Int32Array;
}

export function packSets(sets: readonly (readonly number[])[]): PackedSets {
  const ends = new Int32Array(sets.length);
  let total = 0;
  sets.forEach((s, i) => (ends[i] = total += s.length));
  const ids = new Int32Array(total);
  let at = 0;
  for (const s of sets) for (const id of s) ids[at++] = id;
  return { ids, ends };
}

export function unpackSets(packed: PackedSets): Int32Array[] {
  const out: Int32Array[] = [];
  let start = 0;
  for (const end of packed.ends) {
    out.push(packed.ids.subarray(start, end));
    start = end;
  }
  return out;
}

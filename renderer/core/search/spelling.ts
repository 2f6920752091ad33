import { foldWord, plainWord } from './fold';
import type { StringList } from './string-list';

/**
 * Spelling correction for English query words: a word search does not know ("hydorgen", "Qingdoa") is corrected to
 * the corpus word it most likely meant, a transposition counted as one edit (optimal string alignment).
 *
 * The corpus's words, sorted, are walked as the trie they imply, with one row of the edit-distance table per
 * letter: a word shares the rows of the letters it has in common with the word before, and as soon as every cell
 * of a row is over the edits allowed, every word with that prefix is skipped (found by binary search). So a search
 * visits the few thousand prefixes near the word typed, and needs nothing but the sorted list the index ships.
 * Two libraries were measured first, on 10 MB of text (165,000 distinct words): a symmetric-delete index (SymSpell,
 * from mnemonist) took 20 s and hundreds of megabytes to build, on the first misspelled query; Pass-Join (also
 * mnemonist) built in 0.3 s and 20 MB but took 1 to 15 ms a query, measuring every word that shares a short segment
 * with the one typed. The walk builds nothing, answers in well under a millisecond, and finds exactly what SymSpell
 * did (the search evaluation is unchanged).
 */
/**
 * How many letters a word may be off and still be corrected: none under five letters (too many short words are a
 * letter apart), one at five, two from six, as Elasticsearch's AUTO fuzziness allows.
 */
export function maxEdits(word: string): number {
  return word.length < 5 ? 0 : word.length === 5 ? 1 : 2;
}

/**
 * Whether a correction is looked for: a word of letters, long enough to be corrected (`maxEdits`), that search does
 * not know. Needs only `knows`, not the corpus's words, so a caller can tell before it has them.
 */
export function correctable(word: string, knows: (term: string) => boolean): boolean {
  const plain = plainWord(word);
  return maxEdits(plain) > 0 && /^\p{L}+$/u.test(plain) && !knows(foldWord(word));
}

export class Speller {
  /**
   * @param words every word of the corpus (plain: lower case, no diacritics), sorted
   * @param counts how often each of them occurs
   * @param known whether search can find a word by this term (folded): the corpus's words and the glossary's
   */
  constructor(
    private readonly words: StringList,
    private readonly counts: ArrayLike<number>,
    private readonly known: (term: string) => boolean,
  ) {}

  /** Whether search can find this word as typed: some word of the corpus or of the glossary folds the same. */
  knows(word: string): boolean {
    return this.known(foldWord(word));
  }

  /** The corpus word a word it does not know most likely meant: the fewest edits, then the most frequent; or null. */
  correct(word: string): string | null {
    if (!correctable(word, this.known)) return null;
    const plain = plainWord(word);
    const best = nearestWords(this.words, plain, maxEdits(plain)).sort(
      (a, b) => this.counts[b.index]! - this.counts[a.index]! || (a.term < b.term ? -1 : 1),
    )[0];
    return best?.term ?? null;
  }
}

/** A correction written the way the word was typed: "QINGDAO" for QINGDOA, "Qingdao" for Qingdoa. */
export function inCaseOf(typed: string, corrected: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return corrected.toUpperCase();
  if (typed[0] !== undefined && typed[0] === typed[0].toUpperCase())
    return corrected[0]!.toUpperCase() + corrected.slice(1);
  return corrected;
}

let rows: Int32Array[] = [];

type Found = Array<{ term: string; distance: number; index: number }>;

/**
 * The words of a sorted list fewest edits from `word`, one to `k` (the word itself is not one): all those one edit
 * away if there are any, else all those two away, and so on; with their distance and place. One walk, whose limit
 * comes down to the fewest edits found so far: the words that begin as `word` does are walked first, where a
 * misspelling's correction most often is, so that the rest is walked within one edit. A word with no correction near
 * it is walked once, within `k` (a walk within one edit, then another within two, did the narrow part twice).
 */
export function nearestWords(list: StringList, word: string, k: number): Found {
  const found: Found = [];
  if (k < 1) return found;
  const limit = { k };
  const first = word.length > 0 ? word.charCodeAt(0) : -1;
  const lo = first < 0 ? 0 : list.lowerBound(String.fromCharCode(first));
  const hi = first < 0 ? 0 : first === 0xffff ? list.length : list.lowerBound(String.fromCharCode(first + 1));
  for (const [from, to] of [
    [lo, hi],
    [0, lo],
    [hi, list.length],
  ] as const)
    walk(list, word, limit, from, to, found);
  return found.filter((f) => f.distance === limit.k);
}

/**
 * The words of list[from, to) within `limit.k` edits of `word` (a transposition is one), added to `found`. A word
 * found at fewer edits (one or more) lowers the limit for the rest of the walk, and what was found farther is dropped.
 * Rows worked out under a higher limit stay right under a lower one: a cell is the exact distance, or more than the
 * limit it was worked out under, so more than any lower one too.
 */
function walk(list: StringList, word: string, limit: { k: number }, from: number, to: number, found: Found): void {
  const n = word.length;
  if (rows[0]?.length !== n + 1) rows = [];
  const row = (depth: number): Int32Array => (rows[depth] ??= new Int32Array(n + 1));
  const top = row(0);
  for (let j = 0; j <= n; j++) top[j] = j;
  /** The letters of the prefix whose rows are worked out, and how many of them are. */
  const path: number[] = [];
  let valid = 0;
  let i = from;
  while (i < to) {
    const k = limit.k;
    const length = list.lengthOf(i);
    // The rows this word shares with the word last walked: the strings skipped since all began with more of it than
    // this one shares with the one before (a count capped at 255 only works out a row again).
    const depth = i === from ? 0 : Math.min(valid, length, list.sharedWithPrevious(i));
    valid = depth;
    let pruned = 0;
    for (let d = depth + 1; d <= length; d++) {
      const code = list.charAt(i, d - 1);
      path[d - 1] = code;
      const before = d > 1 ? path[d - 2]! : -1;
      const above = rows[d - 1]!;
      const earlier = d > 1 ? rows[d - 2]! : null;
      const current = row(d);
      // Only the cells within k of the diagonal can be k or less: work out those, and mark the cells just outside
      // them as over k, which is all the next row reads of them.
      const lo = Math.max(1, d - k);
      const hi = Math.min(n, d + k);
      // A prefix more than k letters longer than the word typed: everything on from it is too far.
      if (d - k > n) {
        pruned = d;
        break;
      }
      current[lo - 1] = lo === 1 ? d : k + 1;
      if (hi < n) current[hi + 1] = k + 1;
      let least = current[lo - 1]!;
      for (let j = lo; j <= hi; j++) {
        const typed = word.charCodeAt(j - 1);
        let v = above[j - 1]! + (typed === code ? 0 : 1);
        if (above[j]! + 1 < v) v = above[j]! + 1;
        if (current[j - 1]! + 1 < v) v = current[j - 1]! + 1;
        if (earlier && j > 1 && typed === before && word.charCodeAt(j - 2) === code && earlier[j - 2]! + 1 < v)
          v = earlier[j - 2]! + 1;
        current[j] = v;
        if (v < least) least = v;
      }
      valid = d;
      // Every word on from this prefix costs more than k already (a transposition's cell is never below its row's):
      // skip them all.
      if (least > k) {
        pruned = d;
        break;
      }
    }
    if (pruned > 0) {
      valid = pruned - 1;
      i = list.afterPrefix(i, pruned, to);
      continue;
    }
    // A word more than k letters longer or shorter is more than k edits away (and its last row never reached n).
    const distance = Math.abs(length - n) <= k ? rows[length]![n]! : k + 1;
    if (distance <= k) {
      if (distance >= 1 && distance < k) {
        limit.k = distance;
        let kept = 0;
        for (const f of found) if (f.distance <= distance) found[kept++] = f;
        found.length = kept;
      }
      found.push({ term: list.get(i), distance, index: i });
    }
    i++;
  }
}

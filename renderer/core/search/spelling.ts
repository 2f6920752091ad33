import { foldWord, plainWord } from './fold';

/**
 * Spelling correction for English query words: a word search does not know ("hydorgen", "Qingdoa") is corrected to
 * the corpus word it most likely meant, a transposition counted as one edit (optimal string alignment).
 *
 * The corpus's words are held in a trie, searched with one row of the edit-distance table per node; a branch is
 * left as soon as every cell of its row is over the edits allowed, so a search visits the few thousand prefixes
 * near the word typed, not every word. Two libraries were measured first, on 10 MB of text (165,000 distinct
 * words): a symmetric-delete index (SymSpell, from mnemonist) took 20 s and hundreds of megabytes to build, on the
 * first misspelled query; Pass-Join (also mnemonist) built in 0.3 s but took 1 to 15 ms a query, measuring every
 * word that shares a short segment with the one typed. The trie builds in about as long, answers in well under a
 * millisecond, and finds exactly what SymSpell did (the search evaluation is unchanged).
 */
/**
 * How many letters a word may be off and still be corrected: none under five letters (too many short words are a
 * letter apart), one at five, two from six, as Elasticsearch's AUTO fuzziness allows.
 */
export function maxEdits(word: string): number {
  return word.length < 5 ? 0 : word.length === 5 ? 1 : 2;
}

export class Speller {
  private trie: WordTrie | null = null;

  /**
   * @param words every word of the corpus (plain: lower case, no diacritics), sorted, each once
   * @param counts how often each of them occurs
   * @param known whether search can find a word by this term (folded): the corpus's words and the glossary's
   */
  constructor(
    private readonly words: readonly string[],
    private readonly counts: ArrayLike<number>,
    private readonly known: (term: string) => boolean,
  ) {}

  /** Whether search can find this word as typed: some word of the corpus or of the glossary folds the same. */
  knows(word: string): boolean {
    return this.known(foldWord(word));
  }

  /** The corpus word a word it does not know most likely meant: the fewest edits, then the most frequent; or null. */
  correct(word: string): string | null {
    const plain = plainWord(word);
    const edits = maxEdits(plain);
    if (edits === 0 || !/^\p{L}+$/u.test(plain) || this.knows(word)) return null;
    // One edit first: most misspellings are one, and a word one edit off beats any two off, so the wider search
    // (many more prefixes to visit) runs only when the narrow one finds nothing.
    for (let k = 1; k <= edits; k++) {
      const best = this.prepare()
        .within(plain, k)
        .filter((s) => s.distance > 0)
        .sort(
          (a, b) =>
            a.distance - b.distance || this.counts[b.index]! - this.counts[a.index]! || (a.term < b.term ? -1 : 1),
        )[0];
      if (best) return best.term;
    }
    return null;
  }

  /** The words a correction may be, indexed on first need, or ahead of it (a loaded engine asks at once). */
  prepare(): WordTrie {
    return (this.trie ??= new WordTrie(this.words));
  }
}

/** A correction written the way the word was typed: "QINGDAO" for QINGDOA, "Qingdao" for Qingdoa. */
export function inCaseOf(typed: string, corrected: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return corrected.toUpperCase();
  if (typed[0] !== undefined && typed[0] === typed[0].toUpperCase())
    return corrected[0]!.toUpperCase() + corrected.slice(1);
  return corrected;
}

/** Words in a trie of flat arrays: each node's first child, next sibling, letter, and the word ending there. */
export class WordTrie {
  private first: Int32Array;
  private next: Int32Array;
  private letter: Uint16Array;
  private ends: Int32Array;
  private readonly list: string[] = [];
  private size = 1;
  private rows: Int32Array[] = [];

  constructor(words: Iterable<string>) {
    this.first = new Int32Array(1024).fill(-1);
    this.next = new Int32Array(1024).fill(-1);
    this.letter = new Uint16Array(1024);
    this.ends = new Int32Array(1024).fill(-1);
    for (const word of words) this.add(word);
  }

  private add(word: string): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = this.first[node]!;
      while (child !== -1 && this.letter[child] !== code) child = this.next[child]!;
      if (child === -1) {
        child = this.node(code);
        this.next[child] = this.first[node]!;
        this.first[node] = child;
      }
      node = child;
    }
    if (this.ends[node] === -1) this.ends[node] = this.list.length;
    // Every word takes its place in the list, so a word's index is its place in what was given.
    this.list.push(word);
  }

  private node(code: number): number {
    if (this.size === this.first.length) {
      const grow = (a: Int32Array, fill: number): Int32Array => {
        const b = new Int32Array(a.length * 2).fill(fill);
        b.set(a);
        return b;
      };
      const letters = new Uint16Array(this.letter.length * 2);
      letters.set(this.letter);
      this.letter = letters;
      this.first = grow(this.first, -1);
      this.next = grow(this.next, -1);
      this.ends = grow(this.ends, -1);
    }
    this.letter[this.size] = code;
    return this.size++;
  }

  /** Every word at most `k` edits from `word` (a transposition is one), with its distance and its place in the list. */
  within(word: string, k: number): Array<{ term: string; distance: number; index: number }> {
    const n = word.length;
    const row = (depth: number): Int32Array => {
      if (this.rows[depth]?.length !== n + 1) this.rows[depth] = new Int32Array(n + 1);
      return this.rows[depth];
    };
    const top = row(0);
    for (let j = 0; j <= n; j++) top[j] = j;
    const found: Array<{ term: string; distance: number; index: number }> = [];
    const visit = (node: number, depth: number, before: number): void => {
      const code = this.letter[node]!;
      const above = this.rows[depth - 1]!;
      const earlier = depth > 1 ? this.rows[depth - 2]! : null;
      const current = row(depth);
      current[0] = depth;
      let least = depth;
      for (let j = 1; j <= n; j++) {
        const typed = word.charCodeAt(j - 1);
        let v = above[j - 1]! + (typed === code ? 0 : 1);
        if (above[j]! + 1 < v) v = above[j]! + 1;
        if (current[j - 1]! + 1 < v) v = current[j - 1]! + 1;
        if (earlier && j > 1 && typed === before && word.charCodeAt(j - 2) === code && earlier[j - 2]! + 1 < v)
          v = earlier[j - 2]! + 1;
        current[j] = v;
        if (v < least) least = v;
      }
      // Every way on from here costs more than k already (a transposition's cell is never below its row's).
      if (least > k) return;
      if (this.ends[node] !== -1 && current[n]! <= k)
        found.push({ term: this.list[this.ends[node]!]!, distance: current[n]!, index: this.ends[node]! });
      for (let child = this.first[node]!; child !== -1; child = this.next[child]!) visit(child, depth + 1, code);
    };
    if (this.ends[0] !== -1 && n <= k) found.push({ term: '', distance: n, index: this.ends[0]! });
    for (let child = this.first[0]!; child !== -1; child = this.next[child]!) visit(child, 1, -1);
    return found;
  }
}

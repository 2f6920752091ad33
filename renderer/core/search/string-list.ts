/**
 * A sorted list of many short strings (the index's terms, the vocabulary's words) held as one string, a line each,
 * with where each starts: hundreds of thousands of separate strings cost tens of megabytes in a JavaScript heap; one
 * string and one typed array cost the characters and four bytes a string. Looked up by binary search, comparing in
 * place (UTF-16 code units, the order `<` gives), so a lookup allocates nothing.
 */
/** The most code units `sharedWithPrevious` counts: it is kept in a byte. */
const MAX_SHARED = 255;

export class StringList {
  private constructor(
    /** The strings, each followed by a line break. */
    readonly text: string,
    /** Where each string starts in `text`; one more entry, the end. */
    private readonly starts: Int32Array,
  ) {}

  /** From strings already sorted in code-unit order, none holding a line break. */
  static from(sorted: readonly string[]): StringList {
    for (let i = 0; i < sorted.length; i++) {
      if (sorted[i]!.includes('\n')) throw new Error('a string list cannot hold a line break');
      if (i > 0 && !(sorted[i - 1]! < sorted[i]!)) throw new Error('a string list must be sorted, without repeats');
    }
    return StringList.fromText(sorted.map((s) => `${s}\n`).join(''));
  }

  /** From the text `from` made (one string a line, each ending in a line break). */
  static fromText(text: string): StringList {
    let count = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    const starts = new Int32Array(count + 1);
    let i = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[++i] = at + 1;
    if (text.length > 0 && !text.endsWith('\n')) throw new Error('a string list must end in a line break');
    return new StringList(text, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  get(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Length of string i. */
  lengthOf(i: number): number {
    return this.starts[i + 1]! - 1 - this.starts[i]!;
  }

  /** Code unit j of string i. */
  charAt(i: number, j: number): number {
    return this.text.charCodeAt(this.starts[i]! + j);
  }

  /** The place of `s`, or -1. */
  find(s: string): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(mid, s);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * How many code units string i shares with the string before it, up to 255 (0 for the first): one byte a string,
   * worked out on first use. Walking the list as the trie it implies (spelling.ts) reads what a string shares with
   * the one before from here, and skips all the strings under a prefix by reading these bytes, not the strings.
   */
  sharedWithPrevious(i: number): number {
    return this.prefixes()[i]!;
  }

  /**
   * The first place after string i (and before `end`, at most) whose string does not begin with the first `n` code
   * units of string i.
   */
  afterPrefix(i: number, n: number, end = this.length): number {
    let j = i + 1;
    if (n <= MAX_SHARED) {
      // In sorted order, string j begins with string i's first n code units while every string from i + 1 to j
      // shares n with the one before.
      const shared = this.prefixes();
      while (j < end && shared[j]! >= n) j++;
      return j;
    }
    while (j < end && this.sharesPrefix(j, i, n)) j++;
    return j;
  }

  /** The first place whose string is not before `s` in code-unit order (the length if none). */
  lowerBound(s: string): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private shared: Uint8Array | null = null;
  private prefixes(): Uint8Array {
    if (this.shared === null) {
      const shared = new Uint8Array(this.length);
      for (let i = 1; i < this.length; i++) {
        const a = this.starts[i - 1]!;
        const b = this.starts[i]!;
        const most = Math.min(b - 1 - a, this.starts[i + 1]! - 1 - b, MAX_SHARED);
        let k = 0;
        while (k < most && this.text.charCodeAt(a + k) === this.text.charCodeAt(b + k)) k++;
        shared[i] = k;
      }
      this.shared = shared;
    }
    return this.shared;
  }

  private sharesPrefix(a: number, b: number, n: number): boolean {
    if (this.lengthOf(a) < n) return false;
    const sa = this.starts[a]!;
    const sb = this.starts[b]!;
    for (let j = 0; j < n; j++) if (this.text.charCodeAt(sa + j) !== this.text.charCodeAt(sb + j)) return false;
    return true;
  }

  /** String i against `s`, as `<` orders them: negative, zero or positive. */
  private compare(i: number, s: string): number {
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - 1 - start;
    const n = Math.min(length, s.length);
    for (let j = 0; j < n; j++) {
      const d = this.text.charCodeAt(start + j) - s.charCodeAt(j);
      if (d !== 0) return d;
    }
    return length - s.length;
  }
}

import type { Gap, Span } from './types';

/**
 * Text that remembers where each character came from. Cleaning only deletes, so every
 * character of the cleaned text has one source offset; that is what lets a highlight or a
 * target in the cleaned text point back at the exact bytes of the seed file.
 */
export class CleanText {
  private constructor(
    readonly text: string,
    /** sourceOf[i] is the source offset of text[i]; sourceOf[text.length] is the end. */
    private readonly sourceOf: readonly number[],
  ) {}

  static slice(source: string, start: number, end: number): CleanText {
    const offsets: number[] = [];
    for (let i = start; i <= end; i++) offsets.push(i);
    return new CleanText(source.slice(start, end), offsets);
  }

  get sourceStart(): number {
    return this.sourceOf[0]!;
  }

  get sourceEnd(): number {
    return this.sourceOf[this.text.length]!;
  }

  /** The part of this text from `start` to `end`, still knowing where each character came from. */
  range(start: number, end: number): CleanText {
    if (start < 0 || end < start || end > this.text.length)
      throw new RangeError(`bad range [${start}, ${end}) in text of length ${this.text.length}`);
    return new CleanText(this.text.slice(start, end), this.sourceOf.slice(start, end + 1));
  }

  /** Deletes the given spans (in this text's offsets; may be unsorted, must not overlap). */
  delete(spans: readonly Span[]): CleanText {
    if (spans.length === 0) return this;
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    let text = '';
    const offsets: number[] = [];
    let at = 0;
    for (const [start, end] of sorted) {
      if (start < at || end < start || end > this.text.length) {
        throw new RangeError(`bad deletion [${start}, ${end}) in text of length ${this.text.length}`);
      }
      text += this.text.slice(at, start);
      // A loop, not push(...slice): spreading a line of 125,000 offsets overflows the call stack.
      for (let i = at; i < start; i++) offsets.push(this.sourceOf[i]!);
      at = end;
    }
    text += this.text.slice(at);
    for (let i = at; i < this.sourceOf.length; i++) offsets.push(this.sourceOf[i]!);
    // A deletion that reaches the end moves the end to the last kept character's end.
    if (at === this.text.length && sorted.length > 0) {
      offsets[offsets.length - 1] = this.sourceOf[sorted[sorted.length - 1]![0]]!;
    }
    return new CleanText(text, offsets);
  }

  /** Deletes every match of `pattern` (which must be global); `group` picks a capture to delete instead of the whole match. */
  deleteMatches(pattern: RegExp, group = 0): CleanText {
    if (!pattern.global) throw new Error('deleteMatches needs a global pattern');
    const spans: Span[] = [];
    for (const match of this.text.matchAll(pattern)) {
      const whole = match.index;
      const part = match[group];
      if (part === undefined || part.length === 0) continue;
      const offset = group === 0 ? 0 : match[0].indexOf(part);
      spans.push([whole + offset, whole + offset + part.length]);
    }
    return this.delete(spans);
  }

  /** Removes leading and trailing white space, including ideographic and no-break spaces. */
  trim(): CleanText {
    const lead = /^[\s\u3000\u00a0\ufeff]+/u.exec(this.text)?.[0].length ?? 0;
    const trail = /[\s\u3000\u00a0\ufeff]+$/u.exec(this.text)?.[0].length ?? 0;
    if (lead === this.text.length) return this.delete([[0, this.text.length]]);
    return this.delete([
      ...(lead > 0 ? [[0, lead] as const] : []),
      ...(trail > 0 ? [[this.text.length - trail, this.text.length] as const] : []),
    ]);
  }

  /** Collapses each run of white space inside the text to its first character. */
  collapseSpaces(): CleanText {
    return this.deleteMatches(/(?<=[ \t\u00a0\u3000])[ \t\u00a0\u3000]+/gu);
  }

  /** The deletions, as gaps relative to `sourceStart`. */
  gaps(): Gap[] {
    const gaps: Gap[] = [];
    for (let i = 0; i < this.text.length; i++) {
      const skipped = this.sourceOf[i + 1]! - this.sourceOf[i]! - 1;
      if (skipped > 0 && i + 1 < this.text.length) gaps.push([i + 1, skipped]);
    }
    return gaps;
  }
}

/** Maps an offset in a paragraph's cleaned text back to an offset in the original file. */
export function toSourceOffset(paragraph: { source: Span; gaps: readonly Gap[] }, offset: number): number {
  let shift = 0;
  for (const [at, length] of paragraph.gaps) {
    if (at > offset) break;
    shift += length;
  }
  return paragraph.source[0] + offset + shift;
}

/** Maps a span of cleaned text to the original file; the end stays before any deletion that follows it. */
export function toSourceSpan(paragraph: { source: Span; gaps: readonly Gap[] }, span: Span): Span {
  const start = toSourceOffset(paragraph, span[0]);
  const end = span[1] > span[0] ? toSourceOffset(paragraph, span[1] - 1) + 1 : start;
  return [start, end];
}

import { SymSpell } from 'mnemonist';
import { foldWord, plainWord } from './fold';

/**
 * Spelling correction for English query words: a word search does not know ("hydorgen", "Qingdoa") is corrected to
 * the corpus word it most likely meant. Candidates come from a symmetric-delete index (SymSpell, from mnemonist),
 * with a transposition counted as one edit, as Damerau–Levenshtein does.
 */

/**
 * How many letters a word may be off and still be corrected: none under five letters (too many short words are a
 * letter apart), one at five, two from six, as Elasticsearch's AUTO fuzziness allows.
 */
export function maxEdits(word: string): number {
  return word.length < 5 ? 0 : word.length === 5 ? 1 : 2;
}

export class Speller {
  private index: SymSpell | null = null;

  /**
   * @param counts every word of the corpus (plain: lower case, no diacritics) with how often it occurs
   * @param known every term search can find a word by: the corpus's words and the glossary's, folded
   */
  constructor(
    private readonly counts: ReadonlyMap<string, number>,
    private readonly known: ReadonlySet<string>,
  ) {}

  /** Whether search can find this word as typed: some word of the corpus or of the glossary folds the same. */
  knows(word: string): boolean {
    return this.known.has(foldWord(word));
  }

  /** The corpus word a word it does not know most likely meant: the fewest edits, then the most frequent; or null. */
  correct(word: string): string | null {
    const plain = plainWord(word);
    const edits = maxEdits(plain);
    if (edits === 0 || !/^\p{L}+$/u.test(plain) || this.knows(word)) return null;
    this.index ??= SymSpell.from(this.counts.keys(), { maxDistance: 2, verbosity: 2 });
    const count = (term: string): number => this.counts.get(term) ?? 0;
    const best = this.index
      .search(plain)
      .filter((s) => s.distance > 0 && s.distance <= edits)
      .sort((a, b) => a.distance - b.distance || count(b.term) - count(a.term) || (a.term < b.term ? -1 : 1))[0];
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

// The benchmark's queries: a fixed mix, drawn deterministically from the seeds' text, the glossary and the gazetteer,
// so every corpus (each made from the same seeds) is searched for the same things, and every run too.
import { CITIES } from '../../renderer/core/corpus/gazetteer';
import type { Corpus } from '../../renderer/core/corpus/types';
import { analyze } from '../../renderer/core/search/analyze';
import type { CompiledGlossary } from '../../renderer/core/search/glossary';
import { FUNCTION_WORDS, simplified } from './corpora';
import { mulberry32, pick } from './random';

export interface BenchQuery {
  readonly text: string;
  readonly category: Category;
}

/** What each kind of query stands for, and how many of it the set has. */
export const CATEGORIES = {
  'english-word': 40,
  'english-phrase': 30,
  'quoted-phrase': 25,
  'chinese-traditional': 25,
  'chinese-simplified': 25,
  'cross-language': 30,
  city: 20,
  number: 15,
  misspelling: 20,
  'no-result': 15,
  mixed: 10,
} as const;
export type Category = keyof typeof CATEGORIES;

export const QUERY_SEED = 2026;

/** Words and places no seed mentions: what a reader may well type and not find (unless a spelling is close). */
const ABSENT_ENGLISH = ['penguin', 'saxophone', 'volcano', 'glacier', 'kangaroo', 'chocolate', 'zebra', 'cathedral'];
const ABSENT_CHINESE = ['企鹅', '袋鼠', '斑马', '萨克斯', '巧克力', '潛水艇', '宇航員', '火烈鳥'];
/** Queries with nothing to search for once parsed: punctuation alone. */
const EMPTY = ['((( [*`', '???', '——'];

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*%?/gu;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function tokens(sentence: string): Token[] {
  return [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const CITY_WORDS = new Set(CITIES.flatMap((c) => [c.en, ...c.aliases]).map((name) => name.toLowerCase()));
/** A word worth searching for: not a function word, and not a city (cities have their own category). */
const isContent = (word: string): boolean =>
  /^\p{L}{3,}$/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase()) && !CITY_WORDS.has(word.toLowerCase());

/** One misspelling of a word: two letters swapped, one left out, one doubled, or a vowel changed. */
function misspell(word: string, rng: () => number): string {
  const at = 1 + Math.floor(rng() * (word.length - 2));
  switch (Math.floor(rng() * 4)) {
    case 0:
      return word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at]! + word.slice(at);
    default: {
      const vowels = [...word].map((c, i) => (/[aeiou]/.test(c) ? i : -1)).filter((i) => i > 0);
      if (vowels.length === 0) return word.slice(0, at) + word.slice(at + 1);
      const v = pick(rng, vowels);
      const other = pick(
        rng,
        ['a', 'e', 'i', 'o', 'u'].filter((c) => c !== word[v]),
      );
      return word.slice(0, v) + other + word.slice(v + 1);
    }
  }
}

export function benchQueries(seeds: Corpus, glossary: CompiledGlossary, seed = QUERY_SEED): BenchQuery[] {
  const rng = mulberry32(seed);
  const paragraphsIn = (language: 'en' | 'zh') =>
    seeds.documents.filter((d) => d.language === language).flatMap((d) => d.paragraphs);
  const sentencesIn = (language: 'en' | 'zh') =>
    paragraphsIn(language).flatMap((p) => p.sentences.map(([s, e]) => p.text.slice(s, e)));
  const english = sentencesIn('en');
  const chineseRuns = sentencesIn('zh').flatMap((s) => [...s.matchAll(/\p{Script=Han}{2,}/gu)].map((m) => m[0]));
  const allText = seeds.documents.flatMap((d) => d.paragraphs.map((p) => p.text)).join('\n');

  // Content words by how often the seeds use them, the most frequent first (ties in order of first use).
  const counts = new Map<string, number>();
  for (const s of english)
    for (const t of tokens(s))
      if (isContent(t.text)) counts.set(t.text.toLowerCase(), (counts.get(t.text.toLowerCase()) ?? 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);

  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  /** Adds `count` queries of a category, drawing until each is new (a draw may give nothing: null). */
  const fill = (category: Category, draw: (i: number) => string | null, count: number = CATEGORIES[category]) => {
    let added = 0;
    for (let attempt = 0; added < count && attempt < count * 50; attempt++) {
      const text = draw(added);
      if (text === null || text.trim() === '' || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, category });
      added++;
    }
    if (added < count) throw new Error(`queries: only ${added} of ${count} ${category} queries could be drawn`);
  };

  // Half among the 200 most frequent words, half among all the others: common and rare words alike.
  fill('english-word', (i) => (i % 2 === 0 ? pick(rng, byFrequency.slice(0, 200)) : pick(rng, byFrequency.slice(200))));

  /** A run of `length` words side by side in a seed sentence (only spaces or hyphens between), with some content. */
  const phrase = (length: number): string | null => {
    const s = pick(rng, english);
    const ts = tokens(s);
    if (ts.length < length) return null;
    const from = Math.floor(rng() * (ts.length - length + 1));
    const run = ts.slice(from, from + length);
    for (let i = 1; i < run.length; i++) if (!/^[\s-]+$/.test(s.slice(run[i - 1]!.end, run[i]!.start))) return null;
    if (!isContent(run[0]!.text) || !isContent(run[run.length - 1]!.text)) return null;
    return s.slice(run[0]!.start, run[run.length - 1]!.end);
  };
  fill('english-phrase', () => phrase(2 + Math.floor(rng() * 2)));

  /** A stretch of 2 to 6 characters of a Han run of the Chinese seed. */
  const hanWord = (min: number, max: number): string | null => {
    const run = pick(rng, chineseRuns);
    const length = min + Math.floor(rng() * (max - min + 1));
    if (run.length < length) return null;
    const from = Math.floor(rng() * (run.length - length + 1));
    return run.slice(from, from + length);
  };
  fill('quoted-phrase', (i) => {
    if (i % 5 === 4) {
      const han = hanWord(3, 5);
      return han && `「${i % 2 === 0 ? han : simplified(han)}」`;
    }
    const p = phrase(2 + Math.floor(rng() * 3));
    return p && `"${p}"`;
  });
  fill('chinese-traditional', () => hanWord(2, 6));
  fill('chinese-simplified', () => {
    const han = hanWord(2, 6);
    return han && simplified(han);
  });

  // A concept the seeds name in one language, asked for in the other.
  const conceptsIn = (language: 'en' | 'zh') => {
    const ids = new Set<string>();
    for (const p of paragraphsIn(language))
      for (const c of analyze(p.text, glossary).concepts)
        if (glossary.byId.get(c.concept)?.kind !== 'city') ids.add(c.concept);
    return [...ids].sort();
  };
  const inEnglish = conceptsIn('en');
  const inChinese = conceptsIn('zh');
  fill('cross-language', (i) => {
    const fromChinese = i % 2 === 1 && inChinese.length > 0;
    const concept = glossary.byId.get(pick(rng, fromChinese ? inChinese : inEnglish))!;
    return pick(rng, fromChinese ? concept.en : i % 4 === 0 ? concept.zhHant : concept.zhHans);
  });

  const cityNames = CITIES.flatMap((c) => [c.en, ...c.aliases, c.zhHans, c.zhHant]);
  fill('city', () => pick(rng, cityNames));

  const numbers = [...new Set(allText.match(/\p{N}+(?:[.,]\p{N}+)*%?/gu) ?? [])];
  fill('number', () => pick(rng, numbers));

  const longWords = byFrequency.filter((w) => w.length >= 6 && /^[a-z]+$/.test(w));
  fill('misspelling', (i) => {
    const word = pick(rng, longWords);
    const wrong = misspell(word, rng);
    if (counts.has(wrong) || wrong === word) return null;
    // Every fourth: a misspelled word beside a correct one ("hydorgen energy").
    return i % 4 === 3 ? `${wrong} ${pick(rng, byFrequency.slice(0, 200))}` : wrong;
  });

  const seedChars = new Set(simplified(allText));
  // Six English, six Chinese (each with a character no seed has) and the three of punctuation alone.
  const absent = [
    ...ABSENT_ENGLISH.filter((w) => !counts.has(w)).slice(0, 6),
    ...ABSENT_CHINESE.filter((w) => [...simplified(w)].some((c) => !seedChars.has(c))).slice(0, 6),
    ...EMPTY,
  ];
  fill('no-result', (i) => absent[i] ?? null);

  fill('mixed', (i) => {
    const word = pick(rng, byFrequency.slice(0, 200));
    if (i % 3 === 0) return `${word} ${pick(rng, numbers)}`;
    if (i % 3 === 1) return `${pick(rng, CITIES).en} ${word}`;
    const han = hanWord(2, 2);
    return han && `${word} ${han}`;
  });
  return out;
}

/** How many queries of each category a set has. */
export function categoryCounts(queries: readonly BenchQuery[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const q of queries) counts[q.category] = (counts[q.category] ?? 0) + 1;
  return counts;
}

// Corpora for the search benchmark: the seeds themselves, and larger libraries generated from the seeds' own sentences.
//
// Five documents say little about how search grows, and repeating them says less: every word would hit the same
// share of paragraphs at any size. A generated corpus is made of seed sentences whose words are partly replaced, so
// that it reads like the seeds (words, numbers, city names, runs of Han characters, the same sentence lengths) but
// has a vocabulary that keeps growing with its size, as a real library's does:
//   - English: a content word is kept, or swapped for a content word of another seed sentence (recombination), or
//     replaced by a synthetic word made of syllables cut from seed words. Synthetic words are drawn by rank with
//     probability 1/rank over ten million ranks (Zipf), so a few are common and most are rare, and a bigger corpus
//     meets more of them. Function words and city names stay, so phrases and city queries still find text.
//   - Chinese: each pair of characters in a Han run is kept, swapped for a bigram of the seed text, or replaced by a
//     synthetic bigram (two seed characters chosen by a Zipf rank in the same way).
//   - Numbers get new digits of the same shape (years stay years).
// Languages and scripts keep the seeds' shares of paragraph text (UTF-8 bytes): English as in the seeds, and the
// seeds' Chinese share split evenly between Traditional (as the seed is written) and Simplified (the same text
// converted character by character), because the seeds hold one Chinese document, in Traditional, and a library
// the reader serves holds both. Every document goes through the real ingest.
import { Converter } from 'opencc-js/t2cn';
import type { CatalogEntry } from '../../renderer/core/corpus/catalog';
import { CITIES } from '../../renderer/core/corpus/gazetteer';
import { ingestDocument } from '../../renderer/core/corpus/ingest';
import type { Corpus, PolicyDocument, Script } from '../../renderer/core/corpus/types';
import { hash32, mulberry32, pick, zipfRank } from './random';

/** The generator's fixed seed: change it to get another corpus of the same kind. */
export const DEFAULT_SEED = 13;

/**
 * How often a content word of a seed sentence is swapped for one of another seed sentence, or made up; the rest are
 * kept. A word of a frequent family (industry, industries, industrial) is kept less often still (see `keepChance`).
 */
const RECOMBINE = 0.25;
const SYNTHETIC = 0.4;
/** Frequent words are thinned as word2vec subsamples them: kept with chance √(THIN / share of the seed's words). */
const THIN = 4e-4;
/** How often a number gets new digits. */
const RENUMBER = 0.8;
/** Synthetic words and bigrams are drawn by rank between these two (the first few ranks would be too common). */
const FIRST_RANK = 20;
const LAST_RANK = 10_000_000;
/** Documents have this many paragraphs, log-uniformly between the two (fewer for the last of each script). */
const MIN_PARAGRAPHS = 30;
const MAX_PARAGRAPHS = 300;
/** The share of the seeds' Chinese text generated in Simplified characters (the rest stays Traditional). */
const SIMPLIFIED_SHARE = 0.5;

/** How synthetic words end: as English words do, so they stem and read like words. */
const ENDINGS = ['', '', 'n', 'r', 's', 't', 'l', 'st', 'nd', 'tion', 'ment', 'al', 'ing', 'er', 'ed', 'ity', 'ive'];

/** Words that stay as they are: kept, sentences still read as sentences and phrases still occur. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the of and or but nor in on at to for with by from as into onto over under about above below between ' +
    'through during before after since until than then that this these those there here which who whom whose what ' +
    'when where why how is are was were be been being am has have had having do does did will would shall should ' +
    'can could may might must it its it’s they them their we our us he his she her you your i me my not no so such ' +
    'also very more most all any each every other some both either neither own same only just up down out off again ' +
    'further once per via'
  ).split(' '),
);
const CITY_WORDS = new Set(CITIES.flatMap((c) => [c.en, ...c.aliases]).map((name) => name.toLowerCase()));

/** A word's family, near enough for thinning: its first six letters (industry, industries, industrial). */
function family(lower: string): string {
  return lower.slice(0, 6);
}

/** A word (letters, joined by apostrophes) or a number (digits, decimal point or thousands comma, percent). */
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*%?/gu;
const HAN_OR_NUMBER = /\p{Script=Han}+|\p{N}+(?:[.,]\p{N}+)*%?/gu;

/** What the generator draws from, read once from the seed corpus. */
export interface SeedMaterial {
  readonly english: {
    readonly sentences: readonly string[];
    readonly titles: readonly string[];
    /** Distinct content words (lower case). */
    readonly words: readonly string[];
    /** Pieces of seed words (consonants, then vowels), for synthetic words. */
    readonly syllables: readonly string[];
    /** How many sentences each seed paragraph has. */
    readonly shapes: readonly number[];
    /** Each word family's share of the seeds' English content words (see `family`). */
    readonly families: ReadonlyMap<string, number>;
  };
  readonly chinese: {
    readonly sentences: readonly string[];
    readonly headings: readonly string[];
    readonly bigrams: readonly string[];
    readonly chars: readonly string[];
    readonly shapes: readonly number[];
    /** The share of the Chinese seed's lines that are headings. */
    readonly headingShare: number;
  };
  /** Each script's share of the generated text (UTF-8 bytes of paragraph text). */
  readonly shares: Readonly<Record<Script, number>>;
}

export function textBytes(corpus: Corpus): number {
  let bytes = 0;
  for (const d of corpus.documents) for (const p of d.paragraphs) bytes += Buffer.byteLength(p.text);
  return bytes;
}

export function seedMaterial(seeds: Corpus): SeedMaterial {
  const en = seeds.documents.filter((d) => d.language === 'en');
  const zh = seeds.documents.filter((d) => d.language === 'zh');
  const sentencesOf = (docs: readonly PolicyDocument[]) =>
    docs.flatMap((d) =>
      d.paragraphs
        .filter((p) => p.kind === 'paragraph')
        .flatMap((p) => p.sentences.map(([s, e]) => p.text.slice(s, e))),
    );
  const shapesOf = (docs: readonly PolicyDocument[]) =>
    docs.flatMap((d) => d.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => Math.max(1, p.sentences.length)));
  const englishSentences = sentencesOf(en);
  const words = new Set<string>();
  for (const s of englishSentences)
    for (const [w] of s.matchAll(TOKEN)) {
      const lower = w.toLowerCase();
      if (/^[a-z]{3,}$/.test(lower) && !FUNCTION_WORDS.has(lower) && !CITY_WORDS.has(lower)) words.add(lower);
    }
  const families = new Map<string, number>();
  let contentWords = 0;
  for (const s of englishSentences)
    for (const [w] of s.matchAll(TOKEN)) {
      const lower = w.toLowerCase();
      if (!/^\p{L}/u.test(lower) || FUNCTION_WORDS.has(lower) || CITY_WORDS.has(lower)) continue;
      contentWords++;
      families.set(family(lower), (families.get(family(lower)) ?? 0) + 1);
    }
  for (const [f, n] of families) families.set(f, n / contentWords);
  const syllables = new Set<string>();
  // At most two consonants before a vowel or two: pronounceable pieces ("pro", "mo", "tion" comes as an ending).
  for (const w of words) for (const [piece] of w.matchAll(/[^aeiouy]{0,2}[aeiouy]{1,2}/g)) syllables.add(piece);
  const chineseSentences = sentencesOf(zh);
  const bigrams = new Set<string>();
  const chars = new Set<string>();
  for (const s of chineseSentences)
    for (const [run] of s.matchAll(/\p{Script=Han}+/gu)) {
      const cs = [...run];
      cs.forEach((c, i) => {
        chars.add(c);
        if (i + 1 < cs.length) bigrams.add(c + cs[i + 1]);
      });
    }
  const zhLines = zh.flatMap((d) => d.paragraphs);
  const bytesOf = (docs: readonly PolicyDocument[]) => textBytes({ documents: docs, missing: [] });
  const total = bytesOf(seeds.documents);
  const chinese = bytesOf(zh) / total;
  return {
    english: {
      sentences: englishSentences,
      titles: [
        ...en.map((d) => d.titles.en),
        ...en.flatMap((d) => d.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)),
      ],
      words: [...words],
      syllables: [...syllables],
      shapes: shapesOf(en),
      families,
    },
    chinese: {
      sentences: chineseSentences,
      headings: zhLines.filter((p) => p.kind === 'heading').map((p) => p.text),
      bigrams: [...bigrams],
      chars: [...chars],
      shapes: shapesOf(zh),
      headingShare: zhLines.filter((p) => p.kind === 'heading').length / Math.max(1, zhLines.length),
    },
    shares: { Latn: 1 - chinese, Hant: chinese * (1 - SIMPLIFIED_SHARE), Hans: chinese * SIMPLIFIED_SHARE },
  };
}

const toSimplifiedText = Converter({ from: 'tw', to: 'cn' });
const simplifiedChars = new Map<string, string>();
/** Traditional to Simplified one character at a time, so the text keeps its length (as the analyzer folds it). */
export function simplified(text: string): string {
  let out = '';
  for (const ch of text) {
    let s = simplifiedChars.get(ch);
    if (s === undefined) {
      const converted = /\p{Script=Han}/u.test(ch) ? toSimplifiedText(ch) : ch;
      s = [...converted].length === 1 ? converted : ch;
      simplifiedChars.set(ch, s);
    }
    out += s;
  }
  return out;
}

/** The same shape of number with other digits: a year stays a year, a leading digit stays non-zero. */
function renumber(token: string, rng: () => number): string {
  if (/^(19|20)\d\d$/.test(token)) return String(2000 + Math.floor(rng() * 36));
  let first = true;
  return token.replace(/\d/g, (d) => {
    const digit = first && d !== '0' ? 1 + Math.floor(rng() * 9) : Math.floor(rng() * 10);
    first = false;
    return String(digit);
  });
}

/** The replacement in the case of the word it replaces (Capitalized, or lower case). */
function inCaseOf(original: string, word: string): string {
  return /^\p{Lu}/u.test(original) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

export class Generator {
  private readonly rng: () => number;

  constructor(
    private readonly material: SeedMaterial,
    private readonly seed: number,
  ) {
    this.rng = mulberry32(seed);
  }

  /** The synthetic English word of a rank: the same word for the same rank (and seed), wherever it is drawn. */
  syntheticWord(rank: number): string {
    const rng = mulberry32(hash32(`en ${rank}`) ^ this.seed);
    const count = 2 + (rng() < 0.45 ? 1 : 0) + (rng() < 0.1 ? 1 : 0);
    let word = '';
    for (let i = 0; i < count; i++) word += pick(rng, this.material.english.syllables);
    return word + pick(rng, ENDINGS);
  }

  /** The synthetic Chinese bigram (or single character) of a rank, from the seed's characters. */
  syntheticHan(rank: number, length: 1 | 2): string {
    const rng = mulberry32(hash32(`zh ${rank}`) ^ this.seed);
    const { chars } = this.material.chinese;
    return length === 1 ? pick(rng, chars) : pick(rng, chars) + pick(rng, chars);
  }

  /** The chance a seed word stays: at most 1 − RECOMBINE − SYNTHETIC, less for the seeds' most frequent words. */
  private keepChance(lower: string): number {
    const share = this.material.english.families.get(family(lower)) ?? 0;
    const most = 1 - RECOMBINE - SYNTHETIC;
    return share === 0 ? most : Math.min(most, Math.sqrt(THIN / share));
  }

  english(sentence: string): string {
    const rng = this.rng;
    return sentence.replace(TOKEN, (token) => {
      if (/^\p{N}/u.test(token)) return rng() < RENUMBER ? renumber(token, rng) : token;
      const lower = token.toLowerCase();
      if (FUNCTION_WORDS.has(lower) || CITY_WORDS.has(lower) || !/^[\p{L}]/u.test(token)) return token;
      if (rng() < this.keepChance(lower)) return token;
      if (rng() < RECOMBINE / (RECOMBINE + SYNTHETIC)) return inCaseOf(token, pick(rng, this.material.english.words));
      return inCaseOf(token, this.syntheticWord(zipfRank(rng, FIRST_RANK, LAST_RANK)));
    });
  }

  /** A Chinese sentence (Traditional, as the seed is) with its character pairs recombined. */
  chinese(sentence: string): string {
    const rng = this.rng;
    return sentence.replace(HAN_OR_NUMBER, (token) => {
      if (/^\p{N}/u.test(token)) return rng() < RENUMBER ? renumber(token, rng) : token;
      const chars = [...token];
      let out = '';
      for (let i = 0; i < chars.length; i += 2) {
        const unit = chars.slice(i, i + 2).join('');
        const length = unit.length === 1 || chars.length - i === 1 ? 1 : 2;
        const roll = rng();
        if (roll < RECOMBINE)
          out += length === 2 ? pick(rng, this.material.chinese.bigrams) : pick(rng, this.material.chinese.chars);
        else if (roll < RECOMBINE + SYNTHETIC) out += this.syntheticHan(zipfRank(rng, FIRST_RANK, LAST_RANK), length);
        else out += unit;
      }
      return out;
    });
  }

  private paragraph(script: Script): string {
    const rng = this.rng;
    if (script === 'Latn') {
      const { shapes, sentences } = this.material.english;
      const count = pick(rng, shapes);
      return Array.from({ length: count }, () => this.english(pick(rng, sentences))).join(' ');
    }
    const { shapes, sentences, headings, headingShare } = this.material.chinese;
    const text =
      headings.length > 0 && rng() < headingShare
        ? this.chinese(pick(rng, headings))
        : Array.from({ length: pick(rng, shapes) }, () => this.chinese(pick(rng, sentences))).join('');
    return script === 'Hans' ? simplified(text) : text;
  }

  private title(script: Script): string {
    const rng = this.rng;
    if (script === 'Latn') return this.english(pick(rng, this.material.english.titles)).replace(/[.\s]+$/u, '');
    const { headings, sentences } = this.material.chinese;
    const title = this.chinese(pick(rng, headings.length > 0 ? headings : sentences)).replace(/[。.\s]+$/u, '');
    return script === 'Hans' ? simplified(title) : title;
  }

  private document(n: number, script: Script, budget: number): PolicyDocument {
    const rng = this.rng;
    const wanted = Math.round(MIN_PARAGRAPHS * (MAX_PARAGRAPHS / MIN_PARAGRAPHS) ** rng());
    const title = this.title(script);
    const lines = [title];
    let bytes = Buffer.byteLength(title);
    for (let i = 0; i < wanted && bytes < budget; i++) {
      const line = this.paragraph(script);
      lines.push(line);
      bytes += Buffer.byteLength(line);
    }
    const id = `gen-${String(n).padStart(5, '0')}`;
    const english = script === 'Latn';
    const entry: CatalogEntry = {
      id,
      seed: '000_',
      titles: { en: english ? title : `Generated document ${n}`, zh: english ? `生成的文件 ${n}` : title },
      date: {
        value: String(2015 + Math.floor(rng() * 10)),
        evidence: { en: 'Generated for the search benchmark.', zh: '为搜索基准测试生成。' },
      },
      publisher: 'Generated for the search benchmark',
      source: "The seeds' sentences, recombined (scripts/bench/corpora.ts)",
      language: english ? 'en' : 'zh',
      script,
      cleaning: english ? [] : ['short-headings'],
    };
    return ingestDocument(entry, `${id}.txt`, lines.join('\n'));
  }

  /** About `targetBytes` of paragraph text (UTF-8), each script filled to its share, documents interleaved. */
  corpus(targetBytes: number): Corpus {
    const scripts: Script[] = ['Latn', 'Hant', 'Hans'];
    const quota = Object.fromEntries(scripts.map((s) => [s, this.material.shares[s] * targetBytes])) as Record<
      Script,
      number
    >;
    const done: Record<Script, number> = { Latn: 0, Hant: 0, Hans: 0 };
    const documents: PolicyDocument[] = [];
    for (;;) {
      // The script furthest behind its share goes next, so the shares hold at any point, not only at the end.
      const open = scripts.filter((s) => quota[s] > 0 && done[s] < quota[s]);
      if (open.length === 0) break;
      const script = open.reduce((a, b) => ((quota[b] - done[b]) / quota[b] > (quota[a] - done[a]) / quota[a] ? b : a));
      const doc = this.document(documents.length + 1, script, quota[script] - done[script]);
      done[script] += textBytes({ documents: [doc], missing: [] });
      documents.push(doc);
    }
    return { documents, missing: [] };
  }
}

export function generateCorpus(seeds: Corpus, targetBytes: number, seed = DEFAULT_SEED): Corpus {
  return new Generator(seedMaterial(seeds), seed).corpus(targetBytes);
}

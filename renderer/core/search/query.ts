import { analyze, type WordToken } from './analyze';
import { foldHan } from './fold';
import { englishTerms, NO_GLOSSARY, type CompiledGlossary } from './glossary';

/** Longer queries are cut to this many characters, and the reader says so. */
export const MAX_QUERY_LENGTH = 200;

/** One way a part of the query can be found in a paragraph. */
export type Alternative =
  /** The words side by side, in order; or, with `anyOrder`, each of them anywhere in the paragraph. */
  | { readonly kind: 'words'; readonly terms: readonly string[]; readonly anyOrder?: true }
  | { readonly kind: 'han'; readonly phrase: string }
  /**
   * Any form of a glossary concept; with `except`, not the forms listed (lower-cased, Han folded): a quoted phrase
   * that is a concept stands for its translations, not for the concept's broader forms ("green" in "green development").
   */
  | { readonly kind: 'concept'; readonly id: string; readonly except?: readonly string[] };

/** A part of the query that every hit must contain, in one of its alternatives. */
export interface Clause {
  readonly text: string;
  readonly alternatives: readonly Alternative[];
}

export interface ParsedQuery {
  /** The query as searched (after cutting). */
  readonly text: string;
  readonly truncated: boolean;
  readonly clauses: readonly Clause[];
  /** The query's own language, for ranking: Chinese if it is all Han, English if all Latin; null when it mixes them. */
  readonly language: 'en' | 'zh' | null;
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'to',
  'for',
  'with',
  'by',
  'at',
  'is',
  'are',
  'be',
  'as',
  'from',
]);
const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/gu;

/** Splits a query into clauses: quoted phrases match as written; other words each match, or together as a glossary concept. */
export function parseQuery(raw: string, glossary: CompiledGlossary): ParsedQuery {
  const chars = [...raw.normalize('NFC')];
  const truncated = chars.length > MAX_QUERY_LENGTH;
  // A cut falls between words: a word or number the limit would split (31,600; high-end) is left out whole.
  const kept = truncated ? chars.slice(0, MAX_QUERY_LENGTH).join('') : chars.join('');
  const wordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{Script=Latin}\p{N}'’%-]/u.test(ch);
  const inNumber = (i: number): boolean =>
    /[.,]/.test(chars[i] ?? '') && /\p{N}/u.test(chars[i - 1] ?? '') && /\p{N}/u.test(chars[i + 1] ?? '');
  const splits =
    truncated &&
    wordChar(chars[MAX_QUERY_LENGTH - 1]) &&
    (wordChar(chars[MAX_QUERY_LENGTH]) || inNumber(MAX_QUERY_LENGTH));
  const text = (splits ? kept.replace(/(?:[\p{Script=Latin}\p{N}'’%-]|(?<=\p{N})[.,](?=\p{N}))+$/u, '') : kept).trim();
  const clauses: Clause[] = [];
  let last = 0;
  for (const m of text.matchAll(QUOTED)) {
    clauses.push(...freeClauses(text.slice(last, m.index), glossary));
    clauses.push(...phraseClauses(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '', glossary));
    last = m.index + m[0].length;
  }
  clauses.push(...freeClauses(text.slice(last), glossary));
  const han = /\p{Script=Han}/u.test(text);
  const latin = /\p{Script=Latin}/u.test(text);
  const language = han && !latin ? 'zh' : latin && !han ? 'en' : null;
  return { text, truncated, clauses, language };
}

/**
 * A quoted phrase: its English words in order, and each run of Chinese as written. A quoted phrase that is a
 * glossary term as a whole ("new materials", 「新材料」) is still found in the other language too.
 */
function phraseClauses(segment: string, glossary: CompiledGlossary): Clause[] {
  const a = analyze(segment, NO_GLOSSARY);
  const trimmed = segment.trim();
  const lead = segment.length - segment.trimStart().length;
  const whole = analyze(segment, glossary).concepts.find(
    (c) => c.span[0] === lead && c.span[1] === lead + trimmed.length,
  );
  const concept: Alternative[] = whole
    ? [{ kind: 'concept', id: whole.concept, except: broaderForms(glossary, whole.concept, trimmed) }]
    : [];
  const clauses: Clause[] = [];
  if (a.words.length > 0)
    clauses.push({ text: trimmed, alternatives: [{ kind: 'words', terms: a.words.map((w) => w.term) }] });
  for (const m of a.folded.matchAll(/\p{Script=Han}+/gu))
    clauses.push({ text: m[0], alternatives: [{ kind: 'han', phrase: m[0] }] });
  // Only when the phrase is one clause (all English, or one run of Chinese) does the concept stand for all of it.
  if (clauses.length === 1 && concept.length > 0)
    return [{ text: clauses[0]!.text, alternatives: [...clauses[0]!.alternatives, ...concept] }];
  return clauses;
}

/**
 * What a quoted phrase that is a concept must not widen to: the concept's broader forms, when the phrase is itself
 * a narrower one. "green development" holds the concept's form "green": then "green", and in the other language 绿色
 * (inside 绿色发展), are left out. "new materials" holds no other form of its concept (only its own singular), so
 * every form stands, 新材料 with it.
 */
function broaderForms(glossary: CompiledGlossary, id: string, phrase: string): string[] {
  const concept = glossary.byId.get(id);
  if (!concept) return [];
  const han = /\p{Script=Han}/u.test(phrase);
  // A form as a sequence: stemmed English words, or folded characters.
  const seq = (form: string): string[] => (/\p{Script=Han}/u.test(form) ? [...foldHan(form)] : englishTerms(form));
  const inside = (a: string[], b: string[]): boolean =>
    a.length < b.length && b.some((_, i) => a.every((x, j) => b[i + j] === x));
  const english = concept.en;
  const chinese = [...concept.zhHans, ...concept.zhHant];
  const own = seq(phrase);
  const [same, other] = han ? [chinese, english] : [english, chinese];
  const narrower = same.some((f) => inside(seq(f), own));
  if (!narrower) return [];
  const broader = [
    ...same.filter((f) => inside(seq(f), own)),
    ...other.filter((f) => other.some((g) => g !== f && inside(seq(f), seq(g)))),
  ];
  return [...new Set(broader.map((f) => (/\p{Script=Han}/u.test(f) ? foldHan(f) : f.toLowerCase())))];
}

function freeClauses(segment: string, glossary: CompiledGlossary): Clause[] {
  if (segment.trim() === '') return [];
  const a = analyze(segment, glossary);
  // Longest concepts first, then left to right, without overlaps.
  const chosen: Array<{ id: string; span: readonly [number, number] }> = [];
  for (const c of [...a.concepts].sort(
    (x, y) => y.span[1] - y.span[0] - (x.span[1] - x.span[0]) || x.span[0] - y.span[0],
  )) {
    if (chosen.every((o) => c.span[1] <= o.span[0] || c.span[0] >= o.span[1]))
      chosen.push({ id: c.concept, span: c.span });
  }
  const inConcept = (at: number): boolean => chosen.some((c) => at >= c.span[0] && at < c.span[1]);
  const clauses: Array<{ at: number; clause: Clause }> = [];
  for (const c of chosen) {
    const literal = segment.slice(c.span[0], c.span[1]);
    const words = a.words.filter((w) => w.span[0] >= c.span[0] && w.span[1] <= c.span[1]).map((w) => w.term);
    const literalAlternative: Alternative =
      words.length > 0
        ? { kind: 'words', terms: words }
        : { kind: 'han', phrase: a.folded.slice(c.span[0], c.span[1]) };
    // The words of an English term may also stand apart ("peak carbon emissions" finds "carbon emissions … peaking"),
    // ranked below the term itself: which words a query shares with a glossary term must not decide what is found.
    const content = words.filter((w) => !STOP_WORDS.has(w));
    const scattered: Alternative[] = content.length > 1 ? [{ kind: 'words', terms: content, anyOrder: true }] : [];
    clauses.push({
      at: c.span[0],
      clause: { text: literal, alternatives: [{ kind: 'concept', id: c.id }, literalAlternative, ...scattered] },
    });
  }
  const freeWords = a.words.filter((w) => !inConcept(w.span[0]));
  const content = freeWords.filter((w) => !STOP_WORDS.has(w.term));
  // Stop words beside anything else (other words, a glossary term, Chinese) are left out. On their own they are the
  // query, and must then stand together as typed ("the of and"), or they would match nearly everything.
  const somethingElse =
    content.length > 0 ||
    chosen.length > 0 ||
    [...a.folded.matchAll(/\p{Script=Han}/gu)].some((m) => !inConcept(m.index));
  const groups: WordToken[][] = [];
  if (!somethingElse && freeWords.length > 1) groups.push(freeWords);
  else {
    // A hyphenated word ("high-end") is one phrase; other words each stand alone.
    for (const w of content.length > 0 ? content : somethingElse ? [] : freeWords) {
      const previous = groups[groups.length - 1]?.at(-1);
      if (previous && /^[-‐–]$/u.test(segment.slice(previous.span[1], w.span[0]))) groups[groups.length - 1]!.push(w);
      else groups.push([w]);
    }
  }
  for (const group of groups) {
    const span: [number, number] = [group[0]!.span[0], group[group.length - 1]!.span[1]];
    clauses.push({
      at: span[0],
      clause: { text: segment.slice(...span), alternatives: [{ kind: 'words', terms: group.map((w) => w.term) }] },
    });
  }
  // Chinese outside any concept: each remaining run of characters must appear as written (after folding).
  for (const m of a.folded.matchAll(/\p{Script=Han}+/gu)) {
    let start = -1;
    for (let i = m.index; i <= m.index + m[0].length; i++) {
      const free = i < m.index + m[0].length && !inConcept(i);
      if (free && start === -1) start = i;
      if (!free && start !== -1) {
        clauses.push({
          at: start,
          clause: { text: segment.slice(start, i), alternatives: [{ kind: 'han', phrase: a.folded.slice(start, i) }] },
        });
        start = -1;
      }
    }
  }
  return clauses.sort((x, y) => x.at - y.at).map((c) => c.clause);
}

import { z } from 'zod';
import glossaryData from '../../../assets/glossary.json';
import { CITIES } from '../corpus/gazetteer';
import type { Span } from '../corpus/types';
import { phraseAt, type ConceptMatch, type WordToken } from './analyze';
import { foldHan, foldWord } from './fold';

/** `assets/glossary.json`, plus one concept per city of `assets/cities.json`. */
const ConceptSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * What the concept names. `general` is everyday vocabulary (energy, enterprises) kept so that a query crosses
   * languages; the reader does not mark it in the text, because its card would tell a reader nothing new.
   */
  kind: z.enum([
    'policy',
    'programme',
    'mechanism',
    'industry',
    'enterprise',
    'place',
    'organization',
    'city',
    'general',
  ]),
  en: z.array(z.string().min(1)).min(1),
  zhHans: z.array(z.string().min(1)).min(1),
  zhHant: z.array(z.string().min(1)).min(1),
  /** One or two sentences for the term's card, in each interface language: what the name stands for. */
  note: z.object({ en: z.string().min(1), zh: z.string().min(1) }).optional(),
  /**
   * Longer phrases, in either language, that contain one of the concept's forms in another sense: a form found
   * inside one of them is not this concept ("energy" in "kinetic energy", 日照 in 日照充足).
   */
  notIn: z.array(z.string().min(1)).optional(),
});
export type Concept = z.infer<typeof ConceptSchema>;
const GlossarySchema = z.object({ about: z.string().optional(), concepts: z.array(ConceptSchema) });

interface EnglishVariant {
  readonly concept: string;
  readonly terms: readonly string[];
}

export interface CompiledGlossary {
  readonly concepts: readonly Concept[];
  readonly byId: ReadonlyMap<string, Concept>;
  /** Every occurrence of a concept in a text (given folded, with its words). */
  find(folded: string, words: readonly WordToken[]): ConceptMatch[];
}

export function englishTerms(phrase: string): string[] {
  return [...phrase.matchAll(/[\p{Script=Latin}\p{N}]+(?:['’][\p{Script=Latin}]+)*/gu)].map((m) => foldWord(m[0]));
}

/** A glossary with no concepts: for analysing a text as its words alone. */
export const NO_GLOSSARY: CompiledGlossary = { concepts: [], byId: new Map(), find: () => [] };

/** Builds the matcher, refusing a glossary with a repeated id or one form claimed by two concepts. */
export function compileGlossary(concepts: readonly Concept[]): CompiledGlossary {
  const byId = new Map<string, Concept>();
  const owners = new Map<string, string>();
  const claim = (form: string, id: string): void => {
    const owner = owners.get(form);
    if (owner !== undefined && owner !== id) throw new Error(`glossary: "${form}" belongs to both ${owner} and ${id}`);
    owners.set(form, id);
  };
  const english: EnglishVariant[] = [];
  const chinese: Array<{ concept: string; form: string }> = [];
  /** Per concept, the phrases in whose occurrences its forms do not count. */
  const exclusions = new Map<string, { english: string[][]; chinese: string[] }>();
  for (const concept of concepts) {
    if (byId.has(concept.id)) throw new Error(`glossary: the id ${concept.id} is used twice`);
    byId.set(concept.id, concept);
    for (const phrase of concept.en) {
      const terms = englishTerms(phrase);
      if (terms.length === 0) throw new Error(`glossary: ${concept.id} has an English form with no words: "${phrase}"`);
      claim(`en:${terms.join(' ')}`, concept.id);
      english.push({ concept: concept.id, terms });
    }
    for (const form of new Set([...concept.zhHans, ...concept.zhHant].map(foldHan))) {
      claim(`zh:${form}`, concept.id);
      chinese.push({ concept: concept.id, form });
    }
    if (concept.notIn && concept.notIn.length > 0) {
      const han = concept.notIn.filter((p) => /\p{Script=Han}/u.test(p));
      exclusions.set(concept.id, {
        chinese: han.map(foldHan),
        english: concept.notIn
          .filter((p) => !han.includes(p))
          .map(englishTerms)
          .filter((t) => t.length > 0),
      });
    }
  }
  // Index English variants by their first term, so a text is scanned once.
  const byFirst = new Map<string, EnglishVariant[]>();
  for (const v of english) {
    const list = byFirst.get(v.terms[0]!) ?? [];
    list.push(v);
    byFirst.set(v.terms[0]!, list);
  }

  const chineseByFirst = new Map<number, Array<{ concept: string; form: string }>>();
  for (const c of chinese) {
    const list = chineseByFirst.get(c.form.charCodeAt(0)) ?? [];
    list.push(c);
    chineseByFirst.set(c.form.charCodeAt(0), list);
  }

  return {
    concepts,
    byId,
    find(folded, words) {
      const found: ConceptMatch[] = [];
      const seen = new Set<string>();
      const excluded = new Map<string, Span[]>();
      /** Where a concept's exclusions occur in this text (computed once per concept and text). */
      const excludedSpans = (concept: string): Span[] => {
        let spans = excluded.get(concept);
        if (spans === undefined) {
          spans = [];
          const rules = exclusions.get(concept);
          for (const phrase of rules?.chinese ?? []) {
            for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + 1))
              spans.push([at, at + phrase.length]);
          }
          for (const terms of rules?.english ?? []) {
            for (let i = 0; i < words.length; i++) {
              const span = words[i]!.term === terms[0] ? phraseAt(folded, words, i, terms) : null;
              if (span) spans.push(span);
            }
          }
          excluded.set(concept, spans);
        }
        return spans;
      };
      const add = (concept: string, span: Span): void => {
        const key = `${concept}:${span[0]}:${span[1]}`;
        if (seen.has(key)) return;
        seen.add(key);
        if (exclusions.has(concept) && excludedSpans(concept).some(([s, e]) => s <= span[0] && span[1] <= e)) return;
        found.push({ concept, span });
      };
      for (let i = 0; i < words.length; i++) {
        for (const v of byFirst.get(words[i]!.term) ?? []) {
          const span = phraseAt(folded, words, i, v.terms);
          if (span) add(v.concept, span);
        }
      }
      // Chinese forms by their first character: one pass over the text, not one search of it per form.
      for (let at = 0; at < folded.length; at++) {
        const starting = chineseByFirst.get(folded.charCodeAt(at));
        if (starting === undefined) continue;
        for (const { concept, form } of starting) if (folded.startsWith(form, at)) add(concept, [at, at + form.length]);
      }
      return found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
    },
  };
}

/** The cities as concepts: `city-jinan` for Jinan, Ji'nan, 济南 and 濟南. */
export function cityConcepts(): Concept[] {
  return CITIES.map((c) => ({
    id: `city-${c.id}`,
    kind: 'city' as const,
    en: [c.en, ...c.aliases],
    zhHans: [c.zhHans],
    zhHant: [c.zhHant],
    // The gazetteer says what may not follow a city's Chinese name (日照 in 日照充足); the glossary says it as phrases.
    ...(c.notBefore ? { notIn: c.notBefore.flatMap((after) => [c.zhHans + after, c.zhHant + after]) } : {}),
  }));
}

/** The project's glossary: assets/glossary.json and the cities, validated. */
export function loadGlossary(): CompiledGlossary {
  const parsed = GlossarySchema.parse(glossaryData);
  return compileGlossary([...parsed.concepts, ...cityConcepts()]);
}

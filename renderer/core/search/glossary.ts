import { z } from 'zod';
import glossaryData from '../../../assets/glossary.json';
import { CITIES } from '../corpus/cities';
import type { Span } from '../corpus/types';
import { phraseAt, type ConceptMatch, type WordToken } from './analyze';
import { foldHan, foldWord } from './fold';

/** `assets/glossary.json`, plus one concept per city of `assets/cities.json`. */
const ConceptSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['policy', 'programme', 'industry', 'enterprise', 'place', 'organization', 'city']),
  en: z.array(z.string().min(1)).min(1),
  zhHans: z.array(z.string().min(1)).min(1),
  zhHant: z.array(z.string().min(1)).min(1),
  /** Chinese text that, right after a Chinese form, means the form is part of another word, not this concept. */
  zhNotBefore: z.array(z.string().min(1)).optional(),
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

function englishTerms(phrase: string): string[] {
  return [...phrase.matchAll(/[\p{Script=Latin}\p{N}]+(?:['’][\p{Script=Latin}]+)*/gu)].map((m) => foldWord(m[0]));
}

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
  const chinese: Array<{ concept: string; form: string; notBefore: readonly string[] }> = [];
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
      chinese.push({ concept: concept.id, form, notBefore: (concept.zhNotBefore ?? []).map(foldHan) });
    }
  }
  // Index English variants by their first term, so a text is scanned once.
  const byFirst = new Map<string, EnglishVariant[]>();
  for (const v of english) {
    const list = byFirst.get(v.terms[0]!) ?? [];
    list.push(v);
    byFirst.set(v.terms[0]!, list);
  }

  return {
    concepts,
    byId,
    find(folded, words) {
      const found: ConceptMatch[] = [];
      const seen = new Set<string>();
      const add = (concept: string, span: Span): void => {
        const key = `${concept}:${span[0]}:${span[1]}`;
        if (!seen.has(key)) {
          seen.add(key);
          found.push({ concept, span });
        }
      };
      for (let i = 0; i < words.length; i++) {
        for (const v of byFirst.get(words[i]!.term) ?? []) {
          const span = phraseAt(folded, words, i, v.terms);
          if (span) add(v.concept, span);
        }
      }
      for (const { concept, form, notBefore } of chinese) {
        for (let at = folded.indexOf(form); at !== -1; at = folded.indexOf(form, at + 1)) {
          const end = at + form.length;
          if (!notBefore.some((word) => folded.startsWith(word, end))) add(concept, [at, end]);
        }
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
    ...(c.notBefore ? { zhNotBefore: c.notBefore } : {}),
  }));
}

/** The project's glossary: assets/glossary.json and the cities, validated. */
export function loadGlossary(): CompiledGlossary {
  const parsed = GlossarySchema.parse(glossaryData);
  return compileGlossary([...parsed.concepts, ...cityConcepts()]);
}

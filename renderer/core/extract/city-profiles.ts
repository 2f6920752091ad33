import { CITIES, type City } from '../corpus/gazetteer';
import type { Corpus } from '../corpus/types';
import { analyze } from '../search/analyze';
import type { CompiledGlossary } from '../search/glossary';

/** One place a city is named: in either language, any spelling, with the span in the paragraph's cleaned text. */
export interface CityMention {
  readonly docId: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export interface ParagraphRef {
  readonly docId: string;
  readonly paragraph: number;
}

export interface CityProfile {
  readonly city: City;
  readonly mentions: readonly CityMention[];
  /** The city's section in the mayors' article (002): its heading and the paragraphs under it. */
  readonly section: readonly ParagraphRef[];
  /** Every paragraph linked to the city: its section and every paragraph that names it, in corpus order. */
  readonly paragraphs: readonly ParagraphRef[];
  /** Who spoke for the city in its section ("Wang Zhonglin, Mayor of Jinan"), if the text says. */
  readonly mayor: { readonly name: string; readonly docId: string; readonly paragraph: number } | null;
}

/** "Wang Zhonglin, Mayor of Jinan City", "Mayor of Zibo Wang Shujian": a name of two or three capitalised words. */
const MAYOR_AFTER = /\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}),\s+(?:the\s+)?(?:[Aa]cting\s+)?[Mm]ayor of\b/;
const MAYOR_BEFORE =
  /\b[Mm]ayor of [A-Z][a-z']+(?: City)?,?\s+([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b(?!,?\s+(?:City|Province))/;
/** "Jinan Mayor Sun Shuyi", "Zibo's mayor, Wang Shujian": the city's name, then the title, then the name. */
const MAYOR_TITLE_FIRST =
  /\b(?!(?:Vice|Deputy|Former|Executive|Assistant)\b)[A-Z][a-z']+(?:'s| City)?\s+(?:[Aa]cting\s+)?[Mm]ayor,?\s+([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b(?!,?\s+(?:City|Province))/;

export function findMayor(text: string): string | null {
  return MAYOR_AFTER.exec(text)?.[1] ?? MAYOR_BEFORE.exec(text)?.[1] ?? MAYOR_TITLE_FIRST.exec(text)?.[1] ?? null;
}

export function cityProfiles(corpus: Corpus, glossary: CompiledGlossary): CityProfile[] {
  const mentions = new Map<string, CityMention[]>(CITIES.map((c) => [c.id, []]));
  const sections = new Map<string, ParagraphRef[]>(CITIES.map((c) => [c.id, []]));
  const order = new Map<string, number>();
  for (const doc of corpus.documents) {
    for (const p of doc.paragraphs) {
      order.set(`${doc.id}#${p.index}`, order.size);
      if (p.section && sections.has(p.section)) sections.get(p.section)!.push({ docId: doc.id, paragraph: p.index });
      for (const c of analyze(p.text, glossary).concepts) {
        if (!c.concept.startsWith('city-')) continue;
        const list = mentions.get(c.concept.slice('city-'.length));
        const [start, end] = c.span;
        // "Jinan City" and "Jinan" overlap: keep the longer.
        const last = list?.[list.length - 1];
        if (last && last.docId === doc.id && last.paragraph === p.index && start < last.end) continue;
        list?.push({ docId: doc.id, paragraph: p.index, start, end, quote: p.text.slice(start, end) });
      }
    }
  }
  const key = (r: ParagraphRef) => `${r.docId}#${r.paragraph}`;
  return CITIES.map((city) => {
    const section = sections.get(city.id)!;
    const linked = new Map<string, ParagraphRef>();
    for (const r of [...section, ...mentions.get(city.id)!])
      linked.set(key(r), { docId: r.docId, paragraph: r.paragraph });
    let mayor: CityProfile['mayor'] = null;
    for (const r of section) {
      const text = corpus.documents.find((d) => d.id === r.docId)!.paragraphs[r.paragraph]!.text;
      const name = findMayor(text);
      if (name) {
        mayor = { name, ...r };
        break;
      }
    }
    return {
      city,
      mentions: mentions.get(city.id)!,
      section,
      paragraphs: [...linked.values()].sort((a, b) => order.get(key(a))! - order.get(key(b))!),
      mayor,
    };
  });
}

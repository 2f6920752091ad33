/**
 * Whose figure it is: the province, or one city. A city's section of a document (002) and a city's own report (a
 * document whose title names one city) speak for that city throughout. Elsewhere a figure is a city's only when the
 * clause is about the city: it opens with the city's name, says "Jinan's …" or "in Jinan", or in Chinese 济南市… /
 * 济南的…; a clause that merely names a city (building "the Jinan super node") stays the province's.
 */
import type { Paragraph, PolicyDocument, Span } from '../corpus/types';
import { analyze, type ConceptMatch } from '../search/analyze';
import type { CompiledGlossary } from '../search/glossary';

const mentionCache = new WeakMap<CompiledGlossary, WeakMap<object, readonly ConceptMatch[]>>();
/** The city names in a text, analysed once per paragraph or document. */
function cityMentions(key: object, text: string, glossary: CompiledGlossary): readonly ConceptMatch[] {
  let byKey = mentionCache.get(glossary);
  if (byKey === undefined) mentionCache.set(glossary, (byKey = new WeakMap()));
  let found = byKey.get(key);
  if (found === undefined) {
    found = analyze(text, glossary).concepts.filter((c) => c.concept.startsWith('city-'));
    byKey.set(key, found);
  }
  return found;
}

const cityOf = (c: ConceptMatch): string => c.concept.slice('city-'.length);

/** The one city a document is about, when its title names exactly one city and not the province; else null. */
export function documentCity(doc: PolicyDocument, glossary: CompiledGlossary): string | null {
  const titles = `${doc.titles.en}\n${doc.titles.zh}`;
  if (/\b(?:province|provincial)\b|全省|山东省|山東省|省政府/i.test(titles)) return null;
  const cities = new Set(cityMentions(doc.titles, titles, glossary).map(cityOf));
  return cities.size === 1 ? [...cities][0]! : null;
}

/** The words allowed before a city's name at the start of a clause: a time, a connective, "the". */
const LEAD =
  /^(?:\s|[,，、:：]|\b(?:in|by|since|during|the end of|and|also|meanwhile|at present|currently|last year|this year|20\d\d|the)\b|(?:到|至|截至|在|今年|去年|明年|目前|其中|同时|全年|20\d\d年底?)+)*$/i;

export function scopeOf(
  _doc: PolicyDocument,
  paragraph: Paragraph,
  clause: Span,
  figureAt: number,
  glossary: CompiledGlossary,
  docCity: string | null,
): string {
  if (paragraph.section) return paragraph.section;
  if (docCity) return docCity;
  const text = paragraph.text;
  const own = cityMentions(paragraph, text, glossary).filter((c) => c.span[0] >= clause[0] && c.span[1] <= figureAt);
  const about = own.filter((c) => {
    const before = text.slice(clause[0], c.span[0]);
    const after = text.slice(c.span[1], c.span[1] + 3);
    return LEAD.test(before) || /^(?:['’]s|市的|的|市(?!场))/.test(after) || /\bin\s+$/i.test(before);
  });
  const cities = new Set(about.map(cityOf));
  if (new Set(own.map(cityOf)).size > 1) return 'shandong';
  if (cities.size === 1) return [...cities][0]!;
  // A clause cut from a sentence about one city ("济南市GDP去年突破1.1万亿元，今年力争达到1.2万亿元") speaks for it,
  // unless the clause names a place of its own or speaks for the province.
  const sentence = paragraph.sentences.find(([s, e]) => s <= clause[0] && clause[1] <= e);
  if (
    !sentence ||
    sentence[0] === clause[0] ||
    own.length > 0 ||
    /\b(?:province|provincial|Shandong)\b|全省|我省|山东|山東/i.test(text.slice(clause[0], figureAt))
  )
    return 'shandong';
  const opener = cityMentions(paragraph, text, glossary).find(
    (c) => c.span[0] >= sentence[0] && c.span[1] <= clause[0] && LEAD.test(text.slice(sentence[0], c.span[0])),
  );
  return opener ? cityOf(opener) : 'shandong';
}

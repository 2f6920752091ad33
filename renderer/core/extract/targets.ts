import type { Corpus, Paragraph, PolicyDocument, Span } from '../corpus/types';
import { analyze } from '../search/analyze';
import type { CompiledGlossary } from '../search/glossary';
import { arabic, chineseNumeral } from './numbers';

/**
 * Quantified commitments (targets) and statements of fact about the past (statistics), each with the exact
 * clause it came from. Precision before reach: a clause yields a record only when it has a quantity and a
 * clear sign of the future (will, aims to, by 2025, 到2025年, 力争…) or of the past (there were, last year, 已…);
 * a clause with both, or neither, yields nothing.
 */
export interface Target {
  readonly id: string;
  readonly kind: 'target' | 'statistic';
  readonly docId: string;
  readonly paragraph: number;
  /** The clause, as offsets in the paragraph's cleaned text. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** What is measured, in the document's own words. */
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly direction: string | null;
  /** The year or years it is due ("2025", "2021-2025"), or for a statistic the year it describes; null when the text does not say. */
  readonly horizon: string | null;
  /** "shandong", or a city id. */
  readonly scope: string;
}

// ---------- English ----------

const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:%|percent\b|per cent\b)/i, '%'],
  [/^(?:yuan|RMB)\b/i, 'yuan'],
  [/^(?:US )?dollars\b/i, 'US dollars'],
  [/^(?:tons|tonnes|ton|tonne)\b/i, 'tons'],
  [/^(?:kilowatts|kW)\b/, 'kilowatts'],

];
const EN_COUNT_NOUN = /^((?:[a-z][a-z-]+ ){0,3}?(?:enterprises|companies|firms|clusters|platforms|projects|parks|bases|zones|centers|centres|laboratories|industries|chains|hospitals|schools|ports|cities|counties|villages|products|brands|champions|unicorns|gazelles))\b/i;
/** People counted with words before the noun: "1.1 million new urban jobs", "100 high-end talents". */
const EN_PEOPLE = /^(?:[a-z][a-z-]+ ){0,3}?(?:people|persons|jobs|talents|workers|residents|graduates)\b/i;
/** Every qualifier a record can carry, as the documents write it (the Targets view says each in both languages). */
export const QUALIFIER_WORDS = {
  en: ['more than', 'over', 'at least', 'no less than', 'not less than', 'about', 'around', 'approximately', 'nearly', 'almost', 'up to', 'above', 'below', 'less than', 'under', 'some', 'roughly'],
  zhAfter: ['以上', '左右', '以内', '以內', '以下'],
  zhBefore: ['超过', '超過', '突破', '不低于', '不低於', '不少于', '不少於', '约', '約', '近'],
} as const;
const EN_QUALIFIER = new RegExp(`\\b(${QUALIFIER_WORDS.en.join('|')})\\s+$`, 'i');
const EN_FUTURE = /\b(will|shall|aims? to|aiming to|strive to|strives to|plans? to|is expected to|are expected to|is set to|are set to|target of|goal of|seeks? to|by (?:the end of )?20\d\d|in the next \w+ years|within \w+ years)\b/i;
const EN_PAST = /\b(there (?:were|was)|had|was|were|has been|have been|grew|rose|increased|reached|fell|dropped|achieved|totaled|totalled|amounted|last year|in the past|over the past)\b/i;
const EN_DIRECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(increase|raise|grow|rise|expand|boost|grew|rose|increased)\b/i, 'increase'],
  [/\b(reduce|cut|decrease|lower|fall|drop|curb|fell|dropped)\b/i, 'reduce'],
  [/\b(build|construct|establish|set up|create)\b/i, 'build'],
  [/\b(cultivate|foster|nurture|develop)\b/i, 'cultivate'],
  [/\b(attract|introduce)\b/i, 'attract'],
  [/\b(reach|achieve|exceed|hit|surpass|account for)\b/i, 'reach'],
  [/\b(keep|maintain|stay|remain)\b/i, 'maintain'],
];
const WORDS_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// ---------- Chinese ----------

/** 万 and 亿 scale whatever unit follows: 10萬億元, 16萬個, 110萬人. */
const ZH_SCALE = /^(万亿|萬億|亿|億|万|萬)?/;
const ZH_SCALES: Record<string, number> = { 万亿: 1e12, 萬億: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4 };
const ZH_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:%|％)/, '%'],
  [/^個?百分點|^个?百分点/, 'percentage points'],
  [/^元/, 'yuan'],
  [/^(?:吨|噸)/, 'tons'],
  [/^千瓦/, 'kilowatts'],
  [/^(?:人|名)/, 'people'],
  [/^(?:家|户|戶)/, 'enterprises'],
  [/^(?:个|個|项|項|座|条|條|批|所|大|强|強)/, 'items'],
];
const ZH_QUALIFIER_AFTER = new RegExp(`^(${QUALIFIER_WORDS.zhAfter.join('|')})`);
const ZH_QUALIFIER_BEFORE = new RegExp(`(${QUALIFIER_WORDS.zhBefore.join('|')})$`);
const ZH_FUTURE = /(到20\d\d年|20\d\d年前|力争|力爭|将|將|要|预计|預計|目标|目標|计划|計劃|确保|確保|十四五|今後|今后|未來|未来)/;
const ZH_PAST = /(已经|已經|已|累计|累計|去年|上年|过去|過去|截至)/;
const ZH_DIRECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(增长|增長|提高|提升|增加|新增|扩大|擴大)/, 'increase'],
  [/(下降|降低|减少|減少|压减|壓減)/, 'reduce'],
  [/(建设|建設|建成|打造|新建)/, 'build'],
  [/(培育|培养|培養|发展|發展)/, 'cultivate'],
  [/(引进|引進|吸引)/, 'attract'],
  [/(达到|達到|突破|超过|超過)/, 'reach'],
  [/(保持|稳定|穩定)/, 'maintain'],
];

/** A sentence cut at semicolons, and at ", and" when both sides hold a number: the clauses targets point at. */
export function clauses(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of sentences) {
    let start = s;
    const sentence = text.slice(s, e);
    const cuts = [...sentence.matchAll(/[;；]\s*|,\s+(?:and|while)\s+/g)];
    for (const cut of cuts) {
      const at = s + cut.index;
      const left = text.slice(start, at);
      const right = text.slice(at + cut[0].length, e);
      if (cut[0].startsWith(',') && !(/\d/.test(left) && /\d/.test(right))) continue;
      out.push([start, at]);
      start = at + cut[0].length;
    }
    out.push([start, e]);
  }
  return out.filter(([a, b]) => b > a);
}

function horizonOf(clause: string, doc: PolicyDocument): string | null {
  const docYear = doc.date.value ? Number(doc.date.value.slice(0, 4)) : null;
  const range = /(20\d\d)\s*[-–—至到]\s*(20\d\d)/.exec(clause);
  if (range) return `${range[1]}-${range[2]}`;
  if (/14th Five-Year Plan|十四五/i.test(clause)) return '2021-2025';
  const by = /\b(?:by|in|before|until|through)\s+(?:the end of\s+)?(20\d\d)\b|到(20\d\d)年|(20\d\d)年/i.exec(clause);
  if (by) return by[1] ?? by[2] ?? by[3]!;
  if (docYear !== null) {
    if (/\bthis year\b|今年/i.test(clause)) return String(docYear);
    if (/\bnext year\b|明年/i.test(clause)) return String(docYear + 1);
    if (/\blast year\b|去年|上年/i.test(clause)) return String(docYear - 1);
    const inYears = /\b(?:in|within) (?:the next )?(\w+) years\b|(?:在)?([一二两兩三四五六七八九十\d]+)年[内內]/i.exec(clause);
    if (inYears) {
      const raw = inYears[1] ?? inYears[2]!;
      const n = WORDS_NUMBER[raw.toLowerCase()] ?? (Number(raw) || chineseNumeral(raw));
      if (n) return String(docYear + n);
    }
  }
  return null;
}

/** What every record of a clause shares: its kind, place and quote. */
function clauseRecord(doc: PolicyDocument, p: Paragraph, clause: Span, future: boolean) {
  return { kind: future ? ('target' as const) : ('statistic' as const), docId: doc.id, paragraph: p.index, start: clause[0], end: clause[1], quote: p.text.slice(clause[0], clause[1]) };
}

function scopeOf(paragraph: Paragraph, clause: Span, glossary: CompiledGlossary): string {
  if (paragraph.section) return paragraph.section;
  const cities = new Set(
    analyze(paragraph.text, glossary)
      .concepts.filter((c) => c.concept.startsWith('city-') && c.span[0] >= clause[0] && c.span[1] <= clause[1])
      .map((c) => c.concept.slice('city-'.length)),
  );
  return cities.size === 1 ? [...cities][0]! : 'shandong';
}

/** The direction of the verb nearest before the number (the one that governs it), else the first in the clause. */
function direction(table: ReadonlyArray<readonly [RegExp, string]>, before: string, clause: string): string | null {
  let nearest: { at: number; value: string } | null = null;
  let first: { at: number; value: string } | null = null;
  for (const [re, value] of table) {
    const global = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    for (const m of before.matchAll(global)) if (nearest === null || m.index > nearest.at) nearest = { at: m.index, value };
    const m = re.exec(clause);
    if (m && (first === null || m.index < first.at)) first = { at: m.index, value };
  }
  return (nearest ?? first)?.value ?? null;
}

/** "worth over 100 billion yuan each", "each with output of more than…": a quantity that describes the one before it. */
const EN_DESCRIPTOR = /\b(?:worth|valued at|each with|with (?:an? )?(?:output|revenue|value|scale) of|with output value of)\s+(?:[a-z]+\s+){0,3}$/i;

/** Words that name what is measured: the subject before the verb, or the noun counted after the number. */
function englishMetric(clause: string, numberAt: number, countNoun: string | null): string {
  if (countNoun) return countNoun.toLowerCase();
  const before = clause.slice(0, numberAt);
  const verbBy = /\b(?:increase|raise|grow|reduce|cut|lower|boost|expand)\s+(?:the\s+)?([\w\s,'-]{2,80}?)\s+by\s+(?:[a-z]+\s+)*$/i.exec(before);
  if (verbBy) return verbBy[1]!.trim();
  const subject = /(?:^|,\s*|\bthat\s+|\band\s+)((?:the\s+)?[A-Za-z][\w\s'-]{2,80}?)\s+(?:will|would|is|are|was|were|should|shall|has|have|had|grew|rose|fell|reached|increased|dropped)\b/i.exec(before);
  if (subject) return subject[1]!.replace(/^the\s+/i, '').replace(/^(?:in \d{4},?|by \d{4},?)\s*/i, '').trim();
  const words = before.replace(/[^\w\s'-]/g, ' ').trim().split(/\s+/).slice(-5).join(' ');
  return words;
}

function englishRecords(doc: PolicyDocument, p: Paragraph, clause: Span, glossary: CompiledGlossary): Omit<Target, 'id'>[] {
  const text = p.text.slice(clause[0], clause[1]);
  const future = EN_FUTURE.test(text);
  const past = EN_PAST.test(text) && !/\b(will|shall)\b/i.test(text);
  if (future === past) return [];
  const records: Omit<Target, 'id'>[] = [];
  const NUMBER = /(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.]*\d)(?:\s*(thousand|million|billion|trillion))?/g;
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1]!;
    const after = text.slice(m.index + m[0].length).replace(/^\s+/, '');
    const before = text.slice(0, m.index);
    // A year, an ordinal or a list number is not a quantity.
    if (/^(19|20)\d\d$/.test(raw) && !m[2]) continue;
    if (/^(st|nd|rd|th)\b/.test(after) || /\b(No\.|Article|Section|Grade)\s*$/i.test(before)) continue;
    if (records.length > 0 && EN_DESCRIPTOR.test(before)) continue;
    let unit = EN_UNITS.find(([re]) => re.test(after))?.[1] ?? null;
    const people = unit === null ? EN_PEOPLE.exec(after)?.[0] ?? null : null;
    const count = unit === null && people === null ? EN_COUNT_NOUN.exec(after)?.[1] ?? null : null;
    if (people) unit = 'people';
    if (unit === null && count === null) continue;
    unit ??= count!.split(' ').pop()!.toLowerCase();
    const scale = m[2] ? EN_SCALE[m[2].toLowerCase()]! : 1;
    const qualifier = EN_QUALIFIER.exec(before)?.[1]?.toLowerCase() ?? null;
    records.push({
      ...clauseRecord(doc, p, clause, future),
      metric: englishMetric(text, qualifier ? m.index - (EN_QUALIFIER.exec(before)?.[0].length ?? 0) : m.index, count ?? people),
      value: Math.round(arabic(raw) * scale * 1e6) / 1e6,
      unit,
      qualifier,
      direction: direction(EN_DIRECTIONS, before, text),
      horizon: horizonOf(text, doc),
      scope: scopeOf(p, clause, glossary),
    });
  }
  return records;
}

function chineseRecords(doc: PolicyDocument, p: Paragraph, clause: Span, glossary: CompiledGlossary): Omit<Target, 'id'>[] {
  const text = p.text.slice(clause[0], clause[1]);
  const future = ZH_FUTURE.test(text);
  const past = ZH_PAST.test(text) && !/(将|將|力争|力爭)/.test(text);
  if (future === past) return [];
  const records: Omit<Target, 'id'>[] = [];
  const NUMBER = /(\d+(?:\.\d+)?)|([零〇一二两兩三四五六七八九十百千]+)(?=[大强強个個项項家座条條批])/g;
  for (const m of text.matchAll(NUMBER)) {
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(0, m.index);
    if (m[1] && /^年/.test(after)) continue; // a year
    const scaleText = ZH_SCALE.exec(after)![0];
    const rest = after.slice(scaleText.length);
    const unitEntry = ZH_UNITS.find(([re]) => re.test(rest));
    if (!unitEntry) continue;
    if (m[1] && /^\d{4}$/.test(m[1]) && scaleText === '' && unitEntry[1] === 'items') continue;
    const base = m[1] ? arabic(m[1]) : chineseNumeral(m[2]!);
    if (base === null) continue;
    const [unitRe, unit] = unitEntry;
    const scale = scaleText ? ZH_SCALES[scaleText]! : 1;
    const unitText = scaleText + unitRe.exec(rest)![0];
    const qualifier = ZH_QUALIFIER_AFTER.exec(after.slice(unitText.length))?.[1] ?? ZH_QUALIFIER_BEFORE.exec(before)?.[1] ?? null;
    // The metric: what comes before the number in this clause, after any time phrase, without the verb.
    const metric = before
      .replace(/^.*?(?:到20\d\d年|20\d\d年)[，,]?/, '')
      .replace(/^.*[，,；;]/, '')
      .replace(/^[^，,]*?(?:将|將|要|力争|力爭)(?:培育|建设|建設|打造|新增|实现|實現|推动|推動|引进|引進)?/, '')
      .replace(ZH_QUALIFIER_BEFORE, '')
      .replace(/(达到|達到|增长|增長|提高到|提高|提升到|提升|培育|建设|建設|打造|新增|实现|實現|保持|为|為)$/, '')
      .trim();
    records.push({
      ...clauseRecord(doc, p, clause, future),
      metric: metric || after.slice(unitText.length).replace(/[，,。；;].*$/, '').slice(0, 20),
      value: Math.round(base * scale * 1e6) / 1e6,
      unit,
      qualifier,
      direction: direction(ZH_DIRECTIONS, before.slice(-6).replace(ZH_QUALIFIER_BEFORE, ''), text),
      horizon: horizonOf(text, doc),
      scope: scopeOf(p, clause, glossary),
    });
  }
  return records;
}

export function extractTargets(corpus: Corpus, glossary: CompiledGlossary): Target[] {
  const targets: Target[] = [];
  for (const doc of corpus.documents) {
    for (const p of doc.paragraphs) {
      if (p.kind === 'heading') continue;
      for (const clause of clauses(p.text, p.sentences)) {
        const found = doc.language === 'zh' ? chineseRecords(doc, p, clause, glossary) : englishRecords(doc, p, clause, glossary);
        found.forEach((t, i) => targets.push({ id: `${doc.id}-p${p.index}-${clause[0]}${found.length > 1 ? `-${i + 1}` : ''}`, ...t }));
      }
    }
  }
  return targets;
}

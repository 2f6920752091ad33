import type { Corpus, Paragraph, PolicyDocument, Span } from '../corpus/types';
import { analyze, type ConceptMatch } from '../search/analyze';
import type { CompiledGlossary } from '../search/glossary';
import { arabic, chineseNumeral } from './numbers';

/**
 * Quantified commitments (targets) and statements of fact about the past (statistics), each with the exact
 * clause it came from. Precision before reach: a quantity yields a record only when it has a unit or a counted
 * thing and its clause has a clear sign of the future (will, aims to, by 2025, 到2025年, 力争…) or of the past
 * (there were, grew, last year, 已, 截至…). The sign nearest before the quantity decides which ("GDP grew 4.5% and
 * will keep growing" is a statistic); a clause with neither yields nothing. A sentence is cut where a new time frame
 * opens (", by 2025", "，到2025年"), so that a figure reported and a figure promised in one sentence stay apart.
 * A commitment with a date it is due by ("By 2035, Shandong will basically complete…", 到2035年，基本实现…) but no
 * quantity is kept too, as a dated target without a value.
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
  /** What is measured (for a dated commitment, what is promised), in the document's own words. */
  readonly metric: string;
  /** The quantity and its unit; both null for a commitment that is dated but not quantified ("By 2035, … will …"). */
  readonly value: number | null;
  readonly unit: string | null;
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
  [/^percentage points?\b/i, 'percentage points'],
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
  en: ['no lower than', 'not lower than', 'no higher than', 'not higher than', 'lower than', 'higher than', 'more than', 'over', 'at least', 'no less than', 'not less than', 'about', 'around', 'approximately', 'nearly', 'almost', 'up to', 'above', 'below', 'less than', 'under', 'some', 'roughly'],
  zhAfter: ['以上', '左右', '以内', '以內', '以下'],
  zhBefore: ['超过', '超過', '突破', '不低于', '不低於', '不少于', '不少於', '约', '約', '近'],
} as const;
const EN_QUALIFIER = new RegExp(`\\b(${QUALIFIER_WORDS.en.join('|')})\\s+$`, 'i');
/** Signs of a commitment, including a list introduced by its name ("The main targets for 2022 are as follows: …", as 目标 in Chinese). */
const EN_FUTURE = /\b(will|shall|aims? to|aiming to|strive to|strives to|plans? to|(?:is|are) (?:expected|projected|forecast|set) to|targets?|goals?|objectives?|seeks? to|by (?:the end of )?20\d\d|in the next \w+ years|within \w+ years|this year|next year)\b/i;
/** Signs of a reported fact: past verbs, the present perfect, and periods already over (the first quarter, so far this year). */
const EN_PAST = /\b(there (?:were|was)|had|was|were|has been|have been|(?:has|have) (?:\w+ly )?\w+ed|grew|rose|increased|reached|hit|topped|fell|dropped|achieved|totaled|totalled|amounted|accounted for|remained|last year|in the past|over the past|(?:in )?the first (?:quarter|half|\w+ months)|so far this year|since the (?:beginning|start) of (?:this|the) year)\b/i;
const EN_DIRECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|grow(?:s|n|ing)?|grew|ris(?:e|es|ing)|rose|risen|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|add(?:s|ed|ing)?)\b/i, 'increase'],
  [/\b(reduc(?:e|es|ed|ing)|cut(?:s|ting)?|decreas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|f(?:a|e)ll(?:s|en|ing)?|drop(?:s|ped|ping)?|curb(?:s|ed|ing)?)\b/i, 'reduce'],
  [/\b(build(?:s|ing)?|built|construct(?:s|ed|ing)?|establish(?:es|ed|ing)?|set up|creat(?:e|es|ed|ing))\b/i, 'build'],
  [/\b(cultivat(?:e|es|ed|ing)|foster(?:s|ed|ing)?|nurtur(?:e|es|ed|ing)|develop(?:s|ed|ing)?)\b/i, 'cultivate'],
  [/\b(attract(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|invest(?:s|ed|ing)?)\b/i, 'attract'],
  [/\b(reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|exceed(?:s|ed|ing)?|hit|surpass(?:es|ed|ing)?|account(?:s|ed)? for)\b/i, 'reach'],
  [/\b(keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?)\b/i, 'maintain'],
];
const WORDS_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** A small count as the documents write it: "three", "3", 三. */
function countOf(raw: string): number | null {
  return WORDS_NUMBER[raw.toLowerCase()] ?? (Number(raw) || chineseNumeral(raw));
}

/**
 * The years a clause names as years: 2021年; "in 2021", "by 2025", "2021 saw…". Not a quantity that happens to be
 * a number like one (2000亿元, "2000 enterprises").
 */
function yearsIn(clause: string): Array<{ year: number; index: number }> {
  const han = /\p{Script=Han}/u.test(clause);
  const out: Array<{ year: number; index: number }> = [];
  for (const m of clause.matchAll(/\b(20\d\d)\b/g)) {
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + 4);
    const isYear = han
      ? /^年/.test(after)
      : /\b(?:in|by|since|until|before|from|to|of|during|through|after|end of|year)\s+$/i.test(before) || /^[,.]|^\s*$/.test(after) || before.trim() === '';
    if (isYear) out.push({ year: Number(m[1]), index: m.index });
  }
  return out;
}

// ---------- Chinese ----------

/** 万 and 亿 scale whatever unit follows: 10萬億元, 16萬個, 110萬人. */
const ZH_SCALE = /^(万亿|萬億|亿|億|万|萬)?/;
const ZH_SCALES: Record<string, number> = { 万亿: 1e12, 萬億: 1e12, 亿: 1e8, 億: 1e8, 万: 1e4, 萬: 1e4 };
const ZH_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:%|％)/, '%'],
  [/^個?百分點|^个?百分点/, 'percentage points'],
  [/^元/, 'yuan'],
  [/^美元/, 'US dollars'],
  [/^(?:吨|噸)/, 'tons'],
  [/^千瓦/, 'kilowatts'],
  [/^(?:人|名)/, 'people'],
  [/^(?:家|户|戶)/, 'enterprises'],
  [/^(?:个|個|项|項|座|条|條|批|所|大|强|強)/, 'items'],
];
const ZH_QUALIFIER_AFTER = new RegExp(`^(${QUALIFIER_WORDS.zhAfter.join('|')})`);
const ZH_QUALIFIER_BEFORE = new RegExp(`(${QUALIFIER_WORDS.zhBefore.join('|')})$`);
/** Signs of a commitment; 实施/推进/开展/启动 ("carry out…") head a plan's commitments (已实施 is a report: 已 is nearer). */
const ZH_FUTURE = /(到20\d\d年|20\d\d年前|力争|力爭|争取|爭取|将|將|要|预计|預計|目标|目標|计划|計劃|确保|確保|十四五|今後|今后|未來|未来|今年|明年|年内|年內|实施|實施|推进|推進|开展|開展|启动|啟動)/;
/**
 * 累计 ("in all") is not one: 将累计新增 is a promise; nor is 同比 ("year on year"), a comparison either way. A
 * quarter or half-year already over is.
 */
const ZH_PAST = /(已经|已經|已|去年|上年|过去|過去|截至|截止|近[一二两兩三四五六七八九十\d]+年|[一二三]季度|前三季度|上半年|今年以来|今年以來|(?:提高|增长|增長|下降|达到|達到|突破|增加|减少|減少|提升|完成)了)/;
const ZH_DIRECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(增长|增長|提高|提升|增加|新增|扩大|擴大)/, 'increase'],
  [/(下降|降低|减少|減少|压减|壓減)/, 'reduce'],
  [/(建设|建設|建成|打造|新建)/, 'build'],
  [/(培育|培养|培養|发展|發展)/, 'cultivate'],
  [/(引进|引進|吸引)/, 'attract'],
  [/(达到|達到|突破|超过|超過)/, 'reach'],
  [/(保持|稳定|穩定)/, 'maintain'],
];

/**
 * A sentence cut at semicolons; at ", and" when both sides hold a number; and where a new time frame opens after a
 * comma with a number on both sides (", by 2025 …", "，到2025年…"): the clauses targets point at.
 */
export function clauses(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const [s, e] of sentences) {
    let start = s;
    const sentence = text.slice(s, e);
    const cuts = [...sentence.matchAll(/[;；]\s*|,\s+(?:and|while)\s+|,\s+(?=(?:by|until|before) (?:the end of )?20\d\d\b)|，(?=(?:预计|預計|力争|力爭|争取|爭取)?(?:到|至|截至|截止|在)?20\d\d年|今年|明年|去年|力争|力爭|预计|預計)/g)];
    for (const cut of cuts) {
      const at = s + cut.index;
      const left = text.slice(start, at);
      const right = text.slice(at + cut[0].length, e);
      if (!/[;；]/.test(cut[0]) && !(/\d/.test(left) && /\d/.test(right))) continue;
      out.push([start, at]);
      start = at + cut[0].length;
    }
    out.push([start, e]);
  }
  return out.filter(([a, b]) => b > a);
}

/**
 * Whether the quantity at `at`..`end` is promised or reported: the sign of the future or of the past nearest to it
 * in its clause, before or after ("GDP grew 4.5% and will keep growing": grew; "…were helped, and 5 billion yuan
 * will be allocated": will), the one before on a tie. A past form after a modal or "to" ("will be increased", "to be
 * reached", 将累计…) is not a sign of the past. With no sign at all, a year the document had already seen ("In
 * 2021, …", 2021年，…) makes it a report. Null when nothing says.
 */
function kindAt(clause: string, at: number, end: number, zh: boolean, docYear: number | null): 'target' | 'statistic' | null {
  const [future, past] = zh ? [ZH_FUTURE, ZH_PAST] : [EN_FUTURE, EN_PAST];
  const modal = zh ? /(?:将|將|要|力争|力爭|争取|爭取|预计|預計)$/ : /\b(?:be|being|to|will|shall|would|should|could|may|might|can|must)\s+(?:\w+ly\s+)?$/i;
  // A comparison's own time ("from 2.34% last year", 比上年) says when the baseline was, not what the figure is.
  const masked = clause.replace(zh ? ZH_COMPARISON : EN_COMPARISON, (x) => ' '.repeat(x.length));
  // After the figure, only its own part of the clause speaks for it ("…增长50%，全省已…": 已 is the next figure's).
  const own = at + segmentAround(masked.slice(at), 0).length;
  const signs: Array<{ start: number; end: number; kind: 'target' | 'statistic' }> = [];
  for (const m of masked.matchAll(new RegExp(future.source, `${future.flags.replace('g', '')}g`))) {
    // 已实施 is done, not promised.
    if (!(zh && /(?:已|已经|已經)$/.test(masked.slice(0, m.index)))) signs.push({ start: m.index, end: m.index + m[0].length, kind: 'target' });
  }
  for (const m of masked.matchAll(new RegExp(past.source, `${past.flags.replace('g', '')}g`))) {
    if (!modal.test(masked.slice(0, m.index))) signs.push({ start: m.index, end: m.index + m[0].length, kind: 'statistic' });
  }
  // A sign inside a longer one ("this year" in "so far this year") is part of it, not a sign of its own.
  const whole = signs.filter((x) => !signs.some((y) => y !== x && y.start <= x.start && x.end <= y.end && y.end - y.start > x.end - x.start));
  let best: { distance: number; kind: 'target' | 'statistic' } | null = null;
  for (const sign of whole) {
    const distance = sign.end <= at ? at - sign.end : sign.start >= end && sign.start < own ? sign.start - end + 0.5 : Number.POSITIVE_INFINITY;
    if (!best || distance < best.distance) best = { distance, kind: sign.kind };
  }
  if (best && best.distance !== Number.POSITIVE_INFINITY) return best.kind;
  const y = yearsIn(masked)[0]?.year ?? null;
  return y !== null && docYear !== null && y < docYear ? 'statistic' : null;
}

/** The words that introduce a figure given only to compare with ("up from", "compared with", "than" but not "more than"). */
const EN_COMPARED = String.raw`\b(?:from|compared (?:with|to)|(?<!\b(?:more|less|fewer|no|not|rather|lower|higher|greater|below|above)\s)than|versus|vs\.?|against)\s+(?:(?:about|around|nearly|some|just|over|more than|less than)\s+)?`;
/** A figure given only to compare with ("up from 2.34% in 2021", "compared with 81,700 yuan"): not a record of its own. */
const EN_BASELINE = new RegExp(`${EN_COMPARED}$`, 'i');
/** Such a figure with its own time, which dates the baseline, not the figure it is compared to. */
const EN_COMPARISON = new RegExp(
  String.raw`${EN_COMPARED}[\d.,]+(?:\s*(?:thousand|million|billion|trillion))?(?:\s*(?:%|percent|[a-z]+))?(?:\s+(?:in|at the end of|by the end of)\s+20\d\d|\s+(?:last|the previous) year|\s+a year (?:ago|earlier))?`,
  'gi',
);
/** 比上年, 较2020年, 同比: what a Chinese figure is compared with. */
const ZH_COMPARED = '(?:(?:比|较|較)(?:上年|去年|20\\d\\d年)(?:同期|底|末)?|同比)';
const ZH_COMPARISON = new RegExp(ZH_COMPARED, 'g');
/** A threshold that describes what is counted ("cities with GDP over 1 trillion yuan"), not a quantity of its own. */
const EN_THRESHOLD = /\bwith (?:an? )?(?:annual )?(?:GDP|output|revenue|sales|value|income|turnover|investment|assets)(?: value)?\s+(?:of\s+)?(?:over|above|exceeding|more than|at least|of|topping)?\s*$/i;

function docYearOf(doc: PolicyDocument): number | null {
  return doc.date.value ? Number(doc.date.value.slice(0, 4)) : null;
}

/** A number as the text means it, without floating-point dust (8.3 trillion, not 8300000000000.001). */
function scaled(base: number, scale: number): number {
  return Number((base * scale).toPrecision(12));
}

/** The part of a clause around the quantity at `at`: between the commas or "and"s either side of it. */
function segmentAround(text: string, at: number): string {
  const cuts = [...text.matchAll(/[，；;]\s*|,(?!\d{3})\s*|\s+and\s+|\s+while\s+/g)];
  let start = 0;
  let end = text.length;
  for (const c of cuts) {
    if (c.index + c[0].length <= at) start = c.index + c[0].length;
    else if (c.index >= at) {
      end = c.index;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * When the quantity at `at` is due or describes: what its own part of the clause says, else the whole clause. A
 * statistic describes a time the document has seen: never a year it is due "by", never one after the document.
 */
function horizonAt(text: string, at: number, doc: PolicyDocument, kind: Target['kind']): string | null {
  const docYear = docYearOf(doc);
  const fits = (h: string | null): boolean => {
    if (h === null || kind === 'target' || docYear === null) return h !== null;
    const last = Number(/\d{4}$/.exec(h)?.[0] ?? 0);
    return last <= docYear;
  };
  for (const part of [segmentAround(text, at), text]) {
    const h = horizonOf(part, doc, kind === 'statistic');
    if (fits(h)) return h;
  }
  return null;
}

function horizonOf(clause: string, doc: PolicyDocument, reported = false): string | null {
  const docYear = docYearOf(doc);
  const range = /(20\d\d)年?\s*(?:[-–—至到]|(?:to|through|until)\s)\s*(20\d\d)/i.exec(clause) ?? /\bfrom (20\d\d) to (20\d\d)\b/i.exec(clause);
  if (range) return `${range[1]}-${range[2]}`;
  // A year something is due by comes first; a year it is compared with ("than in 2020", 比2020年) is never the horizon.
  const by = reported ? null : /\b(?:by|before|until|through)\s+(?:the end of\s+)?(20\d\d)\b|到(20\d\d)年|(20\d\d)年(?:前|底前)/i.exec(clause);
  if (by) return by[1] ?? by[2] ?? by[3]!;
  if (/14th Five-Year Plan|十四五/i.test(clause)) return '2021-2025';
  for (const { year, index } of yearsIn(clause)) {
    if (/\b(?:than|compared with|compared to|from|over|since|of)\s+(?:the (?:level|end) (?:of|in)\s+)?(?:that (?:of|in)\s+)?$|(?:比|较|較|相比|同比|与|與)$/i.test(clause.slice(0, index))) continue;
    return String(year);
  }
  if (docYear !== null) {
    if (/\bthis year\b|今年|年内|年內/i.test(clause)) return String(docYear);
    if (/\bnext year\b|明年/i.test(clause)) return String(docYear + 1);
    if (/\blast year\b|去年|上年|过去一年|過去一年/i.test(clause)) return String(docYear - 1);
    const recent = /近([一二两兩三四五六七八九十\d]+)年|\b(?:in|over) the (?:past|last) (\w+) years\b/i.exec(clause);
    if (recent) {
      const n = countOf(recent[1] ?? recent[2]!);
      if (n) return `${docYear - n}-${docYear - 1}`;
    }
    const ahead = /(?:未来|未來)([一二两兩三四五六七八九十\d]+)年/.exec(clause);
    if (ahead) {
      const n = countOf(ahead[1]!);
      if (n) return String(docYear + n);
    }
    const inYears = /\b(?:in|within) (?:the next )?(\w+) years\b|(?:在)?([一二两兩三四五六七八九十\d]+)年[内內]/i.exec(clause);
    if (inYears) {
      const n = countOf(inYears[1] ?? inYears[2]!);
      if (n) return String(docYear + n);
    }
  }
  return null;
}

/** What every record of a clause shares: its kind, place and quote. */
function clauseRecord(doc: PolicyDocument, p: Paragraph, clause: Span, kind: Target['kind']) {
  return { kind, docId: doc.id, paragraph: p.index, start: clause[0], end: clause[1], quote: p.text.slice(clause[0], clause[1]) };
}

/**
 * Whose commitment it is: the city whose section of 002 it is in; else the one city its clause names; else, when
 * the clause names none and does not speak for the province, the one city its sentence names
 * ("济南市GDP去年突破1.1万亿元，今年力争达到1.2万亿元"); else the province.
 */
/** The city names of a paragraph, analysed once for all the records taken from it. */
const cityMentionCache = new WeakMap<CompiledGlossary, WeakMap<Paragraph, readonly ConceptMatch[]>>();
function cityMentions(paragraph: Paragraph, glossary: CompiledGlossary): readonly ConceptMatch[] {
  let byParagraph = cityMentionCache.get(glossary);
  if (byParagraph === undefined) cityMentionCache.set(glossary, (byParagraph = new WeakMap()));
  let found = byParagraph.get(paragraph);
  if (found === undefined) {
    found = analyze(paragraph.text, glossary).concepts.filter((c) => c.concept.startsWith('city-'));
    byParagraph.set(paragraph, found);
  }
  return found;
}

function scopeOf(paragraph: Paragraph, clause: Span, glossary: CompiledGlossary): string {
  if (paragraph.section) return paragraph.section;
  const concepts = cityMentions(paragraph, glossary);
  const citiesIn = ([from, to]: Span): Set<string> =>
    new Set(concepts.filter((c) => c.span[0] >= from && c.span[1] <= to).map((c) => c.concept.slice('city-'.length)));
  const own = citiesIn(clause);
  if (own.size === 1) return [...own][0]!;
  if (own.size > 1 || /\b(?:province|provincial|Shandong)\b|全省|我省|山东|山東/i.test(paragraph.text.slice(clause[0], clause[1]))) return 'shandong';
  const sentence = paragraph.sentences.find(([s, e]) => s <= clause[0] && clause[1] <= e);
  const around = sentence ? citiesIn(sentence) : new Set<string>();
  return around.size === 1 ? [...around][0]! : 'shandong';
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
function englishMetric(clause: string, numberAt: number, countNoun: string | null, afterUnit: string): string {
  if (countNoun) return countNoun.toLowerCase();
  // "10 billion yuan in investment", "2.5% of GDP": the thing the amount is of.
  const of = /^\s*(?:of|in)\s+((?:the\s+)?[a-z][\w'-]*(?:\s+(?!by\b|in\b|to\b|and\b|will\b|from\b)[a-z][\w'-]*){0,4})/i.exec(afterUnit);
  const before = clause.slice(0, numberAt);
  const verbBy = /\b(?:increase|raise|grow|reduce|cut|lower|boost|expand|lift|bring)\s+(?:the\s+|its\s+|their\s+)?([\w\s,&'-]{2,80}?)\s+(?:by|to)\s+(?:[a-z]+\s+)*$/i.exec(before);
  if (verbBy) return verbBy[1]!.trim();
  // "make its marine GDP exceed 1.8 trillion yuan"
  const make = /\b(?:make|making|keep|keeping|push|pushing)\s+(?:its|the|their)\s+([\w\s&'-]{2,60}?)\s+(?:exceed|reach|hit|surpass|top|stay|remain|above|at)\s+(?:[a-z]+\s+)*$/i.exec(before);
  if (make) return make[1]!.trim();
  const subject = /(?:^|,\s*|\bthat\s+|\band\s+)((?:the\s+)?[A-Za-z][\w\s&'-]{2,80}?)\s+(?:will|would|is|are|was|were|should|shall|has|have|had|grew|rose|fell|reached|increased|dropped|hit|topped|totaled|totalled|exceeded|accounted|remained|stood)\b/i.exec(before);
  const named = subject?.[1]!.replace(/^the\s+/i, '').replace(/^(?:in \d{4},?|by \d{4},?)\s*/i, '').trim();
  // A pronoun, or the actor itself, names nothing: "it will grow by 5%" is measured by what the amount is of, if the text says.
  if (named && !/^(?:it|they|this|these|that|we|which|there|(?:shandong )?province|shandong|(?:the )?city|(?:provincial |municipal )?government)$/i.test(named)) return named;
  if (of) return of[1]!.replace(/^the\s+/i, '').trim();
  if (named) return named;
  // "5 billion yuan will be allocated": the amount is the subject; what is done with it names it.
  const done = /^\s*(?:will|shall|is|are|was|were|has been|have been)\s+(?:be\s+)?(?:\w+ly\s+)?(\w+ed)\b/i.exec(afterUnit);
  if (done) return done[1]!.toLowerCase();
  // Else the last words before the number, without the verbs and modals that lead to it.
  return before
    .replace(/[^\w\s'-]/g, ' ')
    .replace(/\b(?:will|shall|would|should|aims?|plans?|strives?|seeks?|to|by|be|is|are|reach|grow|rise|increase|attract|build|cultivate|achieve|exceed|hit|up)\b/gi, ' ')
    .trim()
    .split(/\s+/)
    .slice(-5)
    .join(' ');
}

function englishRecords(doc: PolicyDocument, p: Paragraph, clause: Span, glossary: CompiledGlossary, listed: Listed | null): Omit<Target, 'id'>[] {
  const text = p.text.slice(clause[0], clause[1]);
  const records: Omit<Target, 'id'>[] = [];
  const NUMBER = /(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.]*\d)(?:\s*(thousand|million|billion|trillion))?/g;
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1]!;
    const after = text.slice(m.index + m[0].length).replace(/^\s+/, '');
    const before = text.slice(0, m.index);
    // A year, an ordinal or a list number is not a quantity.
    // "in 2025", "2021 saw…" is a year; "attract 2000 enterprises" is a count (a unit or counted thing must follow).
    const yearLike = /^(19|20)\d\d$/.test(raw) && !m[2];
    if (yearLike && (/\b(?:in|by|since|until|before|from|to|of|during|through|after|end of|year)\s+$/i.test(before) || before.trim() === '')) continue;
    if (/^(st|nd|rd|th)\b/.test(after) || /\b(No\.|Article|Section|Grade)\s*$/i.test(before)) continue;
    // A rank ("among the top 10 cities") is not a quantity.
    if (/\b(?:top|the first|the best|ranked|ranking|ranks)\s+$/i.test(before)) continue;
    if (records.length > 0 && EN_DESCRIPTOR.test(before)) continue;
    if (EN_BASELINE.test(before) || EN_THRESHOLD.test(before)) continue;
    const unitMatch = EN_UNITS.map(([re, name]) => [re.exec(after), name] as const).find(([found]) => found !== null);
    let unit = unitMatch?.[1] ?? null;
    const people = unit === null ? EN_PEOPLE.exec(after)?.[0] ?? null : null;
    const count = unit === null && people === null ? EN_COUNT_NOUN.exec(after)?.[1] ?? null : null;
    if (people) unit = 'people';
    if (unit === null && count === null) continue;
    unit ??= count!.split(' ').pop()!.toLowerCase();
    const scale = m[2] ? EN_SCALE[m[2].toLowerCase()]! : 1;
    const kind = kindAt(text, m.index, m.index + m[0].length, false, docYearOf(doc)) ?? listed?.kind ?? null;
    if (kind === null) continue;
    const qualifier = EN_QUALIFIER.exec(before)?.[1]?.toLowerCase() ?? null;
    const unitLength = unitMatch?.[0]?.[0].length ?? 0;
    records.push({
      ...clauseRecord(doc, p, clause, kind),
      metric: englishMetric(text, qualifier ? m.index - (EN_QUALIFIER.exec(before)?.[0].length ?? 0) : m.index, count ?? people, count ?? people ? '' : after.slice(unitLength)),
      value: scaled(arabic(raw), scale),
      unit,
      qualifier,
      direction: direction(EN_DIRECTIONS, before, text),
      horizon: horizonAt(text, m.index, doc, kind) ?? (listed ? horizonAt(listed.lead, listed.lead.length, doc, kind) : null),
      scope: scopeOf(p, clause, glossary),
    });
  }
  return records;
}

const ZH_VERB_AT_END = /(达到|達到|增长|增長|增长到|增長到|提高到|提高|提升到|提升|培育|建设|建設|建成|打造|新增|实现|實現|保持|为|為|超过|超過|突破|下降|降低|减少|減少|压减|壓減|稳定在|穩定在|控制在|达|達|完成|争取|爭取|力争|力爭|累计|累計|引进|引進)了?$/;
const ZH_COMPARISON_AT_END = new RegExp(`${ZH_COMPARED}$|(?:年均|平均|每年)$`);
/** Enumerators and lead-ins before the measure: 一是, 其中, 预期目标是：. */
const ZH_LEADING_NOISE = /^(?:[一二三四五六七八九十]是|其中有?|有|主要预期目标是|主要預期目標是|预期目标是|預期目標是|目标是|目標是|去年|今年|明年|上年|全年|年内|年內)*[:：]?(?:建成|完成|实现|實現|打造)?/;
/** What is left when only a time or a verb precedes the number: not a metric. */
const ZH_NOT_A_METRIC = /^(?:[一二两兩三四五六七八九十\d]+年[内內]|年[内內]|今年|明年|其中|有|增速高于全国|增速高於全國)?$/;
const ZH_MODAL = /(?:将|將|要|力争|力爭|预计|預計|确保|確保)(?:培育|建设|建設|打造|新增|实现|實現|推动|推動|引进|引進)?/;
const ZH_WHOLE_PROVINCE = /^(?:全省|我省|山东省?|山東省?|全市|今年|明年)+/;
/** What leads into a reported figure: 已建成, 累计新增… (not part of what is measured). */
const ZH_REPORTED = /^(?:已经|已經|已|累计|累計)+(?:建成|建设|建設|新增|培育|达到|達到|达|達|实现|實現)?/;

/**
 * What is measured, from the words before the number in its clause: after any time phrase; then what follows the
 * modal verb ("全省将培育首台(套)技术装备超过100项": 首台(套)技术装备), or, when the verb is all that follows it, what
 * precedes it ("全省GDP将达到10万亿元": GDP); without the verb and qualifier next to the number.
 */
function chineseMetric(before: string): string {
  const plain = before
    .replace(/^.*[，,；;]/, '')
    .replace(/^(?:力争|力爭|争取|爭取|预计|預計)?(?:到|至|截至|截止|在)?20\d\d年(?:底|末|前|以来|以來)?/, '')
    .replace(ZH_COMPARISON, '');
  const tidy = (x: string): string => {
    let out = x.replace(ZH_LEADING_NOISE, '');
    // Peel what stands between the measure and its number: qualifiers, verbs, comparisons (比上年, 同比, 年均).
    for (let previous = ''; previous !== out; ) {
      previous = out;
      out = out.replace(ZH_QUALIFIER_BEFORE, '').replace(ZH_VERB_AT_END, '').replace(ZH_COMPARISON_AT_END, '').trim();
    }
    return ZH_NOT_A_METRIC.test(out) ? '' : out;
  };
  const modal = ZH_MODAL.exec(plain);
  if (!modal) return tidy(plain.replace(ZH_WHOLE_PROVINCE, '').replace(ZH_REPORTED, ''));
  const object = tidy(plain.slice(modal.index + modal[0].length));
  return object || tidy(plain.slice(0, modal.index).replace(ZH_WHOLE_PROVINCE, ''));
}

function chineseRecords(doc: PolicyDocument, p: Paragraph, clause: Span, glossary: CompiledGlossary, listed: Listed | null): Omit<Target, 'id'>[] {
  const text = p.text.slice(clause[0], clause[1]);
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
    // A count that names a programme and is followed by the real quantity (十强产业集群达到30个) is part of the name.
    if (m[2] && /^[^，,。；;]*\d/.test(after)) continue;
    // A rank is not a quantity: 进入全国十强, 中国企业500强 (a 强 that ends the phrase, or follows 进入/入选…).
    if (/^(?:强|強)/.test(rest) && (/^(?:强|強)(?:[，,。；;、）)」”]|$)/.test(rest) || /(?:进入|進入|入选|入選|跻身|躋身|位列|位居|排名|前)[^，,。；;]{0,12}$/.test(before))) continue;
    const kind = kindAt(text, m.index, m.index + m[0].length, true, docYearOf(doc)) ?? listed?.kind ?? null;
    if (kind === null) continue;
    const [unitRe, unit] = unitEntry;
    const scale = scaleText ? ZH_SCALES[scaleText]! : 1;
    const unitText = scaleText + unitRe.exec(rest)![0];
    const qualifier = ZH_QUALIFIER_AFTER.exec(after.slice(unitText.length))?.[1] ?? ZH_QUALIFIER_BEFORE.exec(before)?.[1] ?? null;
    // The metric: what comes before the number in this clause, after any time phrase, without the verb.
    const earlier = records[records.length - 1];
    records.push({
      ...clauseRecord(doc, p, clause, kind),
      // A count in Chinese numerals names a programme (十强产业, 六大工程): the name is the metric.
      metric: m[2]
        ? `${m[2]}${rest.replace(/[，,。；;、].*$/, '')}`.slice(0, 20)
        : chineseMetric(before) || after.slice(unitText.length).replace(ZH_QUALIFIER_AFTER, '').replace(/[，,。；;].*$/, '').slice(0, 20).trim() || earlier?.metric || '',
      value: scaled(base, scale),
      unit,
      qualifier,
      direction: direction(ZH_DIRECTIONS, before.slice(-6).replace(ZH_QUALIFIER_BEFORE, ''), text),
      horizon: horizonAt(text, m.index, doc, kind) ?? (listed ? horizonAt(listed.lead, listed.lead.length, doc, kind) : null),
      scope: scopeOf(p, clause, glossary),
    });
  }
  return records;
}

const EN_DUE = /\b(?:by|before|until) (?:the end of )?20\d\d\b,?\s*/i;
const ZH_DUE = /到20\d\d年(?:底|末)?[，,]?|20\d\d年前[，,]?/;

/** A clause that promises something by a stated year without a quantity: one dated target, what is promised as its metric. */
function datedRecord(doc: PolicyDocument, p: Paragraph, clause: Span, glossary: CompiledGlossary): Omit<Target, 'id'> | null {
  const text = p.text.slice(clause[0], clause[1]);
  const zh = doc.language === 'zh';
  const due = (zh ? ZH_DUE : EN_DUE).exec(text);
  if (!due) return null;
  const rest = text.slice(0, due.index) + text.slice(due.index + due[0].length);
  // The date is itself a sign of the future, unless the rest says the past (到2020年，已…; "By 2020, … had …"), or
  // the year is already behind the document.
  if (kindAt(rest, 0, 0, zh, docYearOf(doc)) === 'statistic') return null;
  const year = Number(/20\d\d/.exec(due[0])![0]);
  const docYear = docYearOf(doc);
  if (docYear !== null && year < docYear) return null;
  // What is promised: the words after the date, to the end of the first clause.
  const promised = rest
    .replace(/^[\s,，]+/, '')
    .split(zh ? /[，,；;。]/ : /,\s+(?:and|while)\s+|;|\.(?:\s|$)/)[0]!
    .trim();
  if ([...promised].length < (zh ? 4 : 12)) return null;
  const words = [...promised];
  return {
    ...clauseRecord(doc, p, clause, 'target'),
    metric: words.length > 90 ? `${words.slice(0, 89).join('')}…` : promised,
    value: null,
    unit: null,
    qualifier: null,
    direction: direction(zh ? ZH_DIRECTIONS : EN_DIRECTIONS, '', text),
    horizon: horizonOf(text, doc),
    scope: scopeOf(p, clause, glossary),
  };
}

/** A list's introduction, before its colon, and what it makes of the items after it. */
interface Listed {
  readonly lead: string;
  readonly kind: Target['kind'];
}

/**
 * What a list's introduction makes of the items after its colon, for an item whose own clause says nothing of its
 * kind or time ("The main targets for 2022 are as follows: …, and create more than 1.1 million urban jobs", 主要目标是：…).
 */
function listKind(p: Paragraph, clause: Span, zh: boolean, docYear: number | null): Listed | null {
  const sentence = p.sentences.find(([s, e]) => s <= clause[0] && clause[0] < e);
  if (!sentence) return null;
  const before = p.text.slice(sentence[0], clause[0]);
  const colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'));
  if (colon === -1) return null;
  const lead = before.slice(0, colon);
  const kind = kindAt(lead, lead.length, lead.length, zh, docYear);
  return kind ? { lead, kind } : null;
}

export function extractTargets(corpus: Corpus, glossary: CompiledGlossary): Target[] {
  const targets: Target[] = [];
  for (const doc of corpus.documents) {
    for (const p of doc.paragraphs) {
      if (p.kind === 'heading') continue;
      for (const clause of clauses(p.text, p.sentences)) {
        const listed = listKind(p, clause, doc.language === 'zh', docYearOf(doc));
        const quantified = doc.language === 'zh' ? chineseRecords(doc, p, clause, glossary, listed) : englishRecords(doc, p, clause, glossary, listed);
        const dated = quantified.length === 0 ? datedRecord(doc, p, clause, glossary) : null;
        const found = dated ? [dated] : quantified;
        found.forEach((t, i) => {
          // "截至2021年底…5G基站5万个，到2025年将达到20万个": a clause that names no metric continues the one before
          // it in the paragraph when it counts the same unit.
          const previous = targets[targets.length - 1];
          const inherited = previous && previous.docId === doc.id && previous.paragraph === p.index && previous.unit === t.unit ? previous.metric : '';
          const id = `${doc.id}-p${p.index}-${clause[0]}${found.length > 1 ? `-${i + 1}` : ''}`;
          targets.push({ id, ...t, metric: t.metric || inherited || t.quote.slice(0, 30) });
        });
      }
    }
  }
  return targets;
}

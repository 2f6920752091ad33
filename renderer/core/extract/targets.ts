/**
 * Quantified commitments (targets) and figures reported (statistics), each with the exact clause it came from, and
 * commitments dated but not quantified ("By 2035, … will …"). Built from small parts, each string in and spans out,
 * each with its tests: `clauses` (where a quote may start and end), `quantities` (figures, units, ranges,
 * qualifiers), `kind` (promised or reported, and how sure), `time` (horizons), `metric` (what is measured and which
 * way), `scope` (province or city). Chinese is read from the paragraph folded to Simplified (same length, so every
 * offset holds); what is quoted and shown is the original text. Measured by `npm run eval:targets`.
 */
import type { Corpus, Paragraph, PolicyDocument, Span } from '../corpus/types';
import type { CompiledGlossary } from '../search/glossary';
import { foldHan } from '../search/fold';
import { clauses } from './clauses';
import {
  EN_COMPARED,
  isInstruction,
  kindInClause,
  segmentAround,
  signsIn,
  withoutComparisons,
  type Kind,
  type KindBasis,
  type KindReading,
} from './kind';
import { chineseMetric, directionOf, englishMetric } from './metric';
import { chineseQuantities, englishQuantities, type Quantity } from './quantities';
import { documentCity, scopeOf } from './scope';
import { horizonOf, yearsIn } from './time';

export { clauses } from './clauses';
export { QUALIFIER_WORDS } from './quantities';

export interface Target {
  readonly id: string;
  readonly kind: Kind;
  readonly docId: string;
  readonly paragraph: number;
  /** The clause, as offsets in the paragraph's cleaned text; never across a sentence end. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  /** What is measured (for a dated commitment, what is promised), in the document's own words. */
  readonly metric: string;
  /** The quantity and its unit; both null for a commitment that is dated but not quantified ("By 2035, … will …"). */
  readonly value: number | null;
  /** The high end of a range ("3 to 4 clusters": value 3, valueMax 4), else null. */
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly qualifier: string | null;
  readonly direction: string | null;
  /** The year or years it is due ("2025", "2021-2025"), or for a statistic the year it describes; null when the text does not say. */
  readonly horizon: string | null;
  /** "shandong", or a city id. */
  readonly scope: string;
  /** What the kind rests on (see `kind.ts`) and the words that decided it. */
  readonly basis: KindBasis;
  readonly sign: string;
  /** True when the kind rests on a weak sign (the paragraph around it, or a bare verb): a reader should check it. */
  readonly unsure: boolean;
}

/** Switches for the rules the evaluation measures one without the other. */
export interface ExtractOptions {
  /** A year the document has already seen makes a figure reported (rule 1 of `kind.ts`). */
  readonly pastYear?: boolean;
  /** Without a sign in the clause, the list's introduction, the section's heading, a bare verb and the paragraph decide (rules 3–6). */
  readonly context?: boolean;
  /** A city's own report scopes its records to that city. */
  readonly documentScope?: boolean;
  /**
   * What the heading of a paragraph's section says decides a figure nothing nearer does: 'first', before a bare verb
   * and the paragraph's earlier signs; 'last', after them; false, never.
   */
  readonly section?: 'first' | 'last' | false;
  /** With nothing else to go on, the last sign in the paragraphs before, back to the section's heading. */
  readonly previousParagraphs?: boolean;
}

export const EXTRACTOR_VARIANTS: ReadonlyArray<{ name: string; about: string; options: ExtractOptions }> = [
  { name: 'reader', about: 'as the Targets view extracts', options: {} },
  {
    name: 'clause-only',
    about:
      'kind from signs in the clause only (no list, paragraph or bare-verb context): the precision-first rule before issue 10',
    options: { context: false },
  },
  {
    name: 'tense-only',
    about: 'without reading a year the document had already seen as a report',
    options: { pastYear: false },
  },
  {
    name: 'section-last',
    about: "a section's heading decides only after a bare verb and the paragraph's earlier signs",
    options: { section: 'last' },
  },
  { name: 'no-section', about: "without reading a section's heading", options: { section: false } },
  {
    name: 'no-previous-paragraphs',
    about: 'without the last sign of the paragraphs before',
    options: { previousParagraphs: false },
  },
  {
    name: 'no-document-scope',
    about: "without scoping a city's own report to the city",
    options: { documentScope: false },
  },
];

function docYearOf(doc: PolicyDocument): number | null {
  return doc.date.value ? Number(doc.date.value.slice(0, 4)) : null;
}

/** A government work report sets that year's targets: a target it gives no time is due within the year. */
function isAnnualPlan(doc: PolicyDocument): boolean {
  return /\bwork report\b|工作报告|工作報告/i.test(`${doc.titles.en} ${doc.titles.zh}`);
}

interface Context {
  readonly doc: PolicyDocument;
  readonly zh: boolean;
  readonly docYear: number | null;
  readonly docCity: string | null;
  readonly glossary: CompiledGlossary;
  readonly options: Required<ExtractOptions>;
  /** What each paragraph's section heading says (`sectionReadings`). */
  readonly sections: ReadonlyArray<KindReading | null>;
}

/**
 * How far back in a paragraph the context of a clause is read (its list's introduction, the signs and years before
 * it): far enough for any real paragraph, and a bound on the work a pathologically long one can cause.
 */
const CONTEXT = 2000;

/** What a list's introduction, before the colon in the clause's sentence, makes of the items after it. */
function listReading(
  p: Paragraph,
  folded: string,
  clause: Span,
  ctx: Context,
): { reading: KindReading; lead: string } | null {
  const sentence = p.sentences.find(([s, e]) => s <= clause[0] && clause[0] < e);
  if (!sentence) return null;
  // (Within reach: a sentence of thousands of characters is read from its last stretch before the clause.)
  const from = Math.max(sentence[0], clause[0] - CONTEXT);
  const before = folded.slice(from, clause[1]);
  const colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'));
  const lead = colon !== -1 && from + colon < clause[1] ? before.slice(0, colon) : leadParagraph(p, ctx);
  if (lead === null) return null;
  const reading = kindInClause(lead, lead.length, lead.length, ctx.zh, ctx.options.pastYear ? ctx.docYear : null);
  return reading ? { reading: { ...reading, basis: 'list' }, lead } : null;
}

/** A list item of its own paragraph: ——…, －…, ·…, （一）…, (1)…, 1. …, ①…. */
const LIST_ITEM = /^\s*(?:——|－|-\s|·|•|（[一二三四五六七八九十\d]+）|\([\da-z]+\)|\d+[.、．]\s*|[①-⑳])/;

/**
 * For a list whose items are paragraphs of their own, the sentence that introduces it: the last sentence of the
 * paragraph before the items, when it ends with a colon ("到2026年，…。具体目标如下：").
 */
function leadParagraph(p: Paragraph, ctx: Context): string | null {
  if (!LIST_ITEM.test(p.text)) return null;
  for (let i = p.index - 1; i >= 0; i--) {
    const above = ctx.doc.paragraphs[i]!;
    if (LIST_ITEM.test(above.text)) continue;
    const text = (ctx.zh ? foldHan(above.text) : above.text).trimEnd();
    if (!/[:：]$/.test(text)) return null;
    const last = above.sentences[above.sentences.length - 1];
    // The introduction with the sentence before it, which often holds its time ("到2026年，… 。具体目标如下：").
    const from = above.sentences.length > 1 ? above.sentences[above.sentences.length - 2]![0] : (last?.[0] ?? 0);
    return text.slice(from, text.length - 1);
  }
  return null;
}

/** The nearest sign of kind earlier in the paragraph, for a clause that has none of its own. */
function paragraphReading(folded: string, clause: Span, zh: boolean): KindReading | null {
  const signs = signsIn(withoutComparisons(folded.slice(Math.max(0, clause[0] - CONTEXT), clause[0]), zh), zh);
  const last = signs[signs.length - 1];
  return last ? { kind: last.kind, basis: 'paragraph', sign: last.text } : null;
}

/** Signs of a forecast rather than a commitment. */
const FORECAST = /^(?:预计|预期|(?:is|are) (?:expected|projected|forecast|estimated) to)$/i;

/** A line that reads as a section's heading: short, with no sentence inside it. */
function looksLikeHeading(p: Paragraph, zh: boolean): boolean {
  if (p.kind === 'heading') return true;
  const text = p.text.trim();
  return zh
    ? [...text].length <= 30 && !/[。！？；，,;!?]/.test(text)
    : text.length <= 90 && !/[.!?;,]\s*$/.test(text) && !/[.!?;]\s/.test(text);
}

/** Words that say what a section holds: a review of what was done, or the work ahead. */
const SECTION_WORDS: Record<'en' | 'zh', ReadonlyArray<readonly [RegExp, Kind]>> = {
  zh: [
    [/回顾|成绩|成就|成效|进展|主要指标完成|完成情况|发展基础|基础条件|现状|基本情况/, 'statistic'],
    [/安排|任务|目标|部署|打算|思路|举措|重点工作|工作重点|计划/, 'target'],
  ],
  en: [
    [/\b(?:review|achievements?|progress|results|accomplishments|performance)\b/i, 'statistic'],
    [/\b(?:tasks|plans?|arrangements|targets|goals|priorities|measures|objectives|work ahead)\b/i, 'target'],
  ],
};

/**
 * The kind the section a paragraph sits in gives its figures ("一、2022年工作回顾" … "二、2023年工作安排"): the
 * nearest heading above it that says, by a sign of kind, a year already seen, or what the section holds. Unsure.
 */
function sectionReading(p: Paragraph, ctx: Context): KindReading | null {
  return ctx.sections[p.index] ?? null;
}

/**
 * For each paragraph of a document, what its section's heading says (see `sectionReading`): worked out once per
 * document, walking down it, not again for every figure. The document's title does not count here (it is read last).
 */
function sectionReadings(
  doc: PolicyDocument,
  zh: boolean,
  docYear: number | null,
  options: Required<ExtractOptions>,
): Array<KindReading | null> {
  const titles = new Set([doc.titles.zh, doc.titles.en]);
  const ctx = { zh, docYear, options };
  let current: KindReading | null = null;
  return doc.paragraphs.map((p) => {
    const above = current;
    if (looksLikeHeading(p, zh) && !titles.has(p.text)) current = headingReading(p.text, ctx) ?? current;
    return above;
  });
}

/** What a heading says of the figures under it: a sign of kind, a year already seen, or what the section holds. */
function headingReading(heading: string, ctx: Pick<Context, 'zh' | 'docYear' | 'options'>): KindReading | null {
  const text = ctx.zh ? foldHan(heading) : heading;
  const signed = kindInClause(text, text.length, text.length, ctx.zh, ctx.options.pastYear ? ctx.docYear : null);
  if (signed) return { kind: signed.kind, basis: 'section', sign: heading.slice(0, 30) };
  const word = SECTION_WORDS[ctx.zh ? 'zh' : 'en'].find(([re]) => re.test(text));
  return word ? { kind: word[1], basis: 'section', sign: heading.slice(0, 30) } : null;
}

function readKind(
  p: Paragraph,
  folded: string,
  clause: Span,
  text: string,
  q: { start: number; end: number },
  ctx: Context,
): { reading: KindReading; lead: string | null } | null {
  const own = kindInClause(text, q.start, q.end, ctx.zh, ctx.options.pastYear ? ctx.docYear : null);
  // A forecast (预计全年…, "is expected to") in a section reviewing the year just ended is that year's preliminary figure.
  if (own && FORECAST.test(own.sign) && ctx.options.context && ctx.options.section) {
    const section = sectionReading(p, ctx);
    if (section?.kind === 'statistic') return { reading: section, lead: null };
  }
  if (own) return { reading: own, lead: null };
  if (!ctx.options.context) return null;
  const listed = listReading(p, folded, clause, ctx);
  if (listed) return listed;
  const section = ctx.options.section ? sectionReading(p, ctx) : null;
  if (section && ctx.options.section === 'first') return { reading: section, lead: null };
  if (isInstruction(text, ctx.zh))
    return {
      reading: {
        kind: 'target',
        basis: 'instruction',
        sign: text
          .trim()
          .split(/[\s，,]/)[0]!
          .slice(0, 12),
      },
      lead: null,
    };
  const around = paragraphReading(folded, clause, ctx.zh);
  if (around) return { reading: around, lead: null };
  if (section) return { reading: section, lead: null };
  const before = ctx.options.previousParagraphs ? previousReading(p, ctx) : null;
  if (before) return { reading: before, lead: null };
  // Last, the document's title, the outermost heading (2023年…统计公报: a bulletin reports).
  const title = ctx.options.section ? headingReading(ctx.zh ? ctx.doc.titles.zh : ctx.doc.titles.en, ctx) : null;
  return title ? { reading: title, lead: null } : null;
}

/**
 * The last sign of kind in the paragraphs before this one, back to the section's heading: a review's later
 * paragraphs report as its first one did ("“十四五”以来，… . 产业集群量质齐升。…达到11个"). Unsure.
 */
function previousReading(p: Paragraph, ctx: Context): KindReading | null {
  // (Thirty paragraphs back at most: a long run of paragraphs with no sign says little of the next.)
  for (let i = p.index - 1; i >= Math.max(0, p.index - 30); i--) {
    const above = ctx.doc.paragraphs[i]!;
    if (looksLikeHeading(above, ctx.zh)) return null;
    const text = ctx.zh ? foldHan(above.text) : above.text;
    const signs = signsIn(withoutComparisons(text, ctx.zh), ctx.zh);
    const last = signs[signs.length - 1];
    if (last) return { kind: last.kind, basis: 'paragraph', sign: last.text };
  }
  return null;
}

/** When a figure is due or what time it describes: its own part of the clause, then the clause, the list, the document. */
/** Signs of a report about the present: it describes the document's own year. */
const PRESENT =
  /^(?:there (?:are|is)|has|have|now|currently|at present|so far|as of|already|accounts? for|ranks?|is home to|are home to|现有|拥有|共有|目前|已经|已|累计)$/i;

/** The years a document's title gives: a plan's period (行动方案（2024—2026年）), or the year a report is about. */
function titleTime(doc: PolicyDocument): { period: string | null; year: number | null } {
  const title = `${doc.titles.zh} ${doc.titles.en}`;
  const range = /((?:19|20)\d\d)\s*年?\s*(?:[-–—~至到]|to)\s*((?:19|20)\d\d)/.exec(title);
  if (range) return { period: `${range[1]}-${range[2]}`, year: null };
  const year = /((?:19|20)\d\d)/.exec(title);
  return { period: null, year: year ? Number(year[1]) : null };
}

function horizonFor(
  text: string,
  at: number,
  kind: Kind,
  reading: KindReading,
  lead: string | null,
  paragraphTime: string | null,
  sentenceBefore: string,
  ctx: Context,
): string | null {
  const reported = kind === 'statistic';
  const fits = (h: string | null): h is string => {
    if (h === null) return false;
    if (!reported || ctx.docYear === null) return true;
    return Number(/\d{4}$/.exec(h)![0]) <= ctx.docYear;
  };
  const [s, e] = segmentAround(withoutComparisons(text, ctx.zh), at);
  // Its own part of the clause, the clause, the sentence before the clause ("By 2027, …, and the share will rise by
  // 3.5 points"), the list's introduction.
  for (const part of [text.slice(s, e), text, sentenceBefore, lead]) {
    if (part === null || part === '') continue;
    const h = horizonOf(withoutComparisons(part, ctx.zh), ctx.docYear, reported);
    if (fits(h)) return h;
  }
  if (ctx.docYear === null) return null;
  const title = titleTime(ctx.doc);
  // A report with no time of its own describes the time the paragraph last named ("As of October 2022, … . At the same
  // time, …"), else the year its title is about (2023年…统计公报, published in 2024), else the document's own.
  // A work report reviews the year before it, except what it says is so now.
  if (reported) {
    if (paragraphTime !== null) return paragraphTime;
    if (title.year !== null && title.year < ctx.docYear) return String(title.year);
    return String(isAnnualPlan(ctx.doc) && !PRESENT.test(reading.sign) ? ctx.docYear - 1 : ctx.docYear);
  }
  // An annual plan's targets are due within its year; a plan for a period (行动方案（2024—2026年）), within it.
  if (isAnnualPlan(ctx.doc)) return String(ctx.docYear);
  return title.period;
}

/** The last year named earlier in a paragraph that a report could describe (not after the document's year), or null. */
function timeBefore(folded: string, at: number, zh: boolean, docYear: number | null): string | null {
  const years = yearsIn(withoutComparisons(folded.slice(Math.max(0, at - CONTEXT), at), zh)).filter(
    (y) => docYear === null || y.year <= docYear,
  );
  return years.length > 0 ? String(years[years.length - 1]!.year) : null;
}

function quantityRecords(p: Paragraph, folded: string, clause: Span, ctx: Context): Array<Omit<Target, 'id'>> {
  const text = folded.slice(clause[0], clause[1]);
  const found: Quantity[] = ctx.zh ? chineseQuantities(text) : englishQuantities(text);
  const records: Array<Omit<Target, 'id'>> = [];
  const sentence = p.sentences.find(([s, e]) => s <= clause[0] && clause[0] < e);
  const sentenceBefore = sentence ? folded.slice(Math.max(sentence[0], clause[0] - CONTEXT), clause[0]) : '';
  for (const q of found) {
    const before = text.slice(0, q.start);
    if (isNotOwnFigure(before, ctx.zh, records.length > 0)) continue;
    const read = readKind(p, folded, clause, text, q, ctx);
    if (read === null) continue;
    const { reading, lead } = read;
    const metricAt = q.qualifierStart ?? q.start;
    let metric: string;
    if (ctx.zh) {
      const span = chineseMetric(text.slice(0, metricAt));
      // Else what is counted, after the measure word (培育3至5个千亿级产业集群).
      const counted = /^[^，,。；;、：:]{2,20}/.exec(text.slice(q.end));
      metric = span
        ? p.text.slice(clause[0] + span[0], clause[0] + span[1])
        : counted
          ? p.text.slice(clause[0] + q.end, clause[0] + q.end + counted[0].length)
          : '';
    } else metric = englishMetric(text, metricAt, q.counted, text.slice(q.end));
    records.push({
      kind: reading.kind,
      docId: ctx.doc.id,
      paragraph: p.index,
      start: clause[0],
      end: clause[1],
      quote: p.text.slice(clause[0], clause[1]),
      metric: metric || (records[records.length - 1]?.metric ?? ''),
      value: q.value,
      valueMax: q.valueMax,
      unit: q.unit,
      qualifier:
        q.qualifier === null || !ctx.zh ? q.qualifier : originalOf(p.text, folded, q.qualifier, clause[0] + q.end),
      direction: directionOf(text.slice(0, q.qualifierStart ?? q.start), text, ctx.zh),
      horizon: horizonFor(
        text,
        q.start,
        reading.kind,
        reading,
        lead,
        timeBefore(folded, clause[0], ctx.zh, ctx.docYear),
        sentenceBefore,
        ctx,
      ),
      scope: scopeOf(ctx.doc, p, clause, clause[0] + q.start, ctx.glossary, ctx.docCity),
      basis: reading.basis,
      sign: reading.sign,
      unsure: reading.basis === 'paragraph' || reading.basis === 'instruction' || reading.basis === 'section',
    });
  }
  return records;
}

/** The words of the original (Traditional or Simplified) text that fold to `word`, the last such before `until`. */
function originalOf(text: string, folded: string, word: string, until: number): string {
  const at = folded.lastIndexOf(word, until);
  return at === -1 ? word : text.slice(at, at + word.length);
}

/** "up from 2.34%", "compared with", thresholds ("with annual revenue above"), a second figure describing the first ("worth"). */
const EN_BASELINE = new RegExp(`${EN_COMPARED}$`, 'i');
const EN_THRESHOLD =
  /\bwith (?:an? )?(?:annual )?(?:GDP|output|revenue|sales|value|income|turnover|investment|assets)(?: value)?\s+(?:of\s+)?(?:over|above|exceeding|more than|at least|of|topping)?\s*$|\b(?:above|over) designated size\s*$/i;
const EN_DESCRIPTOR =
  /\b(?:worth|valued at|each with|with (?:an? )?(?:output|revenue|value|scale) of|with output value of)\s+(?:[a-z]+\s+){0,3}$/i;
const ZH_BASELINE = /(?:比|较|由|从)(?:上年|去年|(?:20\d\d|二〇[〇一二三四五六七八九]{2})年)?(?:底|末)?的?$/;

function isNotOwnFigure(before: string, zh: boolean, afterAnother: boolean): boolean {
  if (zh) return ZH_BASELINE.test(before);
  return EN_BASELINE.test(before) || EN_THRESHOLD.test(before) || (afterAnother && EN_DESCRIPTOR.test(before));
}

const EN_DUE =
  /\b(?:by|before|until) (?:the end of )?(20\d\d)\b,?\s*|\bin (20\d\d)\b,?\s*|\b(?:during|in|by the end of) the (1[2-5])th Five-Year Plan(?: period)?,?\s*/i;
const ZH_DUE =
  /(?:到|(?<!有效期)至)(20\d\d)年(?:底|末)?[，,]?|(20\d\d)年前[，,]?|“?(十[三四五])五”?(?:时期|期间|末)[，,]?/;
const PLAN_END: Record<string, number> = { '13': 2020, '14': 2025, '15': 2030, 十三: 2020, 十四: 2025, 十五: 2030 };

/** A clause that promises something by a stated year without a quantity: one dated target, what is promised as its metric. */
function datedRecord(p: Paragraph, folded: string, clause: Span, ctx: Context): Omit<Target, 'id'> | null {
  const text = folded.slice(clause[0], clause[1]);
  const due = (ctx.zh ? ZH_DUE : EN_DUE).exec(text);
  if (!due) return null;
  const year = due[3] !== undefined ? PLAN_END[due[3]]! : Number(due[1] ?? due[2]);
  if (ctx.docYear !== null && year < ctx.docYear) return null;
  const rest = text.slice(0, due.index) + ' '.repeat(due[0].length) + text.slice(due.index + due[0].length);
  const reading = kindInClause(rest, due.index, due.index, ctx.zh, null);
  if (reading?.kind === 'statistic') return null;
  // "in 2020" dates a promise only beside a sign of one ("will open to traffic in 2020"), and only a year still ahead.
  if (!ctx.zh && due[2] !== undefined && (reading === null || (ctx.docYear !== null && year <= ctx.docYear)))
    return null;
  // What is promised: the words after the time up to the next comma, or for a time at the end ("… and build it into a
  // hub port by 2025"), the words before it back to the last comma or "and".
  const dueAtEnd = p.text.slice(clause[0] + due.index + due[0].length, clause[1]).trim().length <= 3;
  const pieces = (
    dueAtEnd
      ? folded.slice(clause[0], clause[0] + due.index)
      : folded.slice(clause[0] + due.index + due[0].length, clause[1])
  )
    .replace(/^[\s,，]+/, '')
    .split(ctx.zh ? /[，,；;。]/ : dueAtEnd ? /,\s+|\s+and\s+(?=[a-z]+\s)|;/ : /,\s+(?:and|while)\s+|;|\.(?:\s|$)/);
  const promisedFolded = (dueAtEnd ? pieces[pieces.length - 1]! : pieces[0]!).trim();
  if ([...promisedFolded].length < (ctx.zh ? 4 : 12)) return null;
  // A promise with a figure of its own is that figure's record.
  if ((ctx.zh ? chineseQuantities(promisedFolded) : englishQuantities(promisedFolded)).length > 0) return null;
  const promisedAt = folded.indexOf(promisedFolded, clause[0]);
  const promised = p.text.slice(promisedAt, promisedAt + promisedFolded.length);
  const words = [...promised];
  return {
    kind: 'target',
    docId: ctx.doc.id,
    paragraph: p.index,
    start: clause[0],
    end: clause[1],
    quote: p.text.slice(clause[0], clause[1]),
    metric: words.length > 90 ? `${words.slice(0, 89).join('')}…` : promised,
    value: null,
    valueMax: null,
    unit: null,
    qualifier: null,
    direction: directionOf('', text, ctx.zh),
    horizon: horizonOf(text, ctx.docYear),
    scope: scopeOf(ctx.doc, p, clause, clause[0] + due.index, ctx.glossary, ctx.docCity),
    basis: 'sign',
    sign: due[0].replace(/[\s,，]+$/, ''),
    unsure: false,
  };
}

export function extractTargets(corpus: Corpus, glossary: CompiledGlossary, options: ExtractOptions = {}): Target[] {
  const opts: Required<ExtractOptions> = {
    pastYear: true,
    context: true,
    documentScope: true,
    section: 'first',
    previousParagraphs: true,
    ...options,
  };
  const targets: Target[] = [];
  for (const doc of corpus.documents) {
    const zh = doc.language === 'zh';
    const ctx: Context = {
      doc,
      zh,
      docYear: docYearOf(doc),
      docCity: opts.documentScope ? documentCity(doc, glossary) : null,
      glossary,
      options: opts,
      sections: opts.section ? sectionReadings(doc, zh, docYearOf(doc), opts) : [],
    };
    for (const p of doc.paragraphs) {
      if (p.kind === 'heading') continue;
      const folded = zh ? foldHan(p.text) : p.text;
      for (const clause of clauses(folded, p.sentences)) {
        const quantified = quantityRecords(p, folded, clause, ctx);
        const dated = datedRecord(p, folded, clause, ctx);
        const found = dated ? [dated, ...quantified] : quantified;
        found.forEach((t, i) => {
          // "截至2021年底…5G基站5万个，到2025年将达到20万个": a clause that names no metric continues the one before it.
          const previous = targets[targets.length - 1];
          const inherited =
            previous && previous.docId === doc.id && previous.paragraph === p.index && previous.unit === t.unit
              ? previous.metric
              : '';
          const id = `${doc.id}-p${p.index}-${clause[0]}${found.length > 1 ? `-${i + 1}` : ''}`;
          targets.push({ id, ...t, metric: t.metric || inherited || t.quote.slice(0, 30) });
        });
      }
    }
  }
  return targets;
}

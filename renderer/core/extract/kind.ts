/**
 * Whether a figure is promised (a target) or reported (a statistic), and how sure that is. In order:
 * 1. A year the document has already seen, governing the clause ("In 2021, the added value will account for 7%" in
 *    a 2022 text reports 2021, whatever the translation's tense). Sure.
 * 2. The sign of the future or of the past nearest to the figure in its clause, before it or after it in its own part
 *    (will, strive to, 到2025年, 力争; grew, there are, 去年, 已, 现有). A past form after a modal or "to" (will be
 *    increased, 将累计) is no sign of the past. Sure.
 * 3. What a list's introduction says of the items after its colon ("The main targets for 2022 are as follows: …").
 * 4. What the heading of the paragraph's section says ("一、2022年工作回顾", "二、2023年工作安排"): unsure. (In
 *    `targets.ts`, which sees the document; its place in this order is a switch the evaluation measures.)
 * 5. A clause that opens with a bare verb (an instruction, "Cultivate 10 clusters", 培育10个集群): a target, unsure.
 * 6. The nearest sign earlier in the paragraph ("We will … . Promote …, cultivate 150 platforms"): unsure.
 * Otherwise no kind, and no record. Chinese is matched on folded (Simplified) text.
 */
import { yearsIn } from './time';

export type Kind = 'target' | 'statistic';
export type KindBasis = 'past-year' | 'sign' | 'list' | 'paragraph' | 'section' | 'instruction';
export interface KindReading {
  readonly kind: Kind;
  readonly basis: KindBasis;
  /** The words that decided it, as written. */
  readonly sign: string;
}

/** Signs of a commitment, including a list introduced by its name ("The main targets for 2022 are", 目标). */
const EN_FUTURE =
  /\b(will|shall|aims? to|aiming to|strive to|strives to|striving to|efforts will|plans? to|planned to|(?:is|are) (?:expected|projected|forecast|set|scheduled) to|targets?|goals?|objectives?|seeks? to|must|should|need to|by (?:the end of )?20\d\d|in the next \w+ years|within \w+ years|in \w+ years|this year|next year|to be (?:built|completed|reached)|to (?:build|cultivate|create|foster|reach|achieve|attract|add|increase|raise|reduce|cut|upgrade|train|introduce|complete|develop|form|support|promote|double))\b/i;
/** Signs of a reported fact: past verbs, the present perfect, present-tense facts, periods already over. */
const EN_PAST =
  /\b(there (?:were|was|are|is)|had|was|were|has been|have been|(?:has|have) (?:\w+ly )?\w+ed|(?:has|have|had) (?:obtained|grown|risen|built|become|reached|won|seen|taken)|grew|rose|increased|reached|hit|topped|fell|dropped|achieved|exceeded|surpassed|totaled|totalled|amounted|accounted for|accounts for|account for|remained|stood|ranks?|ranked|is home to|are home to|(?:is|are) (?:regarded|seen|known|recognized|recognised|listed|rated|designated|identified|approved) as|has|have|now|currently|at present|so far|as of|last year|in the past|over the past|(?:in )?the first (?:quarter|half|\w+ months|\w+ quarters)|since the (?:beginning|start) of (?:this|the) year|already)\b/i;
const ZH_FUTURE =
  /(到20\d\d年|20\d\d年前|力争|争取|将(?![^，。；]{1,15}?(?:纳入|列入|列为|作为|置换|转移|转化为|转为|调整为|确定为|认定为))|(?<![重主需只提纲摘纪概简扼必])要(?![点求素闻件]|看到|清醒|认识到)|可(?=新增|实现|带动|达到|形成|增加|提供|拉动)|三季度|四季度|下半年|预计|目标|(?<!年度|完成|按|占)计划(?!总投资|投资|的|数|任务|单列)|确保|今后|未来|今年|明年|年内|努力|预期)/;
/** 累计 ("in all") is not one: 将累计新增 is a promise; nor is 同比, a comparison either way. */
const ZH_PAST = new RegExp(
  [
    '已经|已|去年|上年|过去|截至|截止|现有|拥有|共有|目前|位居|位列|居全国|以来|先后|首次(?=突破|超过|达到|跻身|进入)(?![^，。；]*的)|连续[一二两三四五六七八九十\\d]+年',
    // 累计 ("in all, so far") reports, but not after a span of a plan (三年累计完成, 期间累计): that totals a promise.
    // Nor before 达到: 累计达到 gives the total a promise brings (建成4万个，累计达到20万个).
    '(?<![一二两三四五六七八九十\\d]年|期间|期内)累计(?!达|超过)',
    // Periods already over: 近三年, 一年来, 上半年, 前三季度, 今年1—5月, 前5个月.
    // (The third and fourth quarters and the second half are ahead of most texts that name them: no sign of the past.)
    '近[一二两三四五六七八九十\\d]+年|[一二两三四五六七八九十\\d]+年来|(?<![\\d〇])[一二两三四五六七八九十]+年前|一季度|前三季度|上半年',
    '(?:今年)?(?:\\d+|[一二三四五六七八九十]+)[—\\-–~至到](?:\\d+|[一二三四五六七八九十]+)月|(?:今年)?前(?:\\d+|[一二三四五六七八九十]+)个?月',
    // A verb with 了, done.
    '(?:实现|提高|增长|下降|达到|突破|增加|减少|提升|完成|建成|新增|明确|发布|出台|印发|开通|建立|形成|取得)了',
  ].join('|'),
);
const ZH_MODAL = /(?:将|要|力争|争取|预计|确保|计划)$/;
const EN_MODAL = /\b(?:be|being|to|will|shall|would|should|could|may|might|can|must)\s+(?:\w+ly\s+)?$/i;

/** The words that introduce a figure given only to compare with ("up from", "compared with", "than" but not "more than"). */
export const EN_COMPARED = String.raw`\b(?:from|compared (?:with|to)|(?<!\b(?:more|less|fewer|no|not|rather|lower|higher|greater|below|above)\s)than|versus|vs\.?|against)\s+(?:(?:about|around|nearly|some|just|over|more than|less than)\s+)?`;
/** Such a figure with its own time, which dates the baseline, not the figure it is compared to. */
const EN_COMPARISON = new RegExp(
  String.raw`${EN_COMPARED}(?!(?:19|20)\d\d\s+(?:to|through|and|-)\s)[\d.,]+(?:\s*(?:thousand|million|billion|trillion))?(?:\s*(?:%|percent|(?!in\b|at\b|by\b)[a-z]+))?(?:\s+(?:in|at the end of|by the end of)\s+20\d\d|\s+(?:last|the previous) year|\s+a year (?:ago|earlier))?|\byear[- ]on[- ]year\b`,
  'gi',
);
/** 比上年, 较2020年, 同比: what a Chinese figure is compared with. */
export const ZH_COMPARED = '(?:(?:比|较)(?:上年|去年|20\\d\\d年)(?:同期|底|末)?|同比)';
const ZH_COMPARISON = new RegExp(ZH_COMPARED, 'g');

/** A clause with its comparisons blanked out (same length), so their times and verbs speak for nothing. */
export function withoutComparisons(clause: string, zh: boolean): string {
  return clause.replace(zh ? ZH_COMPARISON : EN_COMPARISON, (x) => ' '.repeat(x.length));
}

/** The part of a clause around the figure at `at`: between the commas or "and"s either side of it. */
export function segmentAround(text: string, at: number): Span2 {
  const cuts = text.matchAll(/[，；;、]\s*|,(?!\d{3})\s*|\s+and\s+|\s+while\s+/g);
  let start = 0;
  let end = text.length;
  for (const c of cuts) {
    if (c.index + c[0].length <= at) start = c.index + c[0].length;
    else if (c.index >= at) {
      end = c.index;
      break;
    }
  }
  return [start, end];
}
type Span2 = [number, number];

function globalOf(re: RegExp): RegExp {
  return new RegExp(re.source, `${re.flags.replace('g', '')}g`);
}

/** The signs of kind in a clause, each with where it is; nested signs ("this year" in "so far this year") dropped. */
export function signsIn(clause: string, zh: boolean): Array<{ start: number; end: number; kind: Kind; text: string }> {
  const masked = withoutComparisons(clause, zh);
  const [future, past, modal] = zh ? [ZH_FUTURE, ZH_PAST, ZH_MODAL] : [EN_FUTURE, EN_PAST, EN_MODAL];
  const signs: Array<{ start: number; end: number; kind: Kind; text: string }> = [];
  for (const m of masked.matchAll(globalOf(future))) {
    // 已实施 is done, not promised.
    if (!(zh && /(?:已|已经)$/.test(masked.slice(0, m.index))))
      signs.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'target',
        text: clause.slice(m.index, m.index + m[0].length),
      });
  }
  for (const m of masked.matchAll(globalOf(past))) {
    const before = masked.slice(0, m.index);
    if (modal.test(before)) continue;
    // "has/have" as an auxiliary of the future ("will have"), or before "to" ("has to"), is no report.
    if (!zh && /^(?:has|have)$/i.test(m[0]) && /^\s+(?:to|been|become)\b/i.test(masked.slice(m.index + m[0].length)))
      continue;
    signs.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'statistic',
      text: clause.slice(m.index, m.index + m[0].length),
    });
  }
  return signs.filter(
    (x) => !signs.some((y) => y !== x && y.start <= x.start && x.end <= y.end && y.end - y.start > x.end - x.start),
  );
}

/** Signs of the past that are no tense: "in all", "has". A time ahead at the start of the clause outweighs them. */
const WEAK = /^(?:累计|拥有|共有|has|have)$/i;

/** "12 zones are regarded as the battlefield to create growth points": an infinitive after the figure is a purpose, no promise. */
function isPurpose(sign: { start: number; text: string }, figureEnd: number, zh: boolean): boolean {
  return !zh && sign.start >= figureEnd && /^to /i.test(sign.text);
}

/**
 * The kind of the figure at `at`..`end` of `clause` from the clause alone (rules 1 and 2 above), or null.
 * `docYear` is the year the document was written.
 */
export function kindInClause(
  clause: string,
  at: number,
  end: number,
  zh: boolean,
  docYear: number | null,
): KindReading | null {
  const masked = withoutComparisons(clause, zh);
  if (docYear !== null) {
    const [from, to] = segmentAround(masked, at);
    // The year must be the figure's own ("64% in 2021") or open the clause ("In 2021, …"), not another figure's.
    const years = yearsIn(masked);
    const year =
      years.find(
        (y) =>
          (y.index < at || y.index > end) &&
          ((y.index >= from && y.index < to) ||
            /^\s*(?:in|during|for|as of|at the end of)?\s*$/i.test(masked.slice(0, y.index))),
      ) ??
      // "分市看，2024年青岛、烟台…达到1.31万亿元": a year opening a later part of the clause, the last before the figure.
      (zh
        ? years.filter((y) => y.index < at && /[，,；;]\s*(?:在|于)?$/.test(masked.slice(0, y.index))).pop()
        : undefined);
    if (year && year.year < docYear) {
      const before = masked.slice(0, year.index);
      const after = masked.slice(year.index + 4, year.index + 12);
      const due =
        /\b(?:by|until|before|through|to)\s+(?:the end of\s+)?$|(?:到|至)$/i.test(before) ||
        /^\s*(?:年?\s*[-–—~至到]|\s*(?:to|through)\s+20)/.test(after);
      const statedAt = zh
        ? /^\s*年(?:底|末|全年|上半年|前三季度)?[，,]?/.test(after) && year.index < at
        : /(?:^|\b(?:in|during|for|as of|since|at the end of)\s+)$/i.test(before) && year.index < at;
      if (!due && statedAt) return { kind: 'statistic', basis: 'past-year', sign: String(year.year) };
    }
  }
  const [segStart, segEnd] = segmentAround(masked, at);
  const signs = signsIn(clause, zh);
  let best: { distance: number; inSegment: boolean; after: boolean; sign: { kind: Kind; text: string } } | null = null;
  for (const sign of signs) {
    if (isPurpose(sign, end, zh)) continue;
    const distance =
      sign.end <= at
        ? at - sign.end
        : sign.start >= end && sign.start < segEnd && sign.start >= segStart
          ? sign.start - end + 0.5
          : Number.POSITIVE_INFINITY;
    if (distance !== Number.POSITIVE_INFINITY && (!best || distance < best.distance))
      best = { distance, inSegment: sign.start >= segStart && sign.end <= segEnd, after: sign.start >= end, sign };
  }
  // A sign in the figure's own part of the clause speaks for it first; then a time the clause opens with; then the
  // nearest sign before it anywhere in the clause.
  // A clause that opens with a time ahead ("In three years, …", "By 2025, …", "Within five years") promises, whatever
  // the tense of a verb after the figure ("In three years, 100 billion yuan has been invested": a translation's tense).
  const ahead = zh
    ? /^(?:力争|争取)?(?:到|至)(20\d\d)年|^(?:未来|今后)[一二两三四五六七八九十\d]+年|^(?:规划|方案实施|实施)(?:期内|期间)/.exec(
        masked.trimStart(),
      )
    : /^(?:by|before) (?:the end of )?(20\d\d)\b|^(?:in|within|over) (?:the next |the coming )?(?:\w+) years\b/i.exec(
        masked.trimStart(),
      );
  const aheadReading =
    ahead &&
    (ahead[1] === undefined || docYear === null || Number(ahead[1]) >= docYear) &&
    masked.indexOf(ahead[0]) < at
      ? ({ kind: 'target', basis: 'sign', sign: ahead[0] } as const)
      : null;
  // Nor is "in all" or "has" a tense: 到2025年，全省累计建成5G基站20万个 promises a total.
  const weak =
    best !== null &&
    best.sign.kind === 'statistic' &&
    WEAK.test(best.sign.text) &&
    // 已累计 is done: a plain sign of the past beside it in the figure's part of the clause.
    !signs.some((x) => x.kind === 'statistic' && !WEAK.test(x.text) && x.start >= segStart && x.end <= at);
  if (best && best.distance !== Number.POSITIVE_INFINITY && best.inSegment && !(aheadReading && (best.after || weak)))
    return { kind: best.sign.kind, basis: 'sign', sign: best.sign.text };
  if (aheadReading) return aheadReading;
  // A Five-Year Plan's period or end at the start: promised while the plan is still running, reported once it is over.
  const plan = zh
    ? /^(?:到|在|至)?“?十([二三四五])五”?(?:末|期末|时期|期间)/.exec(masked.trimStart())
    : /^(?:by the end of|during|in|over) the (1[2-5])th Five-Year Plan(?: period)?\b/i.exec(masked.trimStart());
  if (plan && docYear !== null && masked.indexOf(plan[0]) < at) {
    const end =
      2010 +
      5 * ((zh ? ({ 二: 12, 三: 13, 四: 14, 五: 15 } as Record<string, number>)[plan[1]!]! : Number(plan[1])) - 11);
    return { kind: end >= docYear ? 'target' : 'statistic', basis: 'sign', sign: plan[0] };
  }
  if (best) return { kind: best.sign.kind, basis: 'sign', sign: best.sign.text };
  // Items listed before their shared verb ("A, B and C are expected to start"): the first sign after the figure.
  const later = signs.find((sign) => sign.start >= end && !isPurpose(sign, end, zh));
  return later ? { kind: later.kind, basis: 'sign', sign: later.text } : null;
}

/** An instruction: a clause that opens with a bare verb ("Promote …", "cultivate …", 培育…, 建设…). */
const EN_INSTRUCTION =
  /^(?:and\s+)?(?:promote|cultivate|build|foster|create|develop|implement|establish|strengthen|support|accelerate|speed up|focus on|carry out|upgrade|expand|attract|introduce|guide|encourage|form|set up|add|increase|raise|reduce|cut|achieve|strive|ensure|push|launch|improve|make|complete|construct|realize|realise|organize|organise|invest|train|plan|focus)\b/i;
const ZH_INSTRUCTION =
  /^(?:[一二三四五六七八九十]是|其中|同时|全年|重点|着力|加快|大力|全力|积极|深入|持续|进一步)*(?:培育|建设|打造|新增|引进|推动|实施|完成|实现|新建|改造|开工|招引|发展|支持|创建|争创|提升|提高|降低|压减|淘汰|组织|举办|落地|储备|谋划|推进)/;
export function isInstruction(clause: string, zh: boolean): boolean {
  const bare = clause.replace(/^[\s,，;；:："“”]+/, '');
  return (zh ? ZH_INSTRUCTION : EN_INSTRUCTION).test(bare);
}

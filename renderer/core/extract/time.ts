/**
 * Time in a clause: the years it names, and the horizon of a figure (the year or years it is due by, or for a
 * statistic the year it describes), with relative phrases (this year, 今年, 三年内, "by the end of the 14th Five-Year
 * Plan") resolved against the document's year. String in, answers out; Chinese is matched on folded (Simplified) text.
 */
import { smallCount } from './numbers';

/** The Five-Year Plans the documents speak of, by their ordinal. */
const PLANS: Record<string, readonly [number, number]> = {
  '12': [2011, 2015],
  '13': [2016, 2020],
  '14': [2021, 2025],
  '15': [2026, 2030],
};
const ZH_PLAN_ORDINAL: Record<string, string> = { 十二五: '12', 十三五: '13', 十四五: '14', 十五五: '15' };

export interface YearMention {
  readonly year: number;
  readonly index: number;
}

/**
 * The years a clause names as years: 2021年; "in 2021", "by 2025", "2021 saw…", "2021-2025". Not a quantity that
 * happens to look like one (2000亿元, "2000 enterprises").
 */
export function yearsIn(clause: string): YearMention[] {
  const han = /\p{Script=Han}/u.test(clause);
  const out: YearMention[] = [];
  for (const m of clause.matchAll(/(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)/g)) {
    const before = clause.slice(0, m.index);
    const after = clause.slice(m.index + 4);
    const isYear = han
      ? /^\s*(?:年|[-–—~至到]\s*(?:19|20)\d\d)/.test(after) || /(?:19|20)\d\d\s*年?\s*[-–—~至到]\s*$/.test(before)
      : /\b(?:in|by|since|until|before|from|to|of|during|through|after|end of|year|and|for)\s+$/i.test(before) ||
        /^(?:[,.;:)]|\s*[-–—]\s*(?:19|20)\d\d|\s+(?:to|and|through)\s+(?:19|20)\d\d|'s\b|\s*$)/.test(after) ||
        /[-–—]\s*$/.test(before) ||
        before.trim() === '';
    if (isYear) out.push({ year: Number(m[1]), index: m.index });
  }
  return out;
}

/** Words before a year that make it the baseline of a comparison, not the figure's time ("than in 2020", 比2020年). */
const COMPARED_BEFORE =
  /\b(?:than|compared with|compared to|from|over|since|of|versus)\s+(?:the (?:level|end) (?:of|in)\s+)?(?:that (?:of|in)\s+)?(?:in\s+)?$|(?:比|较|相比|同比|与)$/i;

/**
 * The horizon a clause gives: a range of years; a year something is due by; a plan's period (its last year when
 * the clause says "by the end of" it); a named year; else a relative phrase resolved against `docYear`. `reported`
 * (a statistic) never takes a year it is due by. Null when the clause says nothing of time.
 */
export function horizonOf(clause: string, docYear: number | null, reported = false): string | null {
  const range =
    /((?:19|20)\d\d)\s*年?\s*(?:[-–—~至到]|(?:to|through|until)\s)\s*((?:19|20)\d\d)/i.exec(clause) ??
    /\b(?:from|between) ((?:19|20)\d\d) (?:to|and) ((?:19|20)\d\d)\b/i.exec(clause);
  if (range) return `${range[1]}-${range[2]}`;
  const plan = planIn(clause);
  const byYear = reported
    ? null
    : /\b(?:by|before|until|through)\s+(?:the end of\s+)?(20\d\d)\b|(?:到|至)(20\d\d)年|(20\d\d)年(?:前|底前)/i.exec(
        clause,
      );
  if (byYear) return byYear[1] ?? byYear[2] ?? byYear[3]!;
  if (plan) return plan.end ? String(plan.years[1]) : `${plan.years[0]}-${plan.years[1]}`;
  for (const { year, index } of yearsIn(clause)) {
    if (COMPARED_BEFORE.test(clause.slice(0, index))) continue;
    return String(year);
  }
  return docYear === null ? null : relativeHorizon(clause, docYear);
}

/** A Five-Year Plan named in a clause, and whether the clause speaks of its end ("by the end of", 末). */
function planIn(clause: string): { years: readonly [number, number]; end: boolean } | null {
  // A plan as a time ("during the 14th Five-Year Plan period", 到“十四五”末, 「十四五」期間), not a plan named
  // ("the 14th Five-Year Plan for energy", 着眼“十五五”谋篇布局, 实现“十四五”规划目标).
  const en =
    /\b(?:(by|at) the end of|during|in|over|throughout) (?:the )?(1[2-5])th Five-Year Plan(?: period)?|\b(?:the )?(1[2-5])th Five-Year Plan period/i.exec(
      clause,
    );
  if (en) return { years: PLANS[(en[2] ?? en[3])!]!, end: en[1] !== undefined };
  const zh = /(到|至)?[“"「『]?(十[二三四五]五)[”"」』]?(?:规划)?(末|期末|收官|期间|时期|内)?/.exec(clause);
  if (zh && (zh[1] !== undefined || zh[3] !== undefined))
    return {
      years: PLANS[ZH_PLAN_ORDINAL[zh[2]!]!]!,
      end: zh[3] === '末' || zh[3] === '期末' || zh[3] === '收官' || (zh[1] !== undefined && zh[3] === undefined),
    };
  return null;
}

/** "this year", 今年, 三年内, "over the past five years", 未来五年: a horizon only the document's year can settle. */
export function relativeHorizon(clause: string, docYear: number): string | null {
  if (/\bthis year\b|今年|(?<![一二两三四五六七八九十\d])年内|本年/i.test(clause)) return String(docYear);
  if (/\bnext year\b|明年/i.test(clause)) return String(docYear + 1);
  if (/\blast year\b|\bthe previous year\b|去年|上年|过去一年/i.test(clause)) return String(docYear - 1);
  const past =
    /(?:近|过去)([一二两三四五六七八九十\d]+)年|\b(?:in|over|during) the (?:past|last|previous) (\w+) years\b/i.exec(
      clause,
    );
  if (past) {
    const n = smallCount(past[1] ?? past[2]!);
    if (n) return `${docYear - n}-${docYear - 1}`;
  }
  const ahead =
    /未来([一二两三四五六七八九十\d]+)年|\b(?:in|over|during) the (?:next|coming) (\w+) years\b|\bwithin (?:the next )?(\w+) years\b|\bin (\w+) years(?:'|’)? time\b|\bin (\w+) years\b|(?:在)?([一二两三四五六七八九十\d]+)年(?:内|时间|左右时间)/i.exec(
      clause,
    );
  if (ahead) {
    const n = smallCount(ahead.slice(1).find((x) => x !== undefined)!);
    if (n) return String(docYear + n);
  }
  return null;
}

/**
 * What a figure measures, as a short phrase in the document's own words, and which way the text moves it. For a
 * count of things, the thing counted ("national advanced manufacturing clusters"); otherwise the subject before the
 * verb ("GDP will grow"), the object of "increase … by", or what the amount is "of". Chinese is read from folded
 * (Simplified) text; the phrase is then taken from the original at the same offsets.
 */
import { ZH_QUALIFIER_BEFORE } from './quantities';
import { ZH_COMPARED } from './kind';

const EN_DIRECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|grow(?:s|n|ing)?|grew|ris(?:e|es|ing)|rose|risen|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|add(?:s|ed|ing)?|doubl(?:e|es|ed|ing))\b/i,
    'increase',
  ],
  [
    /\b(reduc(?:e|es|ed|ing)|cut(?:s|ting)?|decreas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|f(?:a|e)ll(?:s|en|ing)?|drop(?:s|ped|ping)?|curb(?:s|ed|ing)?)\b/i,
    'reduce',
  ],
  [/\b(build(?:s|ing)?|built|construct(?:s|ed|ing)?|establish(?:es|ed|ing)?|set up|creat(?:e|es|ed|ing))\b/i, 'build'],
  [/\b(cultivat(?:e|es|ed|ing)|foster(?:s|ed|ing)?|nurtur(?:e|es|ed|ing)|develop(?:s|ed|ing)?)\b/i, 'cultivate'],
  [/\b(attract(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|invest(?:s|ed|ing)?)\b/i, 'attract'],
  [
    /\b(reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|exceed(?:s|ed|ing)?|hit|surpass(?:es|ed|ing)?|account(?:s|ed)? for)\b/i,
    'reach',
  ],
  [/\b(keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?)\b/i, 'maintain'],
];
const ZH_DIRECTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(增长|提高|提升|增加|新增|扩大|翻番|翻一番)/, 'increase'],
  [/(下降|降低|减少|压减|削减)/, 'reduce'],
  [/(建设|建成|打造|新建|创建)/, 'build'],
  [/(培育|培养|发展|壮大)/, 'cultivate'],
  [/(引进|吸引|招引)/, 'attract'],
  [/(达到|突破|超过|达)/, 'reach'],
  [/(保持|稳定|控制在)/, 'maintain'],
];

/** The direction of the verb nearest before the number (the one that governs it), else the first in the clause. */
export function directionOf(before: string, clause: string, zh: boolean): string | null {
  const table = zh ? ZH_DIRECTIONS : EN_DIRECTIONS;
  let nearest: { at: number; value: string } | null = null;
  let first: { at: number; value: string } | null = null;
  for (const [re, value] of table) {
    for (const m of before.matchAll(new RegExp(re.source, `${re.flags}g`)))
      if (nearest === null || m.index > nearest.at) nearest = { at: m.index, value };
    const m = re.exec(clause);
    if (m && (first === null || m.index < first.at)) first = { at: m.index, value };
  }
  return (nearest ?? first)?.value ?? null;
}

const ACTORS =
  /^(?:it|they|this|these|that|we|which|there|our city|the city|(?:shandong )?province|shandong|(?:the )?city|(?:provincial |municipal )?government|efforts)$/i;

/** What an English figure at `numberAt` measures; `counted` is the thing it counts, if any; `afterUnit` the text after it. */
export function englishMetric(clause: string, numberAt: number, counted: string | null, afterUnit: string): string {
  if (counted) return counted.replace(/^(?:new|more|other)\s+/i, '');
  const of =
    /^\s*(?:of|in)\s+((?:the\s+)?[a-z][\w'-]*(?:\s+(?!by\b|in\b|to\b|and\b|will\b|from\b|of\b)[a-z][\w'-]*){0,4})/i.exec(
      afterUnit,
    );
  const before = clause.slice(0, numberAt);
  const verbBy =
    /\b(?:increase|raise|grow|reduce|cut|lower|boost|expand|lift|bring)\s+(?:the\s+|its\s+|their\s+)?([\w\s,&'-]{2,80}?)\s+(?:by|to)\s+(?:[a-z]+\s+)*$/i.exec(
      before,
    );
  if (verbBy) return verbBy[1]!.trim();
  const make =
    /\b(?:make|making|keep|keeping|push|pushing)\s+(?:its|the|their)\s+([\w\s&'-]{2,60}?)\s+(?:exceed|reach|hit|surpass|top|stay|remain|above|at)\s+(?:[a-z]+\s+)*$/i.exec(
      before,
    );
  if (make) return make[1]!.trim();
  // "GDP growth of around 5 percent", "attract foreign investment of 3 billion": what the amount is the size of.
  const sizeOf =
    /(?:^|[,:;]\s*|\b(?:a|an|the|attract|achieve|reach|with|and)\s+)((?:[A-Za-z&][\w&'-]*\s+){0,5}?[A-Za-z&][\w&'-]*)\s+of\s+(?:(?:about|around|approximately|nearly|some|over|more than|at least|up to|almost|roughly)\s+)?$/i.exec(
      before,
    );
  if (sizeOf && !/^(?:a|an|the|total|level|scale|value)$/i.test(sizeOf[1]!))
    return sizeOf[1]!.replace(/^(?:a|an|the)\s+/i, '');
  const subject =
    /(?:^|,\s*|\bthat\s+|\band\s+)((?:the\s+)?[A-Za-z][\w\s&'-]{2,80}?)\s+(?:will|would|is|are|was|were|should|shall|has|have|had|grew|rose|fell|reached|increased|dropped|hit|topped|totaled|totalled|exceeded|accounted|accounts|remained|stood)\b/i.exec(
      before,
    );
  const named = subject?.[1]!
    .replace(/^the\s+/i, '')
    .replace(/^(?:in \d{4},?|by \d{4},?)\s*/i, '')
    .trim();
  if (named && !ACTORS.test(named) && !/\b(?:targets?|goals?|objectives?)\b/i.test(named)) return named;
  if (of) return of[1]!.replace(/^the\s+/i, '').trim();
  if (named) return named;
  const done = /^\s*(?:will|shall|is|are|was|were|has been|have been)\s+(?:be\s+)?(?:\w+ly\s+)?(\w+ed)\b/i.exec(
    afterUnit,
  );
  if (done) return done[1]!.toLowerCase();
  return before
    .replace(/[^\w\s'-]/g, ' ')
    .replace(
      /\b(?:will|shall|would|should|aims?|plans?|strives?|seeks?|to|by|be|is|are|reach|grow|rise|increase|attract|build|cultivate|achieve|exceed|hit|up)\b/gi,
      ' ',
    )
    .trim()
    .split(/\s+/)
    .slice(-5)
    .join(' ');
}

const ZH_VERB_AT_END =
  /(达到|增长到|提高到|提高|提升到|提升|培育|建设|建成|打造|新增|实现|保持|为|超过|突破|下降|降低|减少|压减|稳定在|控制在|达|完成|争取|力争|累计|引进|有|拥有|共有|增长|增加)了?$/;
const ZH_COMPARISON_AT_END = new RegExp(`${ZH_COMPARED}$|(?:年均|平均|每年|去年|今年|明年|上年|全年)$`);
const ZH_LEADING_NOISE =
  /^(?:[一二三四五六七八九十]是|其中有?|有|主要预期目标是|预期目标是|目标是|去年|今年|明年|上年|全年|年内|现有|目前)*[:：]?(?:建成|完成|实现|打造)?/;
const ZH_NOT_A_METRIC = /^(?:[一二两三四五六七八九十\d]+年[内]|年[内]|今年|明年|其中|有|增速高于全国)?$/;
const ZH_MODAL = /(?:将|要|力争|预计|确保)(?:培育|建设|打造|新增|实现|推动|引进)?/;
const ZH_WHOLE = /^(?:全省|我省|山东省?|全市|我市|今年|明年)+/;
const ZH_REPORTED = /^(?:已经|已|累计)+(?:建成|建设|新增|培育|达到|达|实现)?/;

/**
 * What a Chinese figure measures, from the folded words before it in its clause: after any time phrase; what follows
 * the modal verb (全省将培育首台(套)技术装备超过100项: 首台(套)技术装备), or, when the verb is all that follows it,
 * what precedes it (全省GDP将达到10万亿元: GDP); without the verb and qualifier next to the number. Returns the
 * length of the phrase, counted back from the end of `before`'s kept part, as [start, end) offsets into `before`.
 */
export function chineseMetric(before: string): [number, number] | null {
  const cut = Math.max(
    before.lastIndexOf('，'),
    before.lastIndexOf(','),
    before.lastIndexOf('；'),
    before.lastIndexOf(';'),
    before.lastIndexOf('、'),
  );
  let start = cut + 1;
  let end = before.length;
  const time = /^(?:力争|争取|预计)?(?:到|至|截至|截止|在)?20\d\d年(?:底|末|前|以来)?/.exec(before.slice(start));
  if (time) start += time[0].length;
  const tidy = (s: number, e: number): [number, number] | null => {
    let text = before.slice(s, e);
    // A city or a year at the front ("淄博市2022年新增…") says whose and when, not what.
    const place = /^(?:[\u4e00-\u9fa5]{2,3}市)?(?:20\d\d年(?:底|末)?)?/.exec(text)![0].length;
    s += place;
    text = text.slice(place);
    const lead = ZH_LEADING_NOISE.exec(text)![0].length;
    s += lead;
    text = text.slice(lead);
    for (let previous = ''; previous !== text;) {
      previous = text;
      text = text.replace(ZH_QUALIFIER_BEFORE, '').replace(ZH_VERB_AT_END, '').replace(ZH_COMPARISON_AT_END, '').trim();
    }
    return ZH_NOT_A_METRIC.test(text) ? null : [s, s + text.length];
  };
  const plain = before.slice(start, end);
  const modal = ZH_MODAL.exec(plain);
  if (!modal) {
    const lead = ZH_WHOLE.exec(plain)?.[0].length ?? 0;
    const reported = ZH_REPORTED.exec(plain.slice(lead))?.[0].length ?? 0;
    return tidy(start + lead + reported, end);
  }
  const object = tidy(start + modal.index + modal[0].length, end);
  if (object) return object;
  end = start + modal.index;
  return tidy(start + (ZH_WHOLE.exec(plain)?.[0].length ?? 0), end);
}

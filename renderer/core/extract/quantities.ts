/**
 * Quantities in a clause: where each figure is, what it is worth (scaled: "1.1 million", 10万亿元), a range's two
 * ends ("3 to 4", 5%—6%, 3至5个), its unit or the thing it counts, and the words that bound it ("more than", 以上).
 * What is not a quantity is left out here, once: years, ordinals, list and article numbers, ranks ("among the top
 * 10", 前三), counts inside names (六大工程, "the 16 'high energy consumption' industries" are kept: a name has no
 * measure word), vague amounts (一批, "a batch"), and figures glued to letters (5G, G20). String in, spans out;
 * Chinese is read from folded (Simplified) text.
 */
import { arabic, chineseNumeral, EN_NUMBER_WORD, EN_SCALES, englishNumber, ZH_NUMERAL_CHARS } from './numbers';

export interface Quantity {
  /** The figure, from its first digit or word to the end of its unit (or counted noun). */
  readonly start: number;
  readonly end: number;
  /** Where the number itself ends (before the unit). */
  readonly numberEnd: number;
  readonly value: number;
  /** The high end of a range, else null. */
  readonly valueMax: number | null;
  /** A measure ("%", "yuan", "tons", "people") or, for a count of things, the thing counted ("clusters", "items"). */
  readonly unit: string;
  /** For a count of things: the words that name what is counted ("national advanced manufacturing clusters"). */
  readonly counted: string | null;
  readonly qualifier: string | null;
  /** Where the qualifier starts, when it comes before the figure. */
  readonly qualifierStart: number | null;
}

/** Every qualifier a record can carry, as the documents write it (the Targets view says each in both languages). */
export const QUALIFIER_WORDS = {
  en: [
    'no lower than',
    'not lower than',
    'no higher than',
    'not higher than',
    'lower than',
    'higher than',
    'more than',
    'over',
    'at least',
    'no less than',
    'not less than',
    'about',
    'around',
    'approximately',
    'nearly',
    'almost',
    'up to',
    'above',
    'below',
    'less than',
    'under',
    'some',
    'roughly',
    'a total of',
    'exceeding',
    'close to',
  ],
  zhAfter: ['以上', '左右', '以内', '以下', '多'],
  zhBefore: ['超过', '突破', '不低于', '不少于', '不足', '约', '近', '逾', '超'],
} as const;

function scaled(base: number, scale: number): number {
  return Number((base * scale).toPrecision(12));
}

// ---------- English ----------

const EN_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^percentage points?\b/i, 'percentage points'],
  [/^(?:%|percent\b|per cent\b)/i, '%'],
  [/^(?:yuan|RMB)\b(?:\s*\(RMB\))?/i, 'yuan'],
  [/^(?:US )?dollars\b/i, 'US dollars'],
  [/^(?:kilowatt-hours|kWh)\b/i, 'kilowatt-hours'],
  [/^(?:kilowatts|kW)\b/, 'kilowatts'],
  [/^(?:tons|tonnes|ton|tonne)\b(?:\s+of standard coal\b)?/i, 'tons'],
  [/^square (?:meters|metres|kilometers|kilometres)\b/i, 'square meters'],
  // 方 (a cubic meter of storage or earth) translated word for word: "storage capacity of 6.5 million square".
  [
    /^(?:cubic (?:meters|metres)|square(?=\s*(?:[,.;:)]|$)|\s+(?:in|and|at|by|from|to|for|with|this|last)\b))/i,
    'cubic meters',
  ],
  [/^(?:kilometers|kilometres|km)\b/i, 'kilometers'],
  [/^mu\b/i, 'mu'],
  [/^hectares?\b/i, 'hectares'],
  [/^TEUs?\b/, 'TEU'],
];
/** Words that end a counted noun phrase without being part of it. */
const EN_STOP = new Set(
  'a an the of in on at for to from with by or but as than that which who will would shall should can could may must be is are was were been being has have had do does did this these those its their our his her such each every per into over under about around less most least also both all some any it they we there'.split(
    ' ',
  ),
);
/** Plural nouns that measure time or repetition: "3 years", "5 times" are no count of things. */
const EN_NOT_COUNTED =
  /^(?:years|months|days|weeks|hours|minutes|times|folds|aspects|ways|steps|levels|sessions|rounds|stages|points|places)$/i;
/** People counted, whatever the words before the noun: "1.1 million new urban jobs", "100 high-end talents". */
const EN_PEOPLE =
  /^(?:people|persons|jobs|talents|workers|residents|graduates|employees|researchers|experts|students|visitors|tourists|households|farmers|returnees)$/i;
/** Adjectives that can stand for the plural noun they describe in a list: "3 to 4 national …" is not read this way. */
const EN_QUALIFIER = new RegExp(`(?:^|\\s)(${QUALIFIER_WORDS.en.join('|')})\\s+$`, 'i');

/** A plural noun within a few words after the number, not across a stop word: what a bare count counts. */
function countedAfter(after: string): { words: string; noun: string; length: number } | null {
  const words =
    /^(?:[“"'‘]?(?:[A-Za-z]|\d+[A-Z]\b)[\w'’-]*[”"'’]?\s+){0,7}?[“"'‘]?([A-Za-z][\w'’-]*s|people|personnel|staff|children)\b[”"'’]?/.exec(
      after,
    );
  if (!words) return null;
  const parts = words[0].split(/\s+/).map((w) => w.replace(/[“”"'‘’]/g, ''));
  if (
    parts.some((w) => EN_STOP.has(w.toLowerCase()) && w !== parts[parts.length - 1]) ||
    parts[0]!.toLowerCase() === 'and'
  ) {
    // Only the words before the first stop word count: "100 typical application scenarios will be created".
    return null;
  }
  const noun = words[1]!.replace(/[”"'’]$/, '');
  if (EN_NOT_COUNTED.test(noun) || /(?:ss|us|is)$/i.test(noun) || EN_STOP.has(noun.toLowerCase())) return null;
  // A verb in -s ("rises", "accounts") right after the number is no noun.
  if (
    parts.length === 1 &&
    /^(?:rises|grows|accounts|reaches|exceeds|increases|ranks|stands|remains|falls|drops|totals|is|has|was)$/i.test(
      noun,
    )
  )
    return null;
  return { words: parts.join(' '), noun, length: words[0].length };
}

const EN_NUM_TOKEN = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${EN_NUMBER_WORD}(?:(?:\s+|-)(?:and\s+)?${EN_NUMBER_WORD})*)`;
const EN_SCALE = `(?:${Object.keys(EN_SCALES).join('|')})`;
/** A number: "1.1 million", "31 million 100 thousand", "twenty-eight thousand", "5.5". */
const EN_NUMBER = String.raw`${EN_NUM_TOKEN}(?:\s+${EN_SCALE})?(?:\s+\d+(?:\.\d+)?\s+${EN_SCALE})*`;
/** A number, or a range of two ("3 to 4", "5%-6%", "20 billion to 50 billion", "between 3 and 5"). */
const EN_FIGURE = new RegExp(
  String.raw`(?<![\w.,/-])(?:between\s+)?(${EN_NUMBER})(?:\s*(%|percent|per cent))?(?:\s*(?:-|–|—|to|and)\s*(${EN_NUMBER}))?(?![\w/]|\.\d|,\d)`,
  'gi',
);

export function englishQuantities(text: string): Quantity[] {
  const found = figures(text);
  // "10 clusters of 20 billion to 50 billion yuan": a figure straight after another's counted noun and "of" describes it.
  const own = found.filter(
    (q, i) =>
      i === 0 ||
      found[i - 1]!.counted === null ||
      !/^\s+(?:of|worth|each with)\s+$/i.test(text.slice(found[i - 1]!.end, q.start)),
  );
  return [...own, ...sharesAndMultiples(text)].sort((a, b) => a.start - b.start);
}

function figures(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(EN_FIGURE)) {
    let start = m.index;
    if (/^between\s/i.test(m[0])) start += m[0].indexOf(m[1]!);
    const before = text.slice(0, start);
    const low = englishNumber(m[1]!);
    const high = m[3] ? englishNumber(m[3]) : null;
    if (low === null || (m[3] && high === null)) continue;
    // "rose 7.3 percent to 19.5 million TEU": a change in percent and the level it brought, two figures, not a range.
    if (
      m[3] &&
      m[2] &&
      !/(?:%|percent|per cent)$/i.test(m[3]) &&
      !/^\s*(?:%|percent|per cent)/i.test(text.slice(m.index + m[0].length))
    ) {
      out.push(...englishAt(text, start, start + m[1]!.length, low, null, before));
      const secondAt = m.index + m[0].length - m[3].length;
      out.push(...englishAt(text, secondAt, m.index + m[0].length, high!, null, text.slice(0, secondAt)));
      continue;
    }
    // "and" joins two numbers only as a range's "between … and …".
    if (
      m[3] &&
      /^\s*and\b/i.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length + (m[2]?.length ?? 0))) &&
      !/^between/i.test(m[0])
    ) {
      // Not a range: take the first number alone.
      out.push(
        ...englishAt(
          text,
          start,
          start + m[1]!.length + (m[2] ? m[0].indexOf(m[2]) + m[2].length - m[0].indexOf(m[1]!) - m[1]!.length : 0),
          low,
          null,
          before,
        ),
      );
      continue;
    }
    // A range's first end may lack its scale: "20 to 50 billion" is 20 billion to 50 billion.
    let lowValue = low;
    const highScale = m[3] ? new RegExp(`\\s(${EN_SCALE})$`, 'i').exec(m[3])?.[1] : undefined;
    if (high !== null && highScale && !new RegExp(EN_SCALE, 'i').test(m[1]!))
      lowValue = low * EN_SCALES[highScale.toLowerCase()]!;
    if (high !== null && high <= lowValue) {
      out.push(...englishAt(text, start, start + m[1]!.length, low, null, before));
      continue;
    }
    out.push(
      ...englishAt(
        text,
        start,
        m.index + m[0].length - (m[2] && !m[3] ? m[2].length + (m[0].length - m[0].trimEnd().length) : 0),
        lowValue,
        high,
        before,
      ),
    );
  }
  return out;
}

/** The quantity whose number runs from `start` to `numberEnd`, if what follows is a unit or a counted thing. */
function englishAt(
  text: string,
  start: number,
  numberEnd: number,
  value: number,
  valueMax: number | null,
  before: string,
): Quantity[] {
  const raw = text.slice(start, numberEnd);
  const after = text.slice(numberEnd);
  const rest = after.replace(/^\s+/, '');
  const gap = after.length - rest.length;
  const isWords = !/\d/.test(raw);
  // A year, an ordinal, a list or article number is no quantity.
  if (/^(?:19|20)\d\d$/.test(raw) && !/^\s*(?:yuan|tons|people|enterprises|projects)\b/i.test(after)) return [];
  if (/^(?:st|nd|rd|th)\b/.test(rest) || /\b(?:No\.|Article|Section|Grade|Chapter|Phase)\s*$/i.test(before)) return [];
  // A rank: "among the top 10", "ranks first", "the top three".
  if (/\b(?:top|the first|the best|ranked|ranking|ranks|rank)\s+$/i.test(before)) return [];
  // "one of", "one by one", "two sessions": a word number that only means "a".
  if (isWords && value === 1 && !/^(?:%|percent|million|billion)/i.test(rest)) return [];
  const unitEntry = EN_UNITS.map(([re, name]) => [re.exec(rest), name] as const).find(([found]) => found !== null);
  const qualifierMatch = EN_QUALIFIER.exec(before);
  const qualifier = qualifierMatch?.[1]?.toLowerCase() ?? null;
  const qualifierStart = qualifierMatch
    ? before.length - qualifierMatch[0].length + qualifierMatch[0].indexOf(qualifierMatch[1]!)
    : null;
  // "RMB 1 trillion", "US$ 3 billion": the currency before the figure.
  const currencyBefore = unitEntry ? null : /\b(RMB|CNY|US\$|USD)\s*$/.exec(before);
  if (currencyBefore) {
    const unit = /^(?:RMB|CNY)$/.test(currencyBefore[1]!) ? 'yuan' : 'US dollars';
    const q = EN_QUALIFIER.exec(before.slice(0, currencyBefore.index));
    return [
      {
        start,
        end: numberEnd,
        numberEnd,
        value,
        valueMax,
        unit,
        counted: null,
        qualifier: q?.[1]?.toLowerCase() ?? qualifier,
        qualifierStart: q ? currencyBefore.index - q[0].length + q[0].indexOf(q[1]!) : qualifierStart,
      },
    ];
  }
  if (unitEntry) {
    const [found, unit] = unitEntry;
    return [
      {
        start,
        end: numberEnd + gap + found![0].length,
        numberEnd,
        value,
        valueMax,
        unit,
        counted: null,
        qualifier,
        qualifierStart,
      },
    ];
  }
  // A multiplier word before a plural ("the 10 billion-level industries", "100 billion-level clusters") is a size, not a
  // count; but "seven hundred billion-grade clusters" is how a translation says 七个千亿级: seven clusters of that size.
  if (/^-?(?:level|class|scale|grade)\b/i.test(rest) || /[a-z]-(?:level|class)$/i.test(raw)) {
    const count = /^([a-z]+) (?:hundred|ten) (?:billion|million)$/i.exec(raw);
    const n = count ? englishNumber(count[1]!) : null;
    const counted =
      n !== null && n > 1 && n < 20 ? countedAfter(rest.replace(/^-?(?:level|class|scale|grade)\s+/i, '')) : null;
    if (!counted) return [];
    const end = text.length - after.length + after.indexOf(counted.words.split(' ')[0]!) + counted.length;
    return [
      {
        start,
        end: Math.min(end, text.length),
        numberEnd,
        value: n!,
        valueMax: null,
        unit: counted.noun.toLowerCase(),
        counted: counted.words,
        qualifier,
        qualifierStart,
      },
    ];
  }
  const counted = countedAfter(rest);
  // "…, bringing the total to 610": a count of what the clause has counted.
  if (
    !counted &&
    !isWords &&
    /\b(?:the total|the total number|the number)(?: of [a-z-]+(?: [a-z-]+)?)? (?:to|reached|hit|stood at|of)\s+$/i.test(
      before,
    ) &&
    /^\s*(?:[.,;]|$)/.test(after)
  ) {
    return [
      { start, end: numberEnd, numberEnd, value, valueMax, unit: 'items', counted: null, qualifier, qualifierStart },
    ];
  }
  // "…1100 projects were planned, of which 60 entered the repository": a part of what was just counted.
  if (
    !counted &&
    /\b(?:of which|of them|among them|among which),?\s+$/i.test(before) &&
    /^[a-z]+(?:ed|s)\b/i.test(rest) &&
    valueMax === null
  ) {
    return [
      { start, end: numberEnd, numberEnd, value, valueMax, unit: 'items', counted: null, qualifier, qualifierStart },
    ];
  }
  if (!counted) return [];
  const end = numberEnd + gap + counted.length;
  if (isWords && valueMax === null && value < 20 && namesAGroup(before, text.slice(end))) return [];
  const unit = EN_PEOPLE.test(counted.noun) ? 'people' : counted.noun.toLowerCase();
  return [{ start, end, numberEnd, value, valueMax, unit, counted: counted.words, qualifier, qualifierStart }];
}

/**
 * A small count in words that names a group of the plan rather than a quantity to reach (the translation of 七大…,
 * 四个…): inside quotation marks ("the “four distinctions”"); after "the" ("the three core areas"); followed by its
 * members ("six emerging industries such as …", "three principles: first, …"); after the names it counts ("Lanshan,
 * Juxian, Wulian three sub-centers"); or ending its sentence as a heading of what follows ("Build four platforms.").
 */
function namesAGroup(before: string, after: string): boolean {
  const quotes = (before.match(/[“"]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  if (/[“"‘]\s*$/.test(before) || quotes % 2 === 1) return true;
  if (/\bthe\s+$/i.test(before)) return true;
  if (/\b(?:namely|such as|including),?\s[^;]*$/i.test(before)) return true;
  if (/^(?:\s+of(?:\s+[a-z]+){1,5})?\s*(?:,\s*)?(?:such as|namely|i\.e\.|[:：(（])/i.test(after)) return true;
  // "Five strengthens are highlighted in the work: strengthening …": the members follow the sentence's colon.
  if (/^\s+(?:are|is|were|was|include|includes|cover|covers)\b[^.;:：]{0,40}[:：]/i.test(after)) return true;
  if (/(?:[A-Z][\w()]*,?\s+){3,}$/.test(before)) return true;
  // A short sentence of its own ("Build four platforms."), not the last of a list of deeds ("…, set up a pool of ten
  // experts, and compile ten industry special plans.").
  return /^\s*(?:of work)?\s*[.!?]?\s*$/.test(after) && !/[,;]/.test(before);
}

/** "1/12 of the whole country": a share, as a percentage. */
const EN_FRACTION = /(?<![\w./])(\d+)\/(\d+)(?=(?:\s+and\s+\d+\/\d+)?\s+of\b)/g;
/** "one-third of the national total", "nearly a quarter of": a share in words, as a percentage. */
const EN_WORD_FRACTION =
  /\b(one|two|three|four|a)[- ](half|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths|tenth|tenths)(?=\s+of\b)/gi;
const FRACTION_WORDS: Record<string, number> = { one: 1, a: 1, two: 2, three: 3, four: 4 };
const DENOMINATORS: Record<string, number> = { half: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, tenth: 10 };
/** "double the added value", "triple", "the number … will double": a multiple, counted in times. */
const EN_MULTIPLE =
  /\b(double|triple|quadruple)\b(?=\s+(?:the|its|their)\b)|(?<=\b(?:will|to|would|should)\s+)(double|triple|quadruple)\b(?=\s*(?:[.,;]|$|\s+(?:by|in|within|over)\b))/gi;
const MULTIPLES: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };

/** A figure written as one word or sign (1/12, one-third, double, 翻一番): its span is the whole match. */
function wordFigure(
  m: RegExpMatchArray,
  value: number,
  unit: string,
  qualifier: RegExpExecArray | null = null,
): Quantity {
  const start = m.index!;
  return {
    start,
    end: start + m[0].length,
    numberEnd: start + m[0].length,
    value,
    valueMax: null,
    unit,
    counted: null,
    qualifier: qualifier?.[1]?.toLowerCase() ?? null,
    qualifierStart: qualifier ? start - qualifier[0].length + qualifier[0].indexOf(qualifier[1]!) : null,
  };
}

function sharesAndMultiples(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(EN_FRACTION)) {
    const value = Number(((Number(m[1]) / Number(m[2])) * 100).toPrecision(12));
    if (Number(m[2]) === 0 || value > 100) continue;
    out.push(wordFigure(m, value, '%'));
  }
  for (const m of text.matchAll(EN_WORD_FRACTION)) {
    const share = FRACTION_WORDS[m[1]!.toLowerCase()]! / DENOMINATORS[m[2]!.toLowerCase().replace(/s$/, '')]!;
    out.push(wordFigure(m, Number((share * 100).toPrecision(12)), '%', EN_QUALIFIER.exec(text.slice(0, m.index))));
  }
  for (const m of text.matchAll(EN_MULTIPLE))
    out.push(wordFigure(m, MULTIPLES[(m[1] ?? m[2])!.toLowerCase()]!, 'times'));
  return out;
}

// ---------- Chinese (folded to Simplified) ----------

/** 翻一番 ("double"), 翻两番 ("double twice"): a multiple, counted in times. */
const ZH_DOUBLING = /翻了?(一|两|二)?番/g;
function chineseMultiples(folded: string): Quantity[] {
  return [...folded.matchAll(ZH_DOUBLING)].map((m) => wordFigure(m, m[1] === '两' || m[1] === '二' ? 4 : 2, 'times'));
}

const ZH_SCALES: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };
const ZH_UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:%|％)/, '%'],
  [/^个?百分点/, 'percentage points'],
  [/^(?:元|块)/, 'yuan'],
  [/^美元/, 'US dollars'],
  [/^(?:千瓦时|度电)/, 'kilowatt-hours'],
  [/^千瓦/, 'kilowatts'],
  [/^吨(?:标准煤|标煤)?/, 'tons'],
  [/^平方(?:米|公里)/, 'square meters'],
  [/^(?:立方米|方(?![面向式案法针略]))/, 'cubic meters'],
  [/^(?:公里|千米)/, 'kilometers'],
  [/^亩/, 'mu'],
  [/^公顷/, 'hectares'],
  [/^标准?箱/, 'TEU'],
  [/^(?:人次|人|名)/, 'people'],
  [/^倍/, 'times'],
  [/^微克\/立方米/, 'micrograms per cubic meter'],
  [/^(?:家|户)/, 'enterprises'],
  [/^小时/, 'hours'],
  [/^(?:个|项|座|条|所|批|台|套|辆|架|艘|处|种|件|部|只|张|片|栋|层|款|类|支|位(?!数)|颗|列|趟|班|次)/, 'items'],
];
const ZH_NUMBER = String.raw`(?:\d+(?:\.\d+)?|[${ZH_NUMERAL_CHARS}]+)`;
const ZH_FIGURE = new RegExp(
  String.raw`(百分之)?(${ZH_NUMBER})(万亿|亿|万|千)?(?:(%|％)?\s*[-–—~至到]\s*(百分之)?(${ZH_NUMBER})(万亿|亿|万|千)?)?`,
  'g',
);
const ZH_QUALIFIER_AFTER = new RegExp(`^(${QUALIFIER_WORDS.zhAfter.join('|')})`);
export const ZH_QUALIFIER_BEFORE = new RegExp(`(${QUALIFIER_WORDS.zhBefore.join('|')})$`);
/** "一批", "一系列", "一些", "一大批": "a batch", "a series": amounts that are no number. */
const ZH_VAGUE = /^(?:批|系列|些|大批|揽子|体化|流|线|带一路|二三)/;

function zhValue(digits: string): number | null {
  return /^\d/.test(digits) ? arabic(digits) : chineseNumeral(digits);
}

export function chineseQuantities(folded: string): Quantity[] {
  return [...numbered(folded), ...chineseMultiples(folded)].sort((a, b) => a.start - b.start);
}

/**
 * Names listed with 、 right before a count in words, none with a figure of its own: 半岛南、半岛北两个基地; not
 * 学校12所、幼儿园三十所, nor a total in digits of the things listed (中小学、幼儿园63所).
 */
function namesListed(before: string): boolean {
  const run = /[^，。；,;：:]*$/.exec(before)![0];
  return /、[^、]{1,12}$/.test(run) && !/[\d%]/.test(run) && !ZH_COUNTED.test(run);
}
const ZH_COUNTED = new RegExp(`[${ZH_NUMERAL_CHARS}][个项家所座条处名人万亿]`);
/** A count of things (两个, 三大, 五家), not an amount in a unit (一百万千瓦). */
function countsThings(after: string): boolean {
  return /^(?:个|大|家|项|座|条|处|类|批)/.test(after);
}

function numbered(folded: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of folded.matchAll(ZH_FIGURE)) {
    const start = m.index;
    const before = folded.slice(0, start);
    const [, percentWord, lowDigits, lowScale, lowPercent, highPercentWord, highDigits, highScale] = m;
    let numberEnd = start + m[0].length;
    let low = zhValue(lowDigits!);
    let high = highDigits ? zhValue(highDigits) : null;
    if (low === null) continue;
    // Digits glued to Latin letters (5G, G20) or part of a longer number written around us: not ours.
    if (/[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(folded.slice(numberEnd))) continue;
    const isNumeral = !/^\d/.test(lowDigits!);
    // A numeral that is only a character of a word (一体化, 统一, 十分, 万物): a numeral needs a unit or scale right after.
    const afterAll = folded.slice(numberEnd);
    if (/^\d{4}$/.test(lowDigits!) && /^\s*年/.test(afterAll)) continue; // a year
    if (/^\s*(?:年|月|日|号|时|期|届|次会议|五)/.test(afterAll) && !lowScale) continue; // dates, sessions, 十四五
    if (/第$|前$|[“"]$/.test(before) && isNumeral) continue; // 第一, 前三, “六大…”
    if (/(?:第|前|后)$/.test(before)) continue;
    // The count of members just listed (教育、医疗、养老等8个领域; 半岛南、半岛北两个基地), or of the set a part is counted
    // in (在41个行业中): it describes a list, it measures nothing.
    if (
      /等$/.test(before) ||
      (isNumeral && countsThings(folded.slice(numberEnd)) && namesListed(before)) ||
      (/在$/.test(before) && /^[^，。；,;]{0,14}中/.test(folded.slice(numberEnd)))
    )
      continue;
    if (high !== null && (highDigits === undefined || high <= low)) high = null;
    const scale = (s: string | undefined) => (s ? ZH_SCALES[s]! : 1);
    // A range's first end takes the second's scale when it has none: 3至5万 is 30,000 to 50,000.
    const lowValue = scaled(low, scale(lowScale ?? (high !== null ? highScale : undefined)));
    const highValue = high === null ? null : scaled(high, scale(highScale));
    if (high === null && highDigits !== undefined)
      numberEnd =
        start + (percentWord?.length ?? 0) + lowDigits!.length + (lowScale?.length ?? 0) + (lowPercent?.length ?? 0);
    low = lowValue;
    high = highValue;
    const rest = folded.slice(numberEnd);
    const percent = percentWord !== undefined || highPercentWord !== undefined || lowPercent !== undefined;
    if (ZH_VAGUE.test(rest) && lowDigits === '一') continue;
    // 千 as a scale only after digits (5千万); after a numeral it was read as part of it.
    // 2万余家, 300多个: "more than", between the number and its measure word.
    const about = percent ? null : /^(?:余|多)(?=\D)/.exec(rest);
    if (about) numberEnd += about[0].length;
    const rest2 = about ? rest.slice(about[0].length) : rest;
    // 七成, 近三成, 一成以上: tenths, as a percentage.
    const tenths =
      !percent && !lowScale && high === null && /^成(?![为了功果效本员立绩交型熟长])/.test(rest2) && low <= 10;
    if (tenths) {
      low = low * 10;
    }
    const unitEntry = percent
      ? ([/^(?:%|％)?/, '%'] as const)
      : tenths
        ? ([/^成/, '%'] as const)
        : ZH_UNITS.find(([re]) => re.test(rest2));
    if (!unitEntry) continue;
    const unitText = unitEntry[0].exec(rest2)![0];
    const [, unit] = unitEntry;
    // A year-like figure counting "items" (2025个) is a year run into a word; a lone numeral before 个 that is "a" (一个) is no count.
    if (unit === 'items' && /^(?:19|20)\d\d$/.test(lowDigits!) && !lowScale && !about) continue;
    if (isNumeral && low === 1 && unit !== '%' && !lowScale) continue;
    // A rank: 进入全国十强, 中国企业500强 (强 is no measure word, so these fall out above); 位列第一 likewise.
    const afterUnit = rest2.slice(unitText.length);
    const qAfter = ZH_QUALIFIER_AFTER.exec(afterUnit)?.[1] ?? null;
    const qBefore = ZH_QUALIFIER_BEFORE.exec(before.replace(/(?:了|到)$/, ''));
    const qualifier = qAfter ?? (about ? about[0] : null) ?? (qBefore?.[1] && qBefore[1] !== '达' ? qBefore[1] : null);
    const end = numberEnd + unitText.length + (qAfter?.length ?? 0);
    // "营业收入超过10亿元的企业", "十亿元以上项目60个": a threshold describing what is counted, not a quantity of its own.
    if (/^的/.test(folded.slice(end)) && unit !== '%') continue;
    if (
      unit === 'yuan' &&
      /^的?(?!建设|用于|投资|实施|新建|打造|支持|发展|推进)[^，,。；;、\d]{0,4}?(?:项目|企业|产业|集群|园区|平台|城市|县)/.test(
        folded.slice(end),
      )
    )
      continue;
    // One of several thresholds listed before what they describe (突破10亿元、50亿元、100亿元的企业).
    if (unit !== '%' && /^(?:、[^，,。；;]{1,12}?)+的/.test(folded.slice(end))) continue;
    // A class, not an amount: 30万吨级码头, 百万千瓦级基地.
    if (/^级/.test(folded.slice(end))) continue;
    // The set a part is counted in: 37个工业大类行业中有29个.
    if (/^[^，,。；;]{0,12}中(?:有|共有)/.test(folded.slice(end))) continue;
    out.push({
      start,
      end,
      numberEnd,
      value: low,
      valueMax: high,
      unit,
      counted: null,
      qualifier,
      qualifierStart:
        qAfter === null && about === null && qualifier !== null && qBefore ? start - qBefore[0].length : null,
    });
  }
  return out;
}

import type { Target } from '../../core/extract/targets';
import { formatNumber, type UiLanguage } from '../../core/messages/messages';

const COMPACT = {
  en: new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 6 }),
  zh: new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 6 }),
} as const;

const ZH_UNITS: Record<string, string> = {
  yuan: '元',
  tons: '吨',
  people: '人',
  enterprises: '家',
  items: '个',
  kilowatts: '千瓦',
  'percentage points': '个百分点',
  'US dollars': '美元',
  times: '倍',
  'kilowatt-hours': '千瓦时',
  clusters: '个集群',
  platforms: '个平台',
  projects: '个项目',
  parks: '个园区',
  bases: '个基地',
  ports: '个港口',
  // The measures the extractor reads (quantities.ts), each as Chinese writes it.
  'cubic meters': '立方米',
  'square meters': '平方米',
  kilometers: '公里',
  mu: '亩',
  hectares: '公顷',
  TEU: '标准箱',
  hours: '小时',
  'micrograms per cubic meter': '微克/立方米',
};

/**
 * Each qualifier the extractor keeps (in the document's language), as the other language says it: where it goes
 * (before or after the number) and its words. The record keeps the source's own word; only the display changes.
 */
const QUALIFIERS: Record<string, { en: string; zh: readonly [string, 'before' | 'after'] }> = {
  'no lower than': { en: 'no lower than', zh: ['不低于', 'before'] },
  'not lower than': { en: 'not lower than', zh: ['不低于', 'before'] },
  'no higher than': { en: 'no higher than', zh: ['不高于', 'before'] },
  'not higher than': { en: 'not higher than', zh: ['不高于', 'before'] },
  'lower than': { en: 'lower than', zh: ['低于', 'before'] },
  'higher than': { en: 'higher than', zh: ['高于', 'before'] },
  'more than': { en: 'more than', zh: ['超过', 'before'] },
  over: { en: 'over', zh: ['超过', 'before'] },
  above: { en: 'above', zh: ['以上', 'after'] },
  'at least': { en: 'at least', zh: ['不低于', 'before'] },
  'no less than': { en: 'no less than', zh: ['不低于', 'before'] },
  'not less than': { en: 'not less than', zh: ['不低于', 'before'] },
  about: { en: 'about', zh: ['左右', 'after'] },
  around: { en: 'around', zh: ['左右', 'after'] },
  approximately: { en: 'approximately', zh: ['约', 'before'] },
  roughly: { en: 'roughly', zh: ['约', 'before'] },
  some: { en: 'some', zh: ['约', 'before'] },
  nearly: { en: 'nearly', zh: ['近', 'before'] },
  almost: { en: 'almost', zh: ['近', 'before'] },
  'up to': { en: 'up to', zh: ['最多', 'before'] },
  below: { en: 'below', zh: ['以下', 'after'] },
  'less than': { en: 'less than', zh: ['不到', 'before'] },
  under: { en: 'under', zh: ['以下', 'after'] },
  以上: { en: 'over', zh: ['以上', 'after'] },
  左右: { en: 'about', zh: ['左右', 'after'] },
  以内: { en: 'within', zh: ['以内', 'after'] },
  以內: { en: 'within', zh: ['以内', 'after'] },
  以下: { en: 'under', zh: ['以下', 'after'] },
  超过: { en: 'more than', zh: ['超过', 'before'] },
  超過: { en: 'more than', zh: ['超过', 'before'] },
  突破: { en: 'over', zh: ['突破', 'before'] },
  不低于: { en: 'at least', zh: ['不低于', 'before'] },
  不低於: { en: 'at least', zh: ['不低于', 'before'] },
  不少于: { en: 'at least', zh: ['不少于', 'before'] },
  不少於: { en: 'at least', zh: ['不少于', 'before'] },
  约: { en: 'about', zh: ['约', 'before'] },
  約: { en: 'about', zh: ['约', 'before'] },
  近: { en: 'nearly', zh: ['近', 'before'] },
  不足: { en: 'less than', zh: ['不足', 'before'] },
  'a total of': { en: 'a total of', zh: ['累计', 'before'] },
  exceeding: { en: 'exceeding', zh: ['超过', 'before'] },
  'close to': { en: 'close to', zh: ['近', 'before'] },
  多: { en: 'more than', zh: ['多', 'after'] },
  余: { en: 'more than', zh: ['余', 'after'] },
  餘: { en: 'more than', zh: ['余', 'after'] },
  逾: { en: 'over', zh: ['逾', 'before'] },
  超: { en: 'over', zh: ['超', 'before'] },
};

/** A value as a reader says it, in the interface's language: "100 billion yuan", "more than 5.5%", "1000亿元", "10%左右". */
export function formatValue(
  t: Pick<Target, 'value' | 'unit' | 'qualifier'> & { valueMax?: number | null },
  language: UiLanguage,
): string {
  const { value, unit } = t;
  // A commitment that is dated but not quantified.
  if (value === null || unit === null) return '—';
  // Large figures as each language says them (110万, 1000亿; "1.1 million", "100 billion"), by Intl's compact notation.
  const say = (n: number): string =>
    language === 'zh'
      ? n >= 1e4 && unit !== '%'
        ? COMPACT.zh.format(n)
        : formatNumber(n, 'zh')
      : n >= 1e6
        ? COMPACT.en.format(n)
        : formatNumber(n, 'en');
  // A range: "3 to 4 clusters", "3至4个".
  const number =
    t.valueMax != null ? `${say(value)}${language === 'zh' ? '至' : ' to '}${say(t.valueMax)}` : say(value);
  const unitText = unit === '%' ? '%' : language === 'zh' ? (ZH_UNITS[unit] ?? ` ${unit}`) : ` ${unit}`;
  const body = `${number}${unitText}`;
  if (!t.qualifier) return body;
  const known = QUALIFIERS[t.qualifier];
  if (!known) return `${t.qualifier} ${body}`;
  if (language === 'en') return known.en ? `${known.en} ${body}` : body;
  const [word, place] = known.zh;
  return place === 'after' ? `${body}${word}` : `${word}${body}`;
}

/** The last year of a horizon ("2021-2025" → 2025), for sorting and the timeline. */
export function horizonYear(horizon: string | null): number | null {
  if (horizon === null) return null;
  const years = horizon.match(/\d{4}/g);
  return years ? Number(years[years.length - 1]) : null;
}

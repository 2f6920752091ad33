import type { Target } from '../../core/extract/targets';
import type { UiLanguage } from '../settings';

const ZH_UNITS: Record<string, string> = {
  yuan: '元', tons: '吨', people: '人', enterprises: '家', items: '个', kilowatts: '千瓦', 'percentage points': '个百分点',
  clusters: '个集群', platforms: '个平台', projects: '个项目', parks: '个园区', bases: '个基地', ports: '个港口',
};

/** A value as a reader says it: "100 billion yuan", "more than 5.5%", "1000亿元", "10%左右". */
export function formatValue(t: Pick<Target, 'value' | 'unit' | 'qualifier'>, language: UiLanguage): string {
  const { value, unit } = t;
  let number: string;
  if (language === 'zh') {
    number = value >= 1e8 ? `${+(value / 1e8).toPrecision(6)}亿` : value >= 1e4 && unit !== '%' ? `${+(value / 1e4).toPrecision(6)}万` : value.toLocaleString('zh-CN');
  } else {
    number =
      value >= 1e12 ? `${+(value / 1e12).toPrecision(6)} trillion` : value >= 1e9 ? `${+(value / 1e9).toPrecision(6)} billion` : value >= 1e6 ? `${+(value / 1e6).toPrecision(6)} million` : value.toLocaleString('en');
  }
  const unitText = unit === '%' ? '%' : language === 'zh' ? (ZH_UNITS[unit] ?? ` ${unit}`) : ` ${unit}`;
  const body = `${number}${unitText}`;
  if (!t.qualifier) return body;
  // Chinese qualifiers that follow the number (以上, 左右) stay after it.
  return /^(以上|左右|以内|以內|以下)$/.test(t.qualifier) ? `${body}${t.qualifier}` : `${t.qualifier} ${body}`;
}

/** The last year of a horizon ("2021-2025" → 2025), for sorting and the timeline. */
export function horizonYear(horizon: string | null): number | null {
  if (horizon === null) return null;
  const years = horizon.match(/\d{4}/g);
  return years ? Number(years[years.length - 1]) : null;
}

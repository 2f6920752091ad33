import type { PolicyDocument } from '../core/corpus/types';
import type { UiLanguage } from '../core/messages/messages';

export function formatDate(value: string | null, language: UiLanguage): string | null {
  if (value === null) return null;
  const [year, month, day] = value.split('-').map(Number);
  if (language === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return date.toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
  });
}

/** The BCP 47 tag for a document's text as shown (so fonts pick the right glyphs). */
export function textLang(doc: Pick<PolicyDocument, 'language' | 'script'>, simplified: boolean): string {
  if (doc.language === 'en') return 'en';
  return simplified || doc.script === 'Hans' ? 'zh-Hans' : 'zh-Hant';
}

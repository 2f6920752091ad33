import type { PolicyDocument } from '../core/corpus/types';
import { documentLength, formatDate } from './documentDisplay';
import { useMessages } from './i18n';
import { useSettings } from './settings';

/**
 * A document's date, language and script, and length (words or characters, and paragraphs), in the interface's
 * language: the line under its title in the library and at the top of the reader. `as` is the element around them.
 */
export function DocumentFacts({ doc, as: Tag }: { doc: PolicyDocument; as: 'p' | 'span' }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const length = documentLength(doc);
  return (
    <Tag className="doc-meta">
      <span>{formatDate(doc.date.value, uiLanguage) ?? t.dateUnknown}</span>
      <span>
        {doc.language === 'zh' ? t.chinese : t.english} · {t[doc.script]}
      </span>
      <span>
        {length.unit === 'words' ? t.words(length.count) : t.characters(length.count)} ·{' '}
        {t.paragraphs(doc.paragraphs.length)}
      </span>
    </Tag>
  );
}

import type { LibraryDocument } from '../core/corpus/shipped';
import { formatDate } from './documentDisplay';
import { useMessages } from './i18n';
import { useSettings } from './settings';

/**
 * A document's date, language and script, and length (words or characters, and paragraphs), in the interface's
 * language: the line under its title in the library and at the top of the reader. `as` is the element around them.
 */
export function DocumentFacts({ doc, as: Tag }: { doc: LibraryDocument; as: 'p' | 'span' }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  return (
    <Tag className="doc-meta">
      <span>{formatDate(doc.date.value, uiLanguage) ?? t.dateUnknown}</span>
      <span>
        {doc.language === 'zh' ? t.chinese : t.english} · {t[doc.script]}
      </span>
      <span>
        {doc.length.unit === 'words' ? t.words(doc.length.count) : t.characters(doc.length.count)} ·{' '}
        {t.paragraphs(doc.paragraphCount)}
      </span>
    </Tag>
  );
}

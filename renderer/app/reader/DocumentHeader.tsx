import { libraryDocument } from '../../core/corpus/shipped';
import type { PolicyDocument } from '../../core/corpus/types';
import { DocumentFacts } from '../DocumentFacts';
import { useMessages } from '../i18n';
import { useSettings } from '../settings';

/** A document's titles in both languages, its date, language and length, and how it was dated and cleaned. */
export function DocumentHeader({ doc }: { doc: PolicyDocument }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const [primary, secondary] = uiLanguage === 'zh' ? [doc.titles.zh, doc.titles.en] : [doc.titles.en, doc.titles.zh];
  const removals = Object.entries(doc.removals).filter(([, n]) => n > 0);
  return (
    <header className="doc-header">
      <h1 id="doc-title" tabIndex={-1} lang={uiLanguage === 'zh' ? 'zh-Hans' : 'en'}>
        {primary}
      </h1>
      <p className="doc-subtitle" lang={uiLanguage === 'zh' ? 'en' : 'zh-Hans'}>
        {secondary}
      </p>
      <DocumentFacts doc={libraryDocument(doc)} as="p" />
      <details className="doc-details">
        <summary>{t.aboutThisDocument}</summary>
        <dl>
          <dt>{t.publisher}</dt>
          <dd>{doc.publisher}</dd>
          <dt>{t.source}</dt>
          <dd>{doc.source}</dd>
          <dt>{t.file}</dt>
          <dd>
            <code>{doc.file}</code>
          </dd>
          <dt>{t.howDated}</dt>
          <dd>{doc.date.evidence[uiLanguage]}</dd>
          <dt>{t.cleaning}</dt>
          <dd>
            {removals.length === 0
              ? t.cleaningNone
              : removals.map(([rule, n]) => t.removed[rule]?.(n) ?? `${rule}: ${n}`).join(' · ')}
          </dd>
        </dl>
      </details>
    </header>
  );
}

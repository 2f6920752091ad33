import { useEffect, useRef } from 'react';
import type { Library, LibraryDocument } from '../../core/corpus/shipped';
import { formatRoute } from '../../core/route/route';
import { DocumentFacts } from '../DocumentFacts';
import { useMessages } from '../i18n';
import { markOnce } from '../marks';
import { useSettings } from '../settings';

function DocumentCard({ doc, index }: { doc: LibraryDocument; index: number }) {
  const { uiLanguage } = useSettings();
  const [primary, secondary] = uiLanguage === 'zh' ? [doc.titles.zh, doc.titles.en] : [doc.titles.en, doc.titles.zh];
  return (
    <li className="doc-card">
      <a href={formatRoute({ view: 'document', docId: doc.id, paragraph: null })} data-doc={doc.id}>
        <span className="doc-number" aria-hidden="true">
          {String(index).padStart(3, '0')}
        </span>
        <span className="doc-titles">
          <span className="doc-title" lang={uiLanguage === 'zh' ? 'zh-Hans' : 'en'}>
            {primary}
          </span>
          <span className="doc-subtitle" lang={uiLanguage === 'zh' ? 'en' : 'zh-Hans'}>
            {secondary}
          </span>
        </span>
        <DocumentFacts doc={doc} as="span" />
      </a>
    </li>
  );
}

export function LibraryView({ library }: { library: Library }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t.library} · ${t.appName}`;
  }, [t]);
  useEffect(() => {
    window.scrollTo(0, 0);
    // The library drawn for the first time since the page loaded (what the benchmark times from navigation).
    markOnce('app:first-paint');
  }, []);
  return (
    <div className="library">
      <h1 ref={heading} tabIndex={-1}>
        {t.libraryTitle}
      </h1>
      <p className="lede">{t.libraryIntro}</p>
      <ol className="doc-list">
        {library.documents.map((doc, i) => (
          <DocumentCard key={doc.id} doc={doc} index={i} />
        ))}
      </ol>
      {library.missing.length > 0 && (
        <section className="missing" aria-labelledby="missing-title">
          <h2 id="missing-title">{t.missingTitle}</h2>
          <p>{t.missingIntro}</p>
          <ul>
            {library.missing.map((m) => (
              <li key={m.id}>
                <span lang={uiLanguage === 'zh' ? 'zh-Hans' : 'en'}>
                  {uiLanguage === 'zh' ? m.titles.zh : m.titles.en}
                </span>{' '}
                <code>seeds/{m.seed}…</code>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

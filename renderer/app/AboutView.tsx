import { useEffect, useState } from 'react';
import type { Corpus } from '../core/corpus/types';
import { formatRoute } from '../core/route/route';
import { bridge } from '../bridge/bridge';
import { ShortcutSheet } from './commands/ShortcutSheet';
import { formatDate } from './documentDisplay';
import { useMessages } from './i18n';
import { useSettings } from './settings';

export function AboutView({ corpus }: { corpus: Corpus }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${t.about} · ${t.appName}`;
    window.scrollTo(0, 0);
  }, [t]);
  useEffect(() => {
    void bridge.appInfo().then((info) => setVersion(info.version));
  }, []);
  return (
    <div className="about">
      <h1 tabIndex={-1}>{t.about}</h1>
      <p className="lede">{t.offline}</p>
      <dl className="about-docs">
        {corpus.documents.map((doc) => (
          <div key={doc.id}>
            <dt>
              <a href={formatRoute({ view: 'document', docId: doc.id, paragraph: null })}>
                {uiLanguage === 'zh' ? doc.titles.zh : doc.titles.en}
              </a>
            </dt>
            <dd>
              {formatDate(doc.date.value, uiLanguage) ?? t.dateUnknown}. {doc.date.evidence[uiLanguage]}
              <br />
              {t.publisher}: {doc.publisher}. {t.source}: {doc.source}. {t.file}: <code>{doc.file}</code>
            </dd>
          </div>
        ))}
      </dl>
      <ShortcutSheet />
      {version !== null && <p className="version">{t.version(version)}</p>}
    </div>
  );
}

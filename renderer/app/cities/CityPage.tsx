import { useEffect, useRef } from 'react';
import type { Corpus } from '../../core/corpus/types';
import type { CityProfile, ParagraphRef } from '../../core/extract/city-profiles';
import type { Target } from '../../core/extract/targets';
import { formatValue } from '../targets/targetDisplay';
import { formatRoute } from '../../core/route/route';
import { textLang } from '../documentDisplay';
import { useMessages } from '../i18n';
import { useSettings } from '../settings';
import { Highlighted } from '../search/Snippet';

function ParagraphItem({
  corpus,
  r,
  spans,
}: {
  corpus: Corpus;
  r: ParagraphRef;
  spans: ReadonlyArray<readonly [number, number]>;
}) {
  const { uiLanguage } = useSettings();
  const doc = corpus.documents.find((d) => d.id === r.docId)!;
  const p = doc.paragraphs[r.paragraph]!;
  return (
    <li>
      <a className="ref-item" href={formatRoute({ view: 'document', docId: r.docId, paragraph: r.paragraph })}>
        <span className="ref-source">
          {uiLanguage === 'zh' ? doc.titles.zh : doc.titles.en} · ¶ {r.paragraph}
        </span>
        <span className="hit-snippet" lang={textLang(doc, false)}>
          <Highlighted text={p.text} spans={spans.map(([s, e]) => [s, e] as const)} />
        </span>
      </a>
    </li>
  );
}

/** One city: who spoke for it, its section in the mayors' article, and every mention elsewhere. */
export function CityPage({
  corpus,
  profile,
  targets,
}: {
  corpus: Corpus;
  profile: CityProfile;
  targets: readonly Target[];
}) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  const own = targets.filter((x) => x.scope === profile.city.id);
  const { city, mentions, section, mayor } = profile;
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [city.id]);
  const inSection = new Set(section.map((r) => `${r.docId}#${r.paragraph}`));
  const spansOf = (r: ParagraphRef) =>
    mentions.filter((m) => m.docId === r.docId && m.paragraph === r.paragraph).map((m) => [m.start, m.end] as const);
  const elsewhere = profile.paragraphs.filter((r) => !inSection.has(`${r.docId}#${r.paragraph}`));
  return (
    <section className="city-page" aria-labelledby="city-title">
      <h1 id="city-title" ref={heading} tabIndex={-1}>
        {city.en} <span lang="zh-Hans">{city.zhHans}</span>
        {city.zhHant !== city.zhHans && <span lang="zh-Hant"> {city.zhHant}</span>}
      </h1>
      <p className="doc-meta">
        <span>{t.coordinates(city.lat, city.lon)}</span>
        <span>{t.linkedParagraphs(profile.paragraphs.length)}</span>
      </p>
      {city.note && <p className="note">{t.laiwuNote}</p>}
      {mayor && (
        <p>
          {t.spokeFor}{' '}
          <a href={formatRoute({ view: 'document', docId: mayor.docId, paragraph: mayor.paragraph })}>{mayor.name}</a>
        </p>
      )}
      {section.length > 0 && (
        <>
          <h2>{t.citySection}</h2>
          <ol className="hits">
            {section.map((r) => (
              <ParagraphItem key={`${r.docId}-${r.paragraph}`} corpus={corpus} r={r} spans={spansOf(r)} />
            ))}
          </ol>
        </>
      )}
      {own.length > 0 && (
        <>
          <h2>{t.cityTargets}</h2>
          <ul className="city-targets">
            {own.map((x) => (
              <li key={x.id}>
                <a
                  href={formatRoute({
                    view: 'document',
                    docId: x.docId,
                    paragraph: x.paragraph,
                    span: [x.start, x.end],
                  })}
                >
                  {x.metric}
                </a>
                {': '}
                {formatValue(x, uiLanguage)}
                {x.horizon ? ` (${x.horizon})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t.mentionsElsewhere}</h2>
      {elsewhere.length === 0 ? (
        <p className="muted">{t.noMentions}</p>
      ) : (
        <ol className="hits">
          {elsewhere.map((r) => (
            <ParagraphItem key={`${r.docId}-${r.paragraph}`} corpus={corpus} r={r} spans={spansOf(r)} />
          ))}
        </ol>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import type { Library } from '../../core/corpus/shipped';
import type { Language } from '../../core/corpus/types';
import type { SearchHit, SearchResult } from '../../core/search/search';
import { formatRoute } from '../../core/route/route';
import { textLang } from '../documentDisplay';
import { useMessages } from '../i18n';
import { markOnce } from '../marks';
import { useSettings } from '../settings';
import { useWhenNear } from '../useWhenNear';
import { Highlighted } from './Snippet';
import { RESULTS_PAGE, type Search, type SearchFilters } from './useSearch';

interface Props {
  library: Library;
  query: string;
  state: Search;
  filters: SearchFilters;
  onFilters: (filters: SearchFilters) => void;
}

function groupByDocument(result: SearchResult): Array<{ docId: string; hits: SearchHit[] }> {
  const groups = new Map<string, SearchHit[]>();
  for (const hit of result.hits) groups.set(hit.docId, [...(groups.get(hit.docId) ?? []), hit]);
  return [...groups].map(([docId, hits]) => ({ docId, hits }));
}

export function SearchView({ library, query, state, filters, onFilters }: Props) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  useEffect(() => {
    document.title = `${t.searchTitle(query)} · ${t.appName}`;
  }, [t, query]);
  const result = state.status === 'done' ? state.result : state.status === 'searching' ? state.previous : null;
  // The first results drawn since the page loaded (what the benchmark times from navigation).
  useEffect(() => {
    if (result !== null && result.hits.length > 0) markOnce('search:first-result');
  }, [result]);
  // The next page comes by itself as the end of the list nears, as the notes' does; the button is there to press too.
  const more = useRef<HTMLButtonElement>(null);
  const { showMore } = state;
  useWhenNear(more, state.status === 'done' ? showMore : null, result?.hits.length ?? 0);
  const docTitle = (id: string) => {
    const doc = library.documents.find((d) => d.id === id);
    return doc ? (uiLanguage === 'zh' ? doc.titles.zh : doc.titles.en) : id;
  };

  let summary: string;
  if (query.trim() === '') summary = t.searchEmpty;
  else if (state.status === 'failed') summary = t.searchFailed(state.message);
  else if (result === null) summary = t.searching;
  else if (result.total === 0) summary = t.noResults(result.query);
  else if (result.hits[0]?.approximate && result.suggestion)
    summary = t.onlyCorrected(result.query, result.suggestion, result.total);
  else summary = t.resultCount(result.total, Object.keys(result.perDocument).length);

  return (
    <div className="search-view">
      <h1 className="visually-hidden">{t.searchTitle(query)}</h1>
      <div className="search-filters" role="group" aria-label={t.filters}>
        <label htmlFor="filter-language">{t.language}</label>
        <select
          id="filter-language"
          value={filters.language ?? ''}
          onChange={(e) => onFilters({ ...filters, language: (e.target.value || null) as Language | null })}
        >
          <option value="">{t.allLanguages}</option>
          <option value="en">{t.english}</option>
          <option value="zh">{t.chinese}</option>
        </select>
        <label htmlFor="filter-document">{t.documentFilter}</label>
        <select
          id="filter-document"
          value={filters.docId ?? ''}
          onChange={(e) => onFilters({ ...filters, docId: e.target.value || null })}
        >
          <option value="">{t.allDocuments}</option>
          {library.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {uiLanguage === 'zh' ? d.titles.zh : d.titles.en}
            </option>
          ))}
        </select>
      </div>
      <p className="search-summary" role="status" aria-live="polite">
        {summary}
      </p>
      {result?.suggestion && (
        <p className="note suggestion">
          {t.didYouMean}{' '}
          <a href={formatRoute({ view: 'search', query: result.suggestion })} lang="en">
            {result.suggestion}
          </a>
          {t.questionMark}
        </p>
      )}
      {result?.truncated && (
        <p className="note" role="note">
          {t.queryCut}
        </p>
      )}
      {result && result.total > result.hits.length && (
        <p className="note">{t.showingFirst(result.hits.length, result.total)}</p>
      )}
      {result &&
        groupByDocument(result).map(({ docId, hits }) => {
          const doc = library.documents.find((d) => d.id === docId);
          return (
            <section key={docId} className="result-group" aria-labelledby={`group-${docId}`}>
              <h2 id={`group-${docId}`}>
                {docTitle(docId)} <span className="count">{result.perDocument[docId]}</span>
              </h2>
              <ol className="hits">
                {hits.map((hit) => (
                  <li key={`${hit.docId}-${hit.paragraph}`}>
                    <a
                      className="hit"
                      href={formatRoute({ view: 'document', docId: hit.docId, paragraph: hit.paragraph, query })}
                    >
                      <span className="hit-number">
                        ¶ {hit.paragraph}
                        {hit.approximate && <span className="hit-approximate">{t.closeSpelling}</span>}
                      </span>
                      <span className="hit-snippet" lang={doc ? textLang(doc, false) : undefined}>
                        <Highlighted text={hit.snippet.text} spans={hit.snippet.matches} />
                      </span>
                    </a>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      {result && result.total > result.hits.length && (
        <p className="more-results">
          <button type="button" ref={more} onClick={showMore}>
            {t.showMore(Math.min(RESULTS_PAGE, result.total - result.hits.length), result.total - result.hits.length)}
          </button>
        </p>
      )}
    </div>
  );
}

import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Corpus } from '../../core/corpus/types';
import type { Target } from '../../core/extract/targets';
import { targetsCsv } from '../../core/extract/targets-csv';
import { formatRoute } from '../../core/route/route';
import { bridge } from '../../bridge/bridge';
import { textLang } from '../documentDisplay';
import { useMessages } from '../i18n';
import { useSettings } from '../settings';
import { useExtracts } from '../useExtracts';
import { LoadStatus } from '../LoadStatus';
import { navigate } from '../useRoute';
import { useViewState } from '../useViewState';
import { formatValue, horizonYear } from './targetDisplay';
import { TargetsTimeline } from './TargetsTimeline';

type SortKey = 'metric' | 'value' | 'horizon' | 'scope' | 'kind' | 'document';
interface Filters {
  readonly text: string;
  readonly kind: '' | Target['kind'];
  readonly docId: string;
  readonly scope: string;
  readonly horizon: string | null;
}

export function TargetsView({ corpus }: { corpus: Corpus }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const { extracts, error } = useExtracts();
  const [filters, setFilters] = useViewState<Filters>('targets:filters', {
    text: '',
    kind: '',
    docId: '',
    scope: '',
    horizon: null,
  });
  const [sort, setSort] = useViewState<{ key: SortKey; dir: 1 | -1 }>('targets:sort', { key: 'horizon', dir: 1 });
  const [status, setStatus] = useState<string | null>(null);
  // The row last opened, so that Back returns to it: focused, and in view.
  const [opened, setOpened] = useViewState<string | null>('targets:opened', null);
  const table = useRef<HTMLTableSectionElement>(null);
  const ready = extracts !== null;
  useEffect(() => {
    document.title = `${t.targets} · ${t.appName}`;
  }, [t]);
  useEffect(() => {
    if (!ready || opened === null) return;
    const link = table.current?.querySelector<HTMLAnchorElement>(`tr[data-target="${CSS.escape(opened)}"] a`);
    if (!link) return;
    link.focus({ preventScroll: true });
    link.scrollIntoView({ block: 'center' });
    // Only once per return: later renders (a filter, a sort) leave focus where the reader puts it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  const docTitle = (id: string) => {
    const d = corpus.documents.find((x) => x.id === id);
    return d ? (uiLanguage === 'zh' ? d.titles.zh : d.titles.en) : id;
  };
  const cityName = (scope: string) => {
    if (scope === 'shandong') return t.province;
    const c = extracts?.cities.find((p) => p.city.id === scope)?.city;
    return c ? (uiLanguage === 'zh' ? c.zhHans : c.en) : scope;
  };

  const rows = useMemo(() => {
    const all = extracts?.targets ?? [];
    const needle = filters.text.trim().toLowerCase();
    const kept = all.filter(
      (x) =>
        (!filters.kind || x.kind === filters.kind) &&
        (!filters.docId || x.docId === filters.docId) &&
        (!filters.scope || x.scope === filters.scope) &&
        // A year picked on the timeline shows what is due by then: targets, not statistics about that year.
        (filters.horizon === null || (x.kind === 'target' && String(horizonYear(x.horizon)) === filters.horizon)) &&
        (!needle || `${x.metric} ${x.quote} ${x.unit ?? ''} ${x.horizon ?? ''}`.toLowerCase().includes(needle)),
    );
    const key = (x: Target): string | number =>
      sort.key === 'value'
        ? (x.value ?? 0)
        : sort.key === 'horizon'
          ? (horizonYear(x.horizon) ?? 9999)
          : sort.key === 'document'
            ? x.docId
            : sort.key === 'scope'
              ? x.scope
              : sort.key === 'kind'
                ? x.kind
                : x.metric.toLowerCase();
    return [...kept].sort((a, b) => {
      // A commitment without a figure comes after every figure, whichever way values are sorted.
      if (sort.key === 'value' && (a.value === null) !== (b.value === null)) return a.value === null ? 1 : -1;
      const [ka, kb] = [key(a), key(b)];
      return (ka < kb ? -1 : ka > kb ? 1 : 0) * sort.dir || a.id.localeCompare(b.id);
    });
  }, [extracts, filters, sort]);

  if (error || !extracts) return <LoadStatus error={error} loading={t.loading} />;

  const scopes = [...new Set(extracts.targets.map((x) => x.scope))].sort();
  const exportCsv = async (): Promise<void> => {
    try {
      const result = await bridge.saveFile({
        suggestedName: 'shandong-targets.csv',
        kind: 'csv',
        content: targetsCsv(rows, corpus),
      });
      setStatus(result === 'saved' ? t.exported(rows.length) : null);
    } catch (e) {
      setStatus(t.exportFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  // A click anywhere on a row opens its clause, as its link does (the link is the row's keyboard stop), unless the
  // person was selecting text to copy.
  const openRow = (event: MouseEvent<HTMLTableRowElement>, x: Target): void => {
    if ((event.target as HTMLElement).closest('a, button') || window.getSelection()?.isCollapsed === false) return;
    setOpened(x.id);
    navigate({ view: 'document', docId: x.docId, paragraph: x.paragraph, span: [x.start, x.end] });
  };
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="sort"
        onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <div className="targets">
      <h1>{t.targets}</h1>
      <p className="lede">{t.targetsIntro}</p>
      <TargetsTimeline
        targets={extracts.targets}
        selected={filters.horizon}
        onSelect={(horizon) => setFilters((f) => ({ ...f, horizon }))}
      />
      <div className="targets-filters" role="group" aria-label={t.filters}>
        <label htmlFor="targets-text">{t.filterText}</label>
        <input
          id="targets-text"
          type="search"
          value={filters.text}
          onChange={(e) => setFilters((f) => ({ ...f, text: e.target.value.slice(0, 200) }))}
        />
        <label htmlFor="targets-kind">{t.kind}</label>
        <select
          id="targets-kind"
          value={filters.kind}
          onChange={(e) => setFilters((f) => ({ ...f, kind: e.target.value as Filters['kind'] }))}
        >
          <option value="">{t.allKinds}</option>
          <option value="target">{t.kindTarget}</option>
          <option value="statistic">{t.kindStatistic}</option>
        </select>
        <label htmlFor="targets-scope">{t.scope}</label>
        <select
          id="targets-scope"
          value={filters.scope}
          onChange={(e) => setFilters((f) => ({ ...f, scope: e.target.value }))}
        >
          <option value="">{t.allScopes}</option>
          {scopes.map((s) => (
            <option key={s} value={s}>
              {cityName(s)}
            </option>
          ))}
        </select>
        <label htmlFor="targets-doc">{t.documentFilter}</label>
        <select
          id="targets-doc"
          value={filters.docId}
          onChange={(e) => setFilters((f) => ({ ...f, docId: e.target.value }))}
        >
          <option value="">{t.allDocuments}</option>
          {corpus.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {docTitle(d.id)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void exportCsv()}>
          {t.exportCsv}
        </button>
      </div>
      <p className="search-summary" role="status" aria-live="polite">
        {status ?? t.targetCount(rows.length, extracts.targets.length)}
        {filters.horizon && (
          <button type="button" className="link-button" onClick={() => setFilters((f) => ({ ...f, horizon: null }))}>
            {t.clearHorizon(filters.horizon)}
          </button>
        )}
      </p>
      <div className="table-wrap">
        <table className="targets-table">
          <thead>
            <tr>
              {header('metric', t.metric)}
              {header('value', t.value)}
              {header('horizon', t.horizon)}
              {header('scope', t.scope)}
              {header('kind', t.kind)}
              {header('document', t.documentFilter)}
            </tr>
          </thead>
          <tbody ref={table}>
            {rows.map((x) => {
              const doc = corpus.documents.find((d) => d.id === x.docId);
              const href = formatRoute({
                view: 'document',
                docId: x.docId,
                paragraph: x.paragraph,
                span: [x.start, x.end],
              });
              return (
                <tr key={x.id} data-target={x.id} className="clickable" onClick={(event) => openRow(event, x)}>
                  <td>
                    <a
                      href={href}
                      lang={doc ? textLang(doc, false) : undefined}
                      title={x.quote}
                      onClick={() => setOpened(x.id)}
                    >
                      {x.metric}
                    </a>
                  </td>
                  <td className="num" title={x.value === null ? t.datedOnly : undefined}>
                    {formatValue(x, uiLanguage)}
                  </td>
                  <td className="nowrap">{x.horizon ?? '—'}</td>
                  <td className="nowrap">{cityName(x.scope)}</td>
                  <td>
                    <span className={`kind kind-${x.kind}`}>
                      {x.kind === 'target' ? t.kindTarget : t.kindStatistic}
                    </span>
                    {x.unsure && (
                      <span className="kind-unsure" title={t.kindUnsure(x.sign)}>
                        {' '}
                        {t.check}
                      </span>
                    )}
                  </td>
                  <td className="doc-cell">{docTitle(x.docId)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

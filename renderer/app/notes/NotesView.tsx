import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus, PolicyDocument } from '../../core/corpus/types';
import { rebase } from '../../core/notes/anchor';
import { COLORS, type Annotation, type Color } from '../../core/notes/annotation';
import {
  exportMarkdown,
  exportNotesCsv,
  exportWebAnnotations,
  ImportError,
  newAnnotations,
  parseImport,
  sortByPosition,
} from '../../core/notes/formats';
import { formatRoute } from '../../core/route/route';
import { bridge } from '../../bridge/bridge';
import { textLang } from '../documentDisplay';
import { useMessages } from '../i18n';
import { searchClient } from '../search/searchClient';
import { useSettings } from '../settings';
import { useViewState } from '../useViewState';
import { useWhenNear } from '../useWhenNear';
import { notes, noteTexts, useNotes } from './notesState';

interface Filters {
  readonly docId: string;
  readonly color: '' | Color;
  readonly tag: string;
  readonly text: string;
  readonly sort: 'position' | 'newest';
}

/** Every note across the documents: filter, search (same analyzer as the main search), sort, export, import. */
export function NotesView({ corpus }: { corpus: Corpus }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const state = useNotes();
  const [filters, setFilters] = useViewState<Filters>('notes:filters', {
    docId: '',
    color: '',
    tag: '',
    text: '',
    sort: 'position',
  });
  const [matching, setMatching] = useState<{ text: string; ids: Set<string> } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    document.title = `${t.notes} · ${t.appName}`;
  }, [t]);

  const texts = noteTexts(state.annotations);
  useEffect(() => {
    const text = filters.text.trim();
    if (!text) return;
    let live = true;
    void searchClient.matchTexts(text, texts).then((ids) => live && setMatching({ text, ids: new Set(ids) }));
    return () => {
      live = false;
    };
  }, [filters.text, texts]);

  const tags = useMemo(() => [...new Set(state.annotations.flatMap((a) => a.tags))].sort(), [state.annotations]);
  // Sorted once per change of the notes or of the order; a search or a filter only keeps some of them, in order.
  const ordered = useMemo(
    () =>
      filters.sort === 'newest'
        ? [...state.annotations].sort((a, b) => b.modified.localeCompare(a.modified))
        : sortByPosition(state.annotations, corpus),
    [state.annotations, filters.sort, corpus],
  );
  const shown = useMemo(() => {
    const text = filters.text.trim();
    return ordered.filter(
      (a) =>
        (!filters.docId || a.docId === filters.docId) &&
        (!filters.color || a.color === filters.color) &&
        (!filters.tag || a.tags.includes(filters.tag)) &&
        // While the worker answers a new search, the last answer stays on screen (every note before the first), so
        // the cards are not all taken down and drawn again on each keystroke.
        (!text || !matching || matching.ids.has(a.id)),
    );
  }, [ordered, filters, matching]);

  // Drawn a page at a time: ten thousand cards at once took seconds. The next page comes as the end scrolls into
  // view, or from the button; a new filter starts again from the first page.
  const [page, setPage] = useState<{ key: string; drawn: number }>({ key: '', drawn: FIRST_PAGE });
  const pageKey = JSON.stringify(filters);
  const drawn = page.key === pageKey ? page.drawn : FIRST_PAGE;
  const setDrawn = useCallback(
    (next: (n: number) => number) =>
      setPage((p) => ({ key: pageKey, drawn: next(p.key === pageKey ? p.drawn : FIRST_PAGE) })),
    [pageKey],
  );
  const more = useRef<HTMLButtonElement>(null);
  const drawMore = useCallback(() => setDrawn((n) => n + PAGE), [setDrawn]);
  useWhenNear(more, drawMore, `${drawn} ${shown.length}`);

  const docOf = (id: string) => corpus.documents.find((d) => d.id === id);
  const save = async (kind: 'markdown' | 'json' | 'csv'): Promise<void> => {
    const now = new Date();
    const content =
      kind === 'markdown'
        ? exportMarkdown(shown, corpus, now)
        : kind === 'json'
          ? `${JSON.stringify(exportWebAnnotations(shown, corpus, now), null, 2)}\n`
          : exportNotesCsv(shown, corpus);
    const name = `shandong-notes-${now.toISOString().slice(0, 10)}.${kind === 'markdown' ? 'md' : kind}`;
    try {
      const result = await bridge.saveFile({ suggestedName: name, kind, content });
      if (result === 'saved') setMessage({ kind: 'ok', text: t.notesExported(shown.length) });
    } catch (e) {
      setMessage({ kind: 'error', text: t.exportFailed(e instanceof Error ? e.message : String(e)) });
    }
  };
  const importFile = async (): Promise<void> => {
    try {
      const file = await bridge.openFile();
      if (!file) return;
      const incoming = parseImport(file.content).map((a) => rebase(docOf(a.docId), a));
      const { added, duplicates } = newAnnotations(state.annotations, incoming);
      if (added.length > 0 && !(await notes.put(...added))) return;
      setMessage({ kind: 'ok', text: t.imported(added.length, duplicates) });
    } catch (e) {
      const reason = e instanceof ImportError ? t.importProblem(e.problem) : e instanceof Error ? e.message : String(e);
      setMessage({ kind: 'error', text: t.importRefused(reason) });
    }
  };

  return (
    <div className="notes-view">
      <h1>{t.notes}</h1>
      <div className="notes-actions" role="group" aria-label={t.exportImport}>
        <button type="button" onClick={() => void save('markdown')}>
          {t.exportMarkdown}
        </button>
        <button type="button" onClick={() => void save('json')}>
          {t.exportJson}
        </button>
        <button type="button" onClick={() => void save('csv')}>
          {t.exportCsv}
        </button>
        <button type="button" onClick={() => void importFile()}>
          {t.importJson}
        </button>
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'alert' : 'note'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {state.unreadable > 0 && <p className="note">{t.unreadableNotes(state.unreadable)}</p>}
      <div className="targets-filters" role="group" aria-label={t.filters}>
        <span className="filter">
          <label htmlFor="notes-text">{t.searchNotes}</label>
          <input
            id="notes-text"
            type="search"
            value={filters.text}
            onChange={(e) => setFilters((f) => ({ ...f, text: e.target.value.slice(0, 200) }))}
          />
        </span>
        <span className="filter">
          <label htmlFor="notes-doc">{t.documentFilter}</label>
          <select
            id="notes-doc"
            value={filters.docId}
            onChange={(e) => setFilters((f) => ({ ...f, docId: e.target.value }))}
          >
            <option value="">{t.allDocuments}</option>
            {corpus.documents.map((d) => (
              <option key={d.id} value={d.id}>
                {uiLanguage === 'zh' ? d.titles.zh : d.titles.en}
              </option>
            ))}
          </select>
        </span>
        <span className="filter">
          <label htmlFor="notes-color">{t.colour}</label>
          <select
            id="notes-color"
            value={filters.color}
            onChange={(e) => setFilters((f) => ({ ...f, color: e.target.value as Filters['color'] }))}
          >
            <option value="">{t.allColours}</option>
            {COLORS.map((c) => (
              <option key={c} value={c}>
                {t.colors[c]}
              </option>
            ))}
          </select>
        </span>
        <span className="filter">
          <label htmlFor="notes-tag">{t.tag}</label>
          <select
            id="notes-tag"
            value={filters.tag}
            onChange={(e) => setFilters((f) => ({ ...f, tag: e.target.value }))}
          >
            <option value="">{t.allTags}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </span>
        <span className="filter">
          <label htmlFor="notes-sort">{t.sortBy}</label>
          <select
            id="notes-sort"
            value={filters.sort}
            onChange={(e) => setFilters((f) => ({ ...f, sort: e.target.value as Filters['sort'] }))}
          >
            <option value="position">{t.byPosition}</option>
            <option value="newest">{t.newestFirst}</option>
          </select>
        </span>
      </div>
      <p className="search-summary" role="status" aria-live="polite">
        {state.status === 'loading' ? t.loading : t.notesCount(shown.length, state.annotations.length)}
      </p>
      <ol className="notes-cards">
        {shown.slice(0, drawn).map((a: Annotation) => (
          <NoteCard key={a.id} annotation={a} doc={docOf(a.docId)} saving={state.pending.has(a.id)} />
        ))}
      </ol>
      {drawn < shown.length && (
        <p className="more-notes">
          <button type="button" ref={more} onClick={drawMore}>
            {t.showMore(Math.min(PAGE, shown.length - drawn), shown.length - drawn)}
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * How many note cards are drawn first, on opening the view and on each new search or filter: a few screens' worth,
 * so what a person waits for is those few screens, not 200 cards (drawing 200 took about 50 ms with 10,000 notes).
 */
const FIRST_PAGE = 50;
/** How many more are drawn each time the end comes into view. */
const PAGE = 200;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per locale: building one for each of a thousand cards is what made the view slow to draw. */
function formatDateTime(iso: string, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format)
    dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' })));
  return format.format(new Date(iso));
}

/** One note in the Notes view; unchanged notes are not drawn again when the filters change. */
const NoteCard = memo(function NoteCard({
  annotation: a,
  doc,
  saving,
}: {
  annotation: Annotation;
  doc: PolicyDocument | undefined;
  /** The change is not written yet. */
  saving: boolean;
}) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  return (
    <li className="note-card" data-note={a.id} aria-busy={saving}>
      <a
        href={formatRoute({ view: 'document', docId: a.docId, paragraph: a.paragraph, annotation: a.id })}
        className="note-source"
      >
        <span className={`dot hl-${a.color}`} aria-hidden="true" />
        {doc ? (uiLanguage === 'zh' ? doc.titles.zh : doc.titles.en) : a.docId} · ¶ {a.paragraph}
      </a>
      <blockquote lang={doc ? textLang(doc, false) : undefined}>{a.quote.exact}</blockquote>
      {a.note && <p className="note-body">{a.note}</p>}
      <p className="note-meta">
        {a.tags.map((tag) => `#${tag}`).join(' ')}{' '}
        <span className="muted">{formatDateTime(a.modified, uiLanguage === 'zh' ? 'zh-CN' : 'en-GB')}</span>
        {saving && <span className="saving">{t.saving}</span>}
        <button type="button" className="link-button" onClick={() => void notes.remove(a.id)}>
          {t.delete}
        </button>
      </p>
    </li>
  );
});

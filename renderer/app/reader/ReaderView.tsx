import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Corpus, PolicyDocument } from '../../core/corpus/types';
import { formatRoute } from '../../core/route/route';
import { bridge } from '../../bridge/bridge';
import { documentLength, formatDate, textLang } from '../documentDisplay';
import { useMessages } from '../i18n';
import { useCommand } from '../commands/useCommands';
import { getSettings, updateSettings, useSettings } from '../settings';
import { useExtracts } from '../useExtracts';
import { navigate } from '../useRoute';
import type { Target } from '../../core/extract/targets';
import { anchorAnnotation, describeQuote } from '../../core/notes/anchor';
import type { Color } from '../../core/notes/annotation';
import { NotesPanel, type PlacedAnnotation } from '../notes/NotesPanel';
import { newId, notes, useNotes } from '../notes/notesState';
import { SelectionToolbar } from '../notes/SelectionToolbar';
import type { TextSelection } from '../notes/textSelection';
import { useSentenceKeys } from '../notes/useSentenceKeys';
import type { Highlight } from './MarkedText';
import { MatchStepper } from './MatchStepper';
import { ParagraphView } from './ParagraphView';
import { TermCard } from './TermCard';
import { useDocumentMatches, useDocumentTerms } from './useDocumentSearch';
import { useSimplified } from './useSimplified';

const NO_TARGETS: readonly Target[] = [];
const NO_TERMS: ReadonlyArray<readonly [number, number, string]> = [];

/** The terms to mark in a paragraph: all of them, or with glossary marks off only the cities, which stay links. */
function termsShown(terms: ReadonlyArray<readonly [number, number, string]> | undefined, marks: boolean): ReadonlyArray<readonly [number, number, string]> {
  if (!terms) return NO_TERMS;
  return marks ? terms : terms.filter(([, , concept]) => concept.startsWith('city-'));
}

/** The saved scroll position is used once, for the first document shown after a start. */
let restoredScroll = false;

function DocumentHeader({ doc }: { doc: PolicyDocument }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const length = documentLength(doc);
  const count = length.count;
  const [primary, secondary] = uiLanguage === 'zh' ? [doc.titles.zh, doc.titles.en] : [doc.titles.en, doc.titles.zh];
  const removals = Object.entries(doc.removals).filter(([, n]) => n > 0);
  return (
    <header className="doc-header">
      <h1 id="doc-title" tabIndex={-1} lang={uiLanguage === 'zh' ? 'zh-Hans' : 'en'}>{primary}</h1>
      <p className="doc-subtitle" lang={uiLanguage === 'zh' ? 'en' : 'zh-Hans'}>{secondary}</p>
      <p className="doc-meta">
        <span>{formatDate(doc.date.value, uiLanguage) ?? t.dateUnknown}</span>
        <span>{doc.language === 'zh' ? t.chinese : t.english} · {t[doc.script]}</span>
        <span>{length.unit === 'words' ? t.words(count) : t.characters(count)} · {t.paragraphs(doc.paragraphs.length)}</span>
      </p>
      <details className="doc-details">
        <summary>{t.aboutThisDocument}</summary>
        <dl>
          <dt>{t.publisher}</dt>
          <dd>{doc.publisher}</dd>
          <dt>{t.source}</dt>
          <dd>{doc.source}</dd>
          <dt>{t.file}</dt>
          <dd><code>{doc.file}</code></dd>
          <dt>{t.howDated}</dt>
          <dd>{doc.date.evidence[uiLanguage]}</dd>
          <dt>{t.cleaning}</dt>
          <dd>{removals.length === 0 ? t.cleaningNone : removals.map(([rule, n]) => t.removed[rule]?.(n) ?? `${rule}: ${n}`).join(' · ')}</dd>
        </dl>
      </details>
    </header>
  );
}

interface Props {
  corpus: Corpus;
  docId: string;
  paragraph: number | null;
  /** Search matches to mark, with a stepper. */
  query: string;
  /** One span of `paragraph` to mark: the clause a target came from. */
  span: readonly [number, number] | null;
  /** An annotation to open (from a link in exported notes). */
  annotation: string | null;
}

export function ReaderView({ corpus, docId, paragraph, query, span, annotation }: Props) {
  const t = useMessages();
  const settings = useSettings();
  // The original is shown for the address it was asked for; following any link goes back to the text.
  const here = `${docId}/${paragraph ?? ''}`;
  const [originalAt, setOriginalAt] = useState<string | null>(null);
  const showOriginal = originalAt === here;
  const toggleOriginal = useCallback(() => setOriginalAt((at) => (at === here ? null : here)), [here]);
  const [toast, setToast] = useState<string | null>(null);
  const index = corpus.documents.findIndex((d) => d.id === docId);
  const doc = corpus.documents[index];
  const chinese = doc?.language === 'zh' && doc.script !== 'Hans';
  const wantSimplified = chinese && settings.chineseScript === 'simplified';
  const texts = useMemo(() => doc?.paragraphs.map((p) => p.text) ?? [], [doc]);
  const simplified = useSimplified(texts, wantSimplified);
  const shown = simplified ?? texts;
  const lang = doc ? textLang(doc, simplified !== null) : 'en';
  const article = useRef<HTMLElement>(null);

  // The targets and statistics of each paragraph, for the marker beside it.
  const { extracts } = useExtracts();
  const targetsByParagraph = useMemo(() => {
    const map = new Map<number, Target[]>();
    for (const x of extracts?.targets ?? []) if (x.docId === docId) map.set(x.paragraph, [...(map.get(x.paragraph) ?? []), x]);
    return map;
  }, [extracts, docId]);

  // The reader's notes in this document, placed in the text as it is now.
  const { annotations } = useNotes();
  const placed = useMemo<PlacedAnnotation[]>(() => {
    if (!doc) return [];
    return annotations
      .filter((a) => a.docId === doc.id)
      .map((a) => ({ annotation: a, place: anchorAnnotation(doc, a) }))
      .sort((x, y) => {
        const key = (p: PlacedAnnotation) => (p.place.status === 'anchored' ? p.place.paragraph * 1e6 + p.place.start : 1e12);
        return key(x) - key(y);
      });
  }, [annotations, doc]);
  const highlightsByParagraph = useMemo(() => {
    const map = new Map<number, Highlight[]>();
    for (const { annotation: a, place } of placed) {
      if (place.status !== 'anchored') continue;
      const label = a.note || a.tags.length > 0 ? t.markerLabel(a.note.slice(0, 120), a.tags.join(', ')) : null;
      map.set(place.paragraph, [...(map.get(place.paragraph) ?? []), { id: a.id, start: place.start, end: place.end, color: a.color, label }]);
    }
    return map;
  }, [placed, t]);
  const [panel, setPanel] = useState<{ key: string; open: boolean; editing: { id: string; focus: 'note' | 'tag' | null } | null } | null>(null);
  const panelKey = `${docId}\u0000${annotation ?? ''}`;
  const panelState = panel?.key === panelKey ? panel : { key: panelKey, open: annotation !== null || placed.length > 0, editing: annotation ? { id: annotation, focus: null } : null };
  const setPanelState = useCallback((next: { open: boolean; editing: { id: string; focus: 'note' | 'tag' | null } | null }) => setPanel({ key: panelKey, ...next }), [panelKey]);
  const onHighlight = useCallback(
    (selection: TextSelection, color: Color, then: 'done' | 'note' | 'tag') => {
      const p = doc?.paragraphs[selection.paragraph];
      if (!doc || !p) return;
      if ((shown[p.index] ?? p.text).length !== p.text.length) return setToast(t.convertedLengthDiffers);
      const now = new Date().toISOString();
      const id = newId();
      void notes
        .put({
          id, docId: doc.id, paragraphId: p.id, paragraph: p.index, quote: describeQuote(p.text, selection.start, selection.end),
          position: { start: selection.start, end: selection.end }, color, note: '', tags: [], created: now, modified: now,
        })
        .then((ok) => ok && then !== 'done' && setPanelState({ open: true, editing: { id, focus: then } }));
    },
    [doc, shown, t, setPanelState],
  );
  // A highlight or its marker opens the note.
  const onArticleClick = useCallback(
    (event: React.MouseEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-annotation]')?.dataset.annotation;
      if (id && !window.getSelection()?.toString()) setPanelState({ open: true, editing: { id, focus: null } });
    },
    [setPanelState],
  );
  useEffect(() => {
    if (annotation) document.querySelector(`[data-annotation="${CSS.escape(annotation)}"]`)?.scrollIntoView({ block: 'center' });
  }, [annotation, placed]);

  // Search matches in this document, and the stepper's place among them.
  const matches = useDocumentMatches(docId, query);
  const terms = useDocumentTerms(docId);
  const flat = useMemo(
    () =>
      Object.entries(matches?.paragraphs ?? {})
        .map(([p, spans]) => ({ paragraph: Number(p), count: spans.length }))
        .sort((a, b) => a.paragraph - b.paragraph)
        .flatMap(({ paragraph: p, count }) => Array.from({ length: count }, (_, index) => ({ paragraph: p, index }))),
    [matches],
  );
  const stepKey = `${docId}\u0000${query}\u0000${paragraph ?? ''}`;
  const [stepped, setStepped] = useState<{ key: string; index: number } | null>(null);
  const firstHere = Math.max(0, flat.findIndex((m) => m.paragraph >= (paragraph ?? 0)));
  const current = stepped?.key === stepKey ? stepped.index : firstHere;
  const step = useCallback(
    (direction: 1 | -1) => {
      if (flat.length === 0) return;
      setStepped({ key: stepKey, index: (current + direction + flat.length) % flat.length });
    },
    [flat.length, stepKey, current],
  );
  const closeMatches = useCallback(() => navigate({ view: 'document', docId, paragraph }, { replace: true }), [docId, paragraph]);
  useEffect(() => {
    if (flat.length > 0 || span) document.querySelector('[data-current-match]')?.scrollIntoView({ block: 'center' });
  }, [current, flat, span]);

  useEffect(() => {
    document.title = doc ? `${settings.uiLanguage === 'zh' ? doc.titles.zh : doc.titles.en} · ${t.appName}` : t.appName;
  }, [doc, settings.uiLanguage, t]);

  // Land where the address says: a paragraph, the saved place after a start, or the top.
  useLayoutEffect(() => {
    if (!doc) return;
    if (paragraph !== null) {
      const el = document.getElementById(`p-${paragraph}`);
      if (el) {
        el.scrollIntoView({ block: 'start' });
        el.focus({ preventScroll: true });
      }
    } else if (!restoredScroll && getSettings().last?.hash === window.location.hash) {
      window.scrollTo(0, getSettings().last?.scrollY ?? 0);
    } else {
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('.doc-header h1')?.focus({ preventScroll: true });
    }
    restoredScroll = true;
  }, [doc, paragraph]);

  const copyLink = useCallback(
    (n: number) => {
      const hash = formatRoute({ view: 'document', docId, paragraph: n });
      const url = `${window.location.origin}${window.location.pathname}${hash}`;
      navigate({ view: 'document', docId, paragraph: n }, { replace: true });
      bridge
        .copyText(url)
        .then(() => setToast(t.linkCopied))
        .catch(() => setToast(t.linkCopyFailed));
    },
    [docId, t],
  );

  const announceSentence = useCallback((first: number, last: number, of: number) => setToast(t.sentencesSelected(first, last, of)), [t]);
  useSentenceKeys(article, showOriginal ? undefined : doc, announceSentence);

  useEffect(() => {
    if (toast === null) return;
    const timer = window.setTimeout(() => setToast(null), 2500);
    return () => window.clearTimeout(timer);
  }, [toast]);

  // The reader's commands (the registry in core/commands names them, their keys and where they apply).
  const focusedParagraph = (event: KeyboardEvent | null): number | null => {
    const from = (event?.target ?? document.activeElement) as HTMLElement | null;
    const at = from?.closest?.<HTMLElement>('[data-paragraph]')?.dataset.paragraph;
    return at === undefined ? null : Number(at);
  };
  const moveParagraph = (event: KeyboardEvent | null, direction: 1 | -1): void => {
    const current = focusedParagraph(event);
    const count = document.querySelectorAll('[data-paragraph]').length;
    const next = current === null ? 0 : Math.min(count - 1, Math.max(0, current + direction));
    const el = document.getElementById(`p-${next}`);
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'nearest' });
    }
  };
  const moveTerm = (event: KeyboardEvent | null, direction: 1 | -1): void => {
    const term = adjacentTerm(article.current, (event?.target ?? document.activeElement) as HTMLElement | null, direction);
    if (!term) return;
    term.focus({ preventScroll: true });
    term.scrollIntoView({ block: 'nearest' });
  };
  const present = doc !== undefined;
  useCommand('paragraph:next', (e) => moveParagraph(e, 1), () => present);
  useCommand('paragraph:previous', (e) => moveParagraph(e, -1), () => present);
  useCommand('paragraph:copy-link', (e) => copyLink(focusedParagraph(e)!), (e) => present && focusedParagraph(e) !== null);
  useCommand('term:next', (e) => moveTerm(e, 1), () => present);
  useCommand('term:previous', (e) => moveTerm(e, -1), () => present);
  useCommand('document:original', toggleOriginal, () => present);
  useCommand('notes:panel', () => setPanelState({ open: !panelState.open, editing: null }), () => present);
  useCommand('script:toggle', () => updateSettings((s) => ({ chineseScript: s.chineseScript === 'simplified' ? 'original' : 'simplified' })), () => chinese);
  // Enter on a link or a button is that control's, not the next match's.
  const onControl = (e: KeyboardEvent | null): boolean => !!(e?.target as HTMLElement | null)?.closest?.('a, button, summary');
  useCommand('match:next', () => step(1), (e) => !!query && !onControl(e));
  useCommand('match:previous', () => step(-1), (e) => !!query && !onControl(e));
  useCommand('match:close', closeMatches, () => !!query);

  if (!doc) {
    return (
      <div className="status" role="alert">
        <h1 tabIndex={-1}>{t.notFound}</h1>
        <p><a href="#/">{t.backToLibrary}</a></p>
      </div>
    );
  }

  const prev = corpus.documents[(index - 1 + corpus.documents.length) % corpus.documents.length]!;
  const next = corpus.documents[(index + 1) % corpus.documents.length]!;
  const headings = doc.paragraphs.filter((p) => p.kind === 'heading' && p.index > 0);
  const docTitle = (d: PolicyDocument) => (settings.uiLanguage === 'zh' ? d.titles.zh : d.titles.en);

  return (
    <div className={`reader${panelState.open ? ' with-notes' : ''}`}>
      <aside className="outline" aria-label={t.contents}>
        {headings.length > 0 && (
          <nav aria-label={t.contents}>
            <h2 className="outline-title">{t.contents}</h2>
            <ol>
              {headings.map((h) => (
                <li key={h.id}>
                  <a href={formatRoute({ view: 'document', docId: doc.id, paragraph: h.index })} lang={lang}>
                    {shown[h.index]}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
      </aside>
      <article className="document" ref={article} aria-labelledby="doc-title" onClick={onArticleClick}>
        <DocumentHeader doc={doc} />
        <div className="doc-toolbar" role="toolbar" aria-label={t.aboutThisDocument}>
          <a className="button" href={formatRoute({ view: 'document', docId: prev.id, paragraph: null })} rel="prev" title={docTitle(prev)}>
            ‹ {t.previousDocument}
          </a>
          <a className="button" href={formatRoute({ view: 'document', docId: next.id, paragraph: null })} rel="next" title={docTitle(next)}>
            {t.nextDocument} ›
          </a>
          <span className="spacer" />
          {chinese && (
            <div className="group" role="group" aria-label={t.scriptSwitch}>
              <button type="button" lang="zh-Hant" aria-pressed={!wantSimplified} onClick={() => updateSettings({ chineseScript: 'original' })}>
                {t.traditional} 繁
              </button>
              <button type="button" lang="zh-Hans" aria-pressed={wantSimplified} onClick={() => updateSettings({ chineseScript: 'simplified' })}>
                {t.simplified} 简
              </button>
            </div>
          )}
          <button type="button" aria-pressed={panelState.open} onClick={() => setPanelState({ open: !panelState.open, editing: null })}>
            {t.notesButton(placed.length)}
          </button>
          <button type="button" aria-pressed={showOriginal} onClick={toggleOriginal}>
            {showOriginal ? t.showCleaned : t.showOriginal}
          </button>
        </div>
        {query && !showOriginal && (
          <MatchStepper query={matches?.query ?? query} current={current} total={matches ? flat.length : null} onStep={step} onClose={closeMatches} />
        )}
        {showOriginal ? (
          <section className="original" aria-label={t.showOriginal}>
            <p className="original-note">{t.originalNote} <code>{doc.file}</code></p>
            <pre lang={textLang(doc, false)} tabIndex={0}>{doc.original}</pre>
          </section>
        ) : (
          <div className="paragraphs">
            {doc.paragraphs.map((p) => {
              const clause = !query && span && p.index === paragraph && span[1] <= p.text.length ? [span] : null;
              const spans = clause ?? matches?.paragraphs[p.index] ?? [];
              const pTerms = termsShown(terms?.paragraphs[p.index], settings.glossaryMarks);
              const converted = shown[p.index] ?? p.text;
              // Marks are offsets into the cleaned text; a conversion that changed the length shows the text as written.
              const pHighlights = highlightsByParagraph.get(p.index) ?? [];
              const marked = spans.length > 0 || pTerms.length > 0 || pHighlights.length > 0;
              const text = marked && converted.length !== p.text.length ? p.text : converted;
              const here = flat[current];
              return (
                <ParagraphView
                  key={p.id}
                  docId={doc.id}
                  paragraph={p}
                  text={text}
                  lang={lang}
                  marks={marked ? { matches: spans, current: clause ? 0 : here?.paragraph === p.index ? here.index : -1, terms: pTerms, highlights: pHighlights } : null}
                  onCopyLink={copyLink}
                  targets={targetsByParagraph.get(p.index) ?? NO_TARGETS}
                />
              );
            })}
          </div>
        )}
      </article>
      {panelState.open && (
        <NotesPanel
          doc={doc}
          placed={placed}
          editing={panelState.editing}
          onOpen={(id) => {
            setPanelState({ open: true, editing: { id, focus: null } });
            document.querySelector(`[data-annotation="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
          }}
          onClose={() => setPanelState({ open: true, editing: null })}
        />
      )}
      {!showOriginal && <SelectionToolbar container={article} onHighlight={onHighlight} />}
      {terms && <TermCard container={article} terms={terms.terms} />}
      <div className="toast" role="status" aria-live="polite">
        {toast}
      </div>
    </div>
  );
}

/**
 * The glossary term after (or before) the focused element, for `t` / Shift+T: a keyboard user's way to each term's
 * card without putting every term in the tab order. With nothing focused in the text, it starts from the top of the
 * window.
 */
function adjacentTerm(root: HTMLElement | null, from: HTMLElement | null, direction: 1 | -1): HTMLElement | null {
  if (!root) return null;
  const terms = [...root.querySelectorAll<HTMLElement>('.term')];
  if (from && root.contains(from)) {
    const flag = direction === 1 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
    const after = terms.filter((term) => term !== from && !term.contains(from) && from.compareDocumentPosition(term) & flag);
    return (direction === 1 ? after[0] : after[after.length - 1]) ?? null;
  }
  return terms.find((term) => term.getBoundingClientRect().top >= 0) ?? null;
}

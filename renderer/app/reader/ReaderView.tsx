import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Corpus, PolicyDocument } from '../../core/corpus/types';
import type { Target } from '../../core/extract/targets';
import { formatRoute } from '../../core/route/route';
import { bridge } from '../../bridge/bridge';
import { textLang } from '../documentDisplay';
import { useMessages } from '../i18n';
import { NotesPanel } from '../notes/NotesPanel';
import { SelectionToolbar } from '../notes/SelectionToolbar';
import { useSentenceKeys } from '../notes/useSentenceKeys';
import { updateSettings, useSettings } from '../settings';
import { navigate } from '../useRoute';
import { DocumentHeader } from './DocumentHeader';
import { MatchStepper } from './MatchStepper';
import { ParagraphView } from './ParagraphView';
import { TermCard } from './TermCard';
import { useLanding } from './useLanding';
import { useOriginal } from './useOriginal';
import { useReaderCommands } from './useReaderCommands';
import { useReaderNotes } from './useReaderNotes';
import { useSearchMarks } from './useSearchMarks';
import { useSimplified } from './useSimplified';
import { useTargetMarkers } from './useTargetMarkers';
import { useToast } from './useToast';

const NO_TARGETS: readonly Target[] = [];
const NO_TERMS: ReadonlyArray<readonly [number, number, string]> = [];
const NO_MARKS = { docId: null, highlights: new Map<number, never>(), terms: null } as const;

/** The terms to mark in a paragraph: all of them, or with glossary marks off only the cities, which stay links. */
function termsShown(
  terms: ReadonlyArray<readonly [number, number, string]> | undefined,
  marks: boolean,
): ReadonlyArray<readonly [number, number, string]> {
  if (!terms) return NO_TERMS;
  return marks ? terms : terms.filter(([, , concept]) => concept.startsWith('city-'));
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
  const original = useOriginal(
    corpus.documents.find((d) => d.id === docId),
    showOriginal,
  );
  const [toast, setToast] = useToast();
  const index = corpus.documents.findIndex((d) => d.id === docId);
  const doc = corpus.documents[index];
  const chinese = doc?.language === 'zh' && doc.script !== 'Hans';
  const wantSimplified = chinese && settings.chineseScript === 'simplified';
  const texts = useMemo(() => doc?.paragraphs.map((p) => p.text) ?? [], [doc]);
  const simplified = useSimplified(texts, wantSimplified);
  const shown = simplified ?? texts;
  const lang = doc ? textLang(doc, simplified !== null) : 'en';
  const article = useRef<HTMLElement>(null);

  const targetsByParagraph = useTargetMarkers(docId);

  const { placed, highlightsByParagraph, panelState, setPanelState, onHighlight, onArticleClick } = useReaderNotes(
    doc,
    docId,
    annotation,
    shown,
    setToast,
  );

  const { matches, terms, flat, current, step, closeMatches } = useSearchMarks(docId, query, paragraph, span);
  // Highlights and glossary marks are drawn by a render React does in the background, a few milliseconds at a time:
  // a document with hundreds of highlights shows its text at once and its marks a moment later, instead of holding
  // the page for a tenth of a second. Marks made for another document are never drawn on this one.
  const marksNow = useMemo(
    () => ({ docId, highlights: highlightsByParagraph, terms }),
    [docId, highlightsByParagraph, terms],
  );
  const deferredMarks = useDeferredValue<typeof marksNow | typeof NO_MARKS>(marksNow, NO_MARKS);
  const marksDrawn = deferredMarks.docId === docId ? deferredMarks : NO_MARKS;

  useEffect(() => {
    document.title = doc ? `${settings.uiLanguage === 'zh' ? doc.titles.zh : doc.titles.en} · ${t.appName}` : t.appName;
  }, [doc, settings.uiLanguage, t]);

  useLanding(doc, paragraph);

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
    [docId, t, setToast],
  );

  const announceSentence = useCallback(
    (first: number, last: number, of: number) => setToast(t.sentencesSelected(first, last, of)),
    [t, setToast],
  );
  useSentenceKeys(article, showOriginal ? undefined : doc, announceSentence);

  useReaderCommands({
    article,
    present: doc !== undefined,
    chinese,
    query,
    copyLink,
    toggleOriginal,
    toggleNotes: () => setPanelState({ open: !panelState.open, editing: null }),
    step,
    closeMatches,
  });

  if (!doc) {
    return (
      <div className="status" role="alert">
        <h1 tabIndex={-1}>{t.notFound}</h1>
        <p>
          <a href="#/">{t.backToLibrary}</a>
        </p>
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
          <a
            className="button"
            href={formatRoute({ view: 'document', docId: prev.id, paragraph: null })}
            rel="prev"
            title={docTitle(prev)}
          >
            ‹ {t.previousDocument}
          </a>
          <a
            className="button"
            href={formatRoute({ view: 'document', docId: next.id, paragraph: null })}
            rel="next"
            title={docTitle(next)}
          >
            {t.nextDocument} ›
          </a>
          <span className="spacer" />
          {chinese && (
            <div className="group" role="group" aria-label={t.scriptSwitch}>
              <button
                type="button"
                lang="zh-Hant"
                aria-pressed={!wantSimplified}
                onClick={() => updateSettings({ chineseScript: 'original' })}
              >
                {t.traditional} 繁
              </button>
              <button
                type="button"
                lang="zh-Hans"
                aria-pressed={wantSimplified}
                onClick={() => updateSettings({ chineseScript: 'simplified' })}
              >
                {t.simplified} 简
              </button>
            </div>
          )}
          <button
            type="button"
            aria-pressed={panelState.open}
            onClick={() => setPanelState({ open: !panelState.open, editing: null })}
          >
            {t.notesButton(placed.length)}
          </button>
          <button type="button" aria-pressed={showOriginal} onClick={toggleOriginal}>
            {showOriginal ? t.showCleaned : t.showOriginal}
          </button>
        </div>
        {query && !showOriginal && (
          <MatchStepper
            query={matches?.query ?? query}
            current={current}
            total={matches ? flat.length : null}
            onStep={step}
            onClose={closeMatches}
          />
        )}
        {showOriginal ? (
          <section className="original" aria-label={t.showOriginal}>
            <p className="original-note">
              {t.originalNote} <code>{doc.file}</code>
            </p>
            {original.status === 'ready' ? (
              <pre lang={textLang(doc, false)} tabIndex={0}>
                {original.text}
              </pre>
            ) : (
              <p role="status">
                {original.status === 'loading' ? t.loadingOriginal : t.originalFailed(original.message)}
              </p>
            )}
          </section>
        ) : (
          <div className="paragraphs">
            {doc.paragraphs.map((p) => {
              const clause = !query && span && p.index === paragraph && span[1] <= p.text.length ? [span] : null;
              const spans = clause ?? matches?.paragraphs[p.index] ?? [];
              const pTerms = termsShown(marksDrawn.terms?.paragraphs[p.index], settings.glossaryMarks);
              const converted = shown[p.index] ?? p.text;
              // Marks are offsets into the cleaned text; a conversion that changed the length shows the text as written.
              const pHighlights = marksDrawn.highlights.get(p.index) ?? [];
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
                  marks={
                    marked
                      ? {
                          matches: spans,
                          current: clause ? 0 : here?.paragraph === p.index ? here.index : -1,
                          terms: pTerms,
                          highlights: pHighlights,
                        }
                      : null
                  }
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

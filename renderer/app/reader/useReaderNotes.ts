import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PolicyDocument } from '../../core/corpus/types';
import { describeQuote, exactAnchor, type Anchored } from '../../core/notes/anchor';
import type { Annotation, Color } from '../../core/notes/annotation';
import { searchClient } from '../search/searchClient';
import { appStore, useAppState } from '../state/store';
import { useMessages } from '../i18n';
import type { PlacedAnnotation } from '../notes/NotesPanel';
import { newId, notes, useNotes } from '../notes/notesState';
import type { TextSelection } from '../notes/textSelection';
import type { Highlight } from './MarkedText';

const DETACHED: Anchored = { status: 'detached' };

/** A cheap version of a document's text: placements made for one version are not used for another. */
function documentVersion(doc: PolicyDocument): string {
  const ps = doc.paragraphs;
  return `${ps.length}:${ps[0]?.id ?? ''}:${ps[ps.length - 1]?.id ?? ''}:${doc.file}`;
}

/** Where the worker's placement of a note is kept: per document version and per version of the note. */
function anchorKey(docId: string, version: string, a: Annotation): string {
  return `${docId}@${version}|${a.id}@${a.modified}`;
}

export interface PanelState {
  readonly open: boolean;
  readonly editing: { readonly id: string; readonly focus: 'note' | 'tag' | null } | null;
}

/**
 * The reader's notes in a document: placed in the text as it is now, drawn as highlights, the notes panel's state
 * (open on a document with notes, or on the one a link names), and what a selection or a click on a highlight does.
 */
export function useReaderNotes(
  doc: PolicyDocument | undefined,
  docId: string,
  annotation: string | null,
  shown: readonly string[],
  setToast: (message: string) => void,
) {
  const t = useMessages();
  // The reader's notes in this document, placed in the text as it is now: exactly on this thread (a few string
  // searches); those whose quote has changed, by likeness in the worker, once per document version and note version.
  const { annotations } = useNotes();
  const anchors = useAppState((s) => s.anchors);
  const version = doc ? documentVersion(doc) : '';
  const mine = useMemo(() => (doc ? annotations.filter((a) => a.docId === doc.id) : []), [annotations, doc]);
  const exact = useMemo(() => (doc ? new Map(mine.map((a) => [a.id, exactAnchor(doc, a)])) : new Map()), [mine, doc]);
  const placed = useMemo<PlacedAnnotation[]>(
    () =>
      mine
        .map((a) => ({
          annotation: a,
          place: exact.get(a.id) ?? anchors[anchorKey(docId, version, a)] ?? ({ status: 'placing' } as const),
        }))
        .sort((x, y) => {
          const key = (p: PlacedAnnotation) =>
            p.place.status === 'anchored' ? p.place.paragraph * 1e6 + p.place.start : 1e12;
          return key(x) - key(y);
        }),
    [mine, exact, anchors, docId, version],
  );
  useEffect(() => {
    const wanted = mine.filter(
      (a) => exact.get(a.id) === null && !(anchorKey(docId, version, a) in appStore.getState().anchors),
    );
    if (wanted.length === 0) return;
    let live = true;
    searchClient
      .anchor(docId, wanted)
      .then((placements) => {
        if (!live) return;
        const found = Object.fromEntries(
          wanted.map((a) => [anchorKey(docId, version, a), placements[a.id] ?? DETACHED]),
        );
        appStore.setState((s) => ({ anchors: { ...s.anchors, ...found } }));
      })
      .catch(() => {
        // The worker could not place them: shown as detached, and asked again next time.
        if (live)
          appStore.setState((s) => ({
            anchors: {
              ...s.anchors,
              ...Object.fromEntries(wanted.map((a) => [anchorKey(docId, version, a), DETACHED])),
            },
          }));
      });
    return () => {
      live = false;
    };
  }, [mine, exact, docId, version]);
  const highlightsByParagraph = useMemo(() => {
    const map = new Map<number, Highlight[]>();
    for (const { annotation: a, place } of placed) {
      if (place.status !== 'anchored') continue;
      const label = a.note || a.tags.length > 0 ? t.markerLabel(a.note.slice(0, 120), a.tags.join(', ')) : null;
      let list = map.get(place.paragraph);
      if (!list) map.set(place.paragraph, (list = []));
      list.push({ id: a.id, start: place.start, end: place.end, color: a.color, label });
    }
    return map;
  }, [placed, t]);
  const [panel, setPanel] = useState<{
    key: string;
    open: boolean;
    editing: { id: string; focus: 'note' | 'tag' | null } | null;
  } | null>(null);
  const panelKey = `${docId}\u0000${annotation ?? ''}`;
  const panelState =
    panel?.key === panelKey
      ? panel
      : {
          key: panelKey,
          open: annotation !== null || placed.length > 0,
          editing: annotation ? { id: annotation, focus: null } : null,
        };
  const setPanelState = useCallback(
    (next: { open: boolean; editing: { id: string; focus: 'note' | 'tag' | null } | null }) =>
      setPanel({ key: panelKey, ...next }),
    [panelKey],
  );
  const onHighlight = useCallback(
    (selection: TextSelection, color: Color, then: 'done' | 'note' | 'tag') => {
      const p = doc?.paragraphs[selection.paragraph];
      if (!doc || !p) return;
      if ((shown[p.index] ?? p.text).length !== p.text.length) return setToast(t.convertedLengthDiffers);
      const now = new Date().toISOString();
      const id = newId();
      void notes
        .put({
          id,
          docId: doc.id,
          paragraphId: p.id,
          paragraph: p.index,
          quote: describeQuote(p.text, selection.start, selection.end),
          position: { start: selection.start, end: selection.end },
          color,
          note: '',
          tags: [],
          created: now,
          modified: now,
        })
        .then((ok) => ok && then !== 'done' && setPanelState({ open: true, editing: { id, focus: then } }));
    },
    [doc, shown, t, setPanelState, setToast],
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
    if (annotation)
      document.querySelector(`[data-annotation="${CSS.escape(annotation)}"]`)?.scrollIntoView({ block: 'center' });
  }, [annotation, placed]);

  return { placed, highlightsByParagraph, panelState, setPanelState, onHighlight, onArticleClick };
}

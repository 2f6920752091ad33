import { useEffect, useRef, useState } from 'react';
import type { PolicyDocument } from '../../core/corpus/types';
import type { Anchored } from '../../core/notes/anchor';
import { cleanTags, COLORS, MAX_NOTE_LENGTH, type Annotation, type Color } from '../../core/notes/annotation';
import { textLang } from '../documentDisplay';
import { useMessages } from '../i18n';
import { notes, useNotes } from './notesState';

export interface PlacedAnnotation {
  readonly annotation: Annotation;
  /** Where it is in the text now; `placing` while the worker looks for a quote that has changed. */
  readonly place: Anchored | { readonly status: 'placing' };
}

function NoteEditor({
  doc,
  annotation,
  focus,
  onClose,
}: {
  doc: PolicyDocument;
  annotation: Annotation;
  focus: 'note' | 'tag' | null;
  onClose: () => void;
}) {
  const t = useMessages();
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const [color, setColor] = useState<Color>(annotation.color);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    (focus === 'tag' ? tagRef : noteRef).current?.focus();
  }, [focus, annotation.id]);
  const save = async (): Promise<void> => {
    const saved = await notes.put({
      ...annotation,
      note: note.slice(0, MAX_NOTE_LENGTH),
      tags: cleanTags(tags.split(/[,，、]/)),
      color,
      modified: new Date().toISOString(),
    });
    if (saved) onClose();
  };
  return (
    <form
      className="note-editor"
      aria-label={t.editNote}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <blockquote lang={textLang(doc, false)}>{annotation.quote.exact}</blockquote>
      <fieldset className="colors">
        <legend>{t.colour}</legend>
        {COLORS.map((c) => (
          <label key={c} className={`swatch hl-${c}`} title={t.colors[c]}>
            <input type="radio" name="color" value={c} checked={color === c} onChange={() => setColor(c)} />
            <span className="visually-hidden">{t.colors[c]}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="note-text">{t.note}</label>
      <textarea
        id="note-text"
        ref={noteRef}
        value={note}
        maxLength={MAX_NOTE_LENGTH}
        rows={5}
        onChange={(e) => setNote(e.target.value)}
      />
      <label htmlFor="note-tags">{t.tagsLabel}</label>
      <input
        id="note-tags"
        ref={tagRef}
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        placeholder={t.tagsPlaceholder}
      />
      <div className="editor-actions">
        <button type="submit">{t.save}</button>
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void notes.remove(annotation.id).then((ok) => ok && onClose())}
        >
          {t.delete}
        </button>
      </div>
    </form>
  );
}

interface Props {
  doc: PolicyDocument;
  placed: readonly PlacedAnnotation[];
  editing: { id: string; focus: 'note' | 'tag' | null } | null;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** How many of a document's notes the panel lists at first, and adds each time. */
const PANEL_PAGE = 100;

/** The open document's notes, in text order, and the editor of the one being edited. */
export function NotesPanel({ doc, placed, editing, onOpen, onClose }: Props) {
  const t = useMessages();
  const { pending } = useNotes();
  const current = editing ? placed.find((p) => p.annotation.id === editing.id) : undefined;
  // A page of the list at a time: a document with hundreds of notes opens without drawing them all.
  const [listed, setListed] = useState({ docId: doc.id, count: PANEL_PAGE });
  const count = listed.docId === doc.id ? listed.count : PANEL_PAGE;
  return (
    <aside className="notes-panel" aria-label={t.notesHere}>
      <h2>{t.notesHere}</h2>
      {current && (
        <NoteEditor
          key={current.annotation.id}
          doc={doc}
          annotation={current.annotation}
          focus={editing!.focus}
          onClose={onClose}
        />
      )}
      {placed.length === 0 ? (
        <p className="muted">{t.noNotesHere}</p>
      ) : (
        <ol className="notes-list">
          {placed.slice(0, count).map(({ annotation: a, place }) => (
            <li
              key={a.id}
              data-note={a.id}
              className={editing?.id === a.id ? 'editing' : undefined}
              aria-busy={pending.has(a.id)}
            >
              <button type="button" className="note-item" onClick={() => onOpen(a.id)}>
                <span className={`dot hl-${a.color}`} aria-hidden="true" />
                <span className="note-quote" lang={textLang(doc, false)}>
                  {a.quote.exact.length > 90 ? `${a.quote.exact.slice(0, 90)}…` : a.quote.exact}
                </span>
                {pending.has(a.id) && <span className="saving">{t.saving}</span>}
                {place.status === 'detached' && <span className="detached">{t.detached}</span>}
                {place.status === 'anchored' && place.changed && <span className="detached">{t.passageChanged}</span>}
                {a.note && (
                  <span className="note-text">{a.note.length > 140 ? `${a.note.slice(0, 140)}…` : a.note}</span>
                )}
                {a.tags.length > 0 && <span className="note-tags">{a.tags.map((tag) => `#${tag}`).join(' ')}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
      {placed.length > count && (
        <button
          type="button"
          className="link-button"
          onClick={() => setListed({ docId: doc.id, count: count + PANEL_PAGE })}
        >
          {t.showMore(Math.min(PANEL_PAGE, placed.length - count), placed.length - count)}
        </button>
      )}
    </aside>
  );
}

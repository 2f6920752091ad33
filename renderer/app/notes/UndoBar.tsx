import { useEffect } from 'react';
import { useMessages } from '../i18n';
import { notes, useNotes } from './notesState';

/** After a delete: "Note deleted. Undo" for ten seconds. After a failed save: what went wrong. */
export function UndoBar() {
  const t = useMessages();
  const { deleted, error } = useNotes();
  useEffect(() => {
    if (!deleted) return;
    const timer = window.setTimeout(() => notes.dismiss(), 10_000);
    return () => window.clearTimeout(timer);
  }, [deleted]);
  if (!deleted && !error) return null;
  return (
    <div className={`undo-bar${error ? ' error' : ''}`} role={error ? 'alert' : 'status'}>
      <span>{error ?? t.noteDeleted}</span>
      {deleted && !error && (
        <button type="button" onClick={() => void notes.undoDelete()}>
          {t.undo}
        </button>
      )}
      <button type="button" onClick={() => notes.dismiss()} aria-label={t.dismiss}>
        ✕
      </button>
    </div>
  );
}

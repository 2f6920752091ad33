import { useEffect } from 'react';
import type { Annotation } from '../../core/notes/annotation';
import { appStore, useAppState, type NotesSlice } from '../state/store';
import { NotesStore } from './store';

/**
 * The reader's annotations: the store's `notes` slice, loaded from IndexedDB once, changed only through `notes`.
 * The database handle is opened on first use and kept by this module (a connection, not state a view draws).
 */
export type NotesState = NotesSlice;

let database: NotesStore | null = null;

function set(patch: Partial<NotesSlice>): void {
  appStore.setState((s) => ({ notes: { ...s.notes, ...patch } }));
}

function open(): NotesStore {
  if (database === null) {
    database = new NotesStore();
    database.all().then(
      ({ annotations, unreadable }) => set({ status: 'ready', annotations, unreadable }),
      (error: Error) => set({ status: 'failed', error: `Notes could not be opened: ${error.message}` }),
    );
  }
  return database;
}

async function save(
  next: readonly Annotation[],
  write: (s: NotesStore) => Promise<void>,
  extra: Partial<NotesState> = {},
): Promise<boolean> {
  const previous = appStore.getState().notes.annotations;
  set({ annotations: next, error: null, ...extra });
  try {
    await write(open());
    return true;
  } catch (error) {
    // Not saved: show the notes as they are stored, and say so.
    set({
      annotations: previous,
      error: `The change was not saved: ${error instanceof Error ? error.message : String(error)}`,
    });
    return false;
  }
}

const current = (): NotesSlice => appStore.getState().notes;

export const notes = {
  put: (...items: Annotation[]) => {
    const ids = new Set(items.map((a) => a.id));
    return save([...current().annotations.filter((a) => !ids.has(a.id)), ...items], (s) => s.put(...items));
  },
  remove: (id: string) => {
    const gone = current().annotations.find((a) => a.id === id) ?? null;
    return save(
      current().annotations.filter((a) => a.id !== id),
      (s) => s.remove(id),
      { deleted: gone },
    );
  },
  undoDelete: () => {
    const gone = current().deleted;
    if (!gone) return Promise.resolve(false);
    return save([...current().annotations, gone], (s) => s.put(gone), { deleted: null });
  },
  dismiss: () => set({ deleted: null, error: null }),
};

/** The notes, loading them from IndexedDB on first use. */
export function useNotes(): NotesState {
  useEffect(() => void open(), []);
  return useAppState((state) => state.notes);
}

export function newId(): string {
  return crypto.randomUUID();
}

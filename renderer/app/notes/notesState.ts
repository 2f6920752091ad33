import { useSyncExternalStore } from 'react';
import type { Annotation } from '../../core/notes/annotation';
import { NotesStore } from './store';

/** The reader's annotations: one owner, loaded from IndexedDB once, every change saved before it is shown as done. */
export interface NotesState {
  readonly status: 'loading' | 'ready' | 'failed';
  readonly annotations: readonly Annotation[];
  readonly unreadable: number;
  /** The last save that failed, in words: the change was not kept. */
  readonly error: string | null;
  /** The last deleted annotation, for Undo. */
  readonly deleted: Annotation | null;
}

let state: NotesState = { status: 'loading', annotations: [], unreadable: 0, error: null, deleted: null };
const listeners = new Set<() => void>();
let store: NotesStore | null = null;

function set(patch: Partial<NotesState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

function open(): NotesStore {
  if (store === null) {
    store = new NotesStore();
    store.all().then(
      ({ annotations, unreadable }) => set({ status: 'ready', annotations, unreadable }),
      (error: Error) => set({ status: 'failed', error: `Notes could not be opened: ${error.message}` }),
    );
  }
  return store;
}

async function save(next: readonly Annotation[], write: (s: NotesStore) => Promise<void>, extra: Partial<NotesState> = {}): Promise<boolean> {
  const previous = state.annotations;
  set({ annotations: next, error: null, ...extra });
  try {
    await write(open());
    return true;
  } catch (error) {
    // Not saved: show the notes as they are stored, and say so.
    set({ annotations: previous, error: `The change was not saved: ${error instanceof Error ? error.message : String(error)}` });
    return false;
  }
}

export const notes = {
  put: (...items: Annotation[]) => {
    const ids = new Set(items.map((a) => a.id));
    return save([...state.annotations.filter((a) => !ids.has(a.id)), ...items], (s) => s.put(...items));
  },
  remove: (id: string) => {
    const gone = state.annotations.find((a) => a.id === id) ?? null;
    return save(state.annotations.filter((a) => a.id !== id), (s) => s.remove(id), { deleted: gone });
  },
  undoDelete: () => {
    const gone = state.deleted;
    if (!gone) return Promise.resolve(false);
    return save([...state.annotations, gone], (s) => s.put(gone), { deleted: null });
  },
  dismiss: () => set({ deleted: null, error: null }),
};

export function useNotes(): NotesState {
  return useSyncExternalStore(
    (listener) => {
      open();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

export function newId(): string {
  return crypto.randomUUID();
}

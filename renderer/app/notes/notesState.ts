import { useEffect } from 'react';
import type { Annotation } from '../../core/notes/annotation';
import { appStore, useAppState, type NotesSlice } from '../state/store';
import { NotesStore } from './store';
import { WriteQueue, type QueueState } from './writeQueue';

/**
 * The reader's annotations: the store's `notes` slice, loaded from IndexedDB once, changed only through `notes`.
 * Every change goes through a write queue (`writeQueue.ts`): it shows at once, marked as saving (`pending`), and as
 * saved only once its transaction has completed; a burst of changes is one transaction; a failed one is undone alone
 * and said. The database handle and the queue are this module's connection to IndexedDB, not state a view draws.
 */
export type NotesState = NotesSlice;

let queue: WriteQueue | null = null;

function set(patch: Partial<NotesSlice>): void {
  appStore.setState((s) => ({ notes: { ...s.notes, ...patch } }));
}

/** What the screen shows: what is saved, with the changes under way laid over it. */
function publish(state: QueueState): void {
  const shown = new Map(state.saved);
  for (const [id, next] of state.pending) {
    if (next === null) shown.delete(id);
    else shown.set(id, next);
  }
  set({ annotations: [...shown.values()], pending: new Set(state.pending.keys()) });
}

function open(): WriteQueue {
  if (queue === null) {
    const db = new NotesStore();
    queue = new WriteQueue({ apply: (puts, deletes) => db.apply(puts, deletes) }, publish, (error) =>
      set({ error: `The change was not saved: ${error instanceof Error ? error.message : String(error)}` }),
    );
    const q = queue;
    db.all().then(
      ({ annotations, unreadable }) => {
        q.load(annotations);
        set({ status: 'ready', unreadable });
      },
      (error: Error) => set({ status: 'failed', error: `Notes could not be opened: ${error.message}` }),
    );
  }
  return queue;
}

const current = (): NotesSlice => appStore.getState().notes;

export const notes = {
  /** Saves annotations; resolves true once they are written, false if the write failed (and says why). */
  put: (...items: Annotation[]) => {
    set({ error: null });
    return open().put(...items);
  },
  remove: (id: string) => {
    const gone = current().annotations.find((a) => a.id === id) ?? null;
    set({ error: null, deleted: gone });
    return open().remove(id);
  },
  undoDelete: () => {
    const gone = current().deleted;
    if (!gone) return Promise.resolve(false);
    set({ deleted: null });
    return open().put(gone);
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

import { useEffect } from 'react';
import { noteSearchText, type Annotation } from '../../core/notes/annotation';
import { appStore, useAppState, type NotesSlice } from '../state/store';
import { NotesStore } from './store';
import { bridge } from '../../bridge/bridge';
import { NotesBackup, privateFilesShelf, readBackupFile, recoveryOffer, type Snapshot } from './backup';
import { WriteQueue, type QueueState } from './writeQueue';
import { DeletionLedger } from './deletions';
import { searchClient } from '../search/searchClient';
import { whenIdle } from '../scheduling';

/**
 * The reader's annotations: the store's `notes` slice, loaded from IndexedDB once, changed only through `notes`.
 * Every change goes through a write queue (`writeQueue.ts`): it shows at once, marked as saving (`pending`), and as
 * saved only once its transaction has completed; a burst of changes is one transaction; a failed one is undone alone
 * and said. The database handle and the queue are this module's connection to IndexedDB, not state a view draws.
 */
export type NotesState = NotesSlice;

let queue: WriteQueue | null = null;
/** Set by a restore: the next write starts the notes' database afresh (`NotesStore.rebuild`). */
let rebuildOnNextWrite = false;

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

/** A backup is taken this long after the last save of a burst. */
const BACKUP_DELAY_MS = 3000;
let backupTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleBackup(backup: NotesBackup, q: WriteQueue): void {
  clearTimeout(backupTimer);
  backupTimer = setTimeout(() => {
    // While a restore is offered, the backup that holds the lost notes is not rotated away by newer ones.
    if (current().recovery) return;
    const saved = [...q.state().saved.values()];
    if (saved.length === 0) return;
    const taken = new Date();
    backup
      .save(saved, taken)
      .then((content) => {
        deletions.backedUp(new Set(saved.map((a) => a.id)));
        // The desktop app also keeps them as a file in the user's data folder, which outlives a damaged profile.
        if (bridge.shell === 'electron') return bridge.writeBackup({ taken: taken.toISOString(), content });
      })
      .catch(() => undefined);
  }, BACKUP_DELAY_MS);
}

const deletions = new DeletionLedger(typeof localStorage === 'undefined' ? null : localStorage);

/** The newest backup of the two places one is kept: the backup files, and (desktop app) the backup file. */
async function newestBackup(backup: NotesBackup): Promise<Snapshot | null> {
  const [stored, file] = await Promise.all([backup.latest().catch(() => null), bridge.readBackup().catch(() => null)]);
  const fromFile = file ? readBackupFile(file.taken, file.content) : null;
  if (!stored || !fromFile) return stored ?? fromFile;
  return fromFile.taken > stored.taken ? fromFile : stored;
}

function open(): WriteQueue {
  if (queue === null) {
    const db = new NotesStore();
    const backup = new NotesBackup(privateFilesShelf().catch(() => null));
    const q = (queue = new WriteQueue(
      {
        apply: async (puts, deletes) => {
          if (rebuildOnNextWrite) {
            // Restoring lost notes: the database is started afresh with every note, not written on top of damage.
            const all = new Map(q.state().saved);
            for (const a of puts) all.set(a.id, a);
            for (const id of deletes) all.delete(id);
            await db.rebuild([...all.values()]);
            rebuildOnNextWrite = false;
          } else await db.apply(puts, deletes);
          scheduleBackup(backup, q);
        },
      },
      publish,
      (error) => set({ error: `The change was not saved: ${error instanceof Error ? error.message : String(error)}` }),
    ));
    void (async () => {
      const opened = await db.all().catch(() => 'unreadable' as const);
      // The newest backup is read on every start (its ids: only what would be offered back is checked).
      const recovery = recoveryOffer(opened, await newestBackup(backup), deletions.read());
      if (opened === 'unreadable') {
        set({ status: 'failed', error: 'Notes could not be opened.', recovery });
        return;
      }
      q.load(opened.annotations);
      set({ status: 'ready', unreadable: opened.unreadable, recovery });
      // The search worker indexes the notes while nobody searches them (half a second for ten thousand, in slices
      // between its other work), so the first search of them answers as fast as the next.
      if (opened.annotations.length > 0)
        whenIdle(() => searchClient.prepareTexts(noteTexts(current().annotations)), 2000);
      // A store that lost nothing is backed up as it is (rotation keeps the backups before it).
      if (recovery === null && opened.annotations.length > 0 && opened.unreadable === 0) scheduleBackup(backup, q);
    })();
  }
  return queue;
}

const current = (): NotesSlice => appStore.getState().notes;

export const notes = {
  /** Saves annotations; resolves true once they are written, false if the write failed (and says why). */
  put: (...items: Annotation[]) => {
    set({ error: null });
    deletions.saved(items.map((a) => a.id));
    return open().put(...items);
  },
  remove: (id: string) => {
    const gone = current().annotations.find((a) => a.id === id) ?? null;
    set({ error: null, deleted: gone });
    deletions.deleted(id);
    return open().remove(id);
  },
  undoDelete: () => {
    const gone = current().deleted;
    if (!gone) return Promise.resolve(false);
    set({ deleted: null });
    deletions.saved([gone.id]);
    return open().put(gone);
  },
  dismiss: () => set({ deleted: null, error: null }),
  /** Puts back the notes the backup holds and the store lost, in the database started afresh. */
  restore: async () => {
    const recovery = current().recovery;
    if (!recovery) return false;
    rebuildOnNextWrite = true;
    deletions.saved(recovery.missing.map((a) => a.id));
    const ok = await open().put(...recovery.missing);
    if (ok) set({ recovery: null });
    return ok;
  },
  /**
   * Leaves the backup as it is: offered again at the next start, until the notes change (the backups taken after
   * that hold what the reader kept).
   */
  dismissRecovery: () => set({ recovery: null }),
};

const textsOf = new WeakMap<readonly Annotation[], ReadonlyArray<{ id: string; text: string }>>();
/**
 * What the notes search reads of each note, the same array while the notes are the same: the search worker is sent
 * the texts once, not on every search.
 */
export function noteTexts(annotations: readonly Annotation[]): ReadonlyArray<{ id: string; text: string }> {
  let texts = textsOf.get(annotations);
  if (!texts) textsOf.set(annotations, (texts = annotations.map((a) => ({ id: a.id, text: noteSearchText(a) }))));
  return texts;
}

/** The notes, loading them from IndexedDB on first use. */
export function useNotes(): NotesState {
  useEffect(() => void open(), []);
  return useAppState((state) => state.notes);
}

export function newId(): string {
  return crypto.randomUUID();
}

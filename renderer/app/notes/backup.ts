import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from '../../core/notes/annotation';
import { readAnnotations } from './store';

/** One automatic backup: every saved annotation at a moment. */
export interface Snapshot {
  readonly id?: number;
  readonly taken: string;
  readonly annotations: readonly Annotation[];
}

/** How many backups are kept: the newest, and two before it, so that a backup taken of a damaged store has older ones beside it. */
export const KEPT = 3;

/**
 * Rotated automatic backups of the notes, in a database of their own (not the notes' database, so that damage to one
 * leaves the other): written after saves, at most every few seconds, the oldest dropped beyond KEPT.
 */
export class NotesBackup {
  private readonly db: Dexie & { snapshots: EntityTable<Snapshot, 'id'> };

  constructor(name = 'shandong-reader-notes-backup') {
    this.db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as Dexie & {
      snapshots: EntityTable<Snapshot, 'id'>;
    };
    this.db.version(1).stores({ snapshots: '++id, taken' });
  }

  async save(annotations: readonly Annotation[], taken = new Date()): Promise<void> {
    await this.db.transaction('rw', this.db.snapshots, async () => {
      await this.db.snapshots.add({ taken: taken.toISOString(), annotations: [...annotations] });
      const all = await this.db.snapshots.orderBy('id').primaryKeys();
      if (all.length > KEPT) await this.db.snapshots.bulkDelete(all.slice(0, all.length - KEPT));
    });
  }

  /** The newest backup that holds notes, its records checked (a damaged one is skipped for the one before). */
  async latest(): Promise<Snapshot | null> {
    const all = await this.db.snapshots.orderBy('id').reverse().toArray();
    for (const s of all) {
      const valid = readAnnotations(s.annotations).annotations;
      if (valid.length > 0) return { taken: s.taken, annotations: valid };
    }
    return null;
  }

  async count(): Promise<number> {
    return this.db.snapshots.count();
  }

  close(): void {
    this.db.close();
  }
}

/** A backup file's notes (the desktop app's), those whose records are valid; null if it holds none. */
export function snapshotFromFile(taken: string, content: string): Snapshot | null {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return null;
  }
  const items =
    json && typeof json === 'object' && Array.isArray((json as { annotations?: unknown }).annotations)
      ? (json as { annotations: unknown[] }).annotations
      : [];
  const { annotations } = readAnnotations(items);
  return annotations.length > 0 ? { taken, annotations } : null;
}

/** What to offer after opening the notes: the backed-up notes the store does not hold, when it opened empty or damaged. */
export interface Recovery {
  readonly taken: string;
  readonly missing: readonly Annotation[];
}

/**
 * Whether to offer a restore: the store could not be read, opened empty, or had records it could not read, while the
 * newest backup holds notes it lacks. (A store that simply holds fewer notes than the backup because the reader
 * deleted some is not damaged, and is left alone.)
 */
export function recoveryOffer(
  opened: { annotations: readonly Annotation[]; unreadable: number } | 'unreadable',
  backup: Snapshot | null,
): Recovery | null {
  if (backup === null) return null;
  const damaged = opened === 'unreadable' || opened.annotations.length === 0 || opened.unreadable > 0;
  if (!damaged) return null;
  const have = new Set(opened === 'unreadable' ? [] : opened.annotations.map((a) => a.id));
  const missing = backup.annotations.filter((a) => !have.has(a.id));
  return missing.length > 0 ? { taken: backup.taken, missing } : null;
}

import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from '../../core/notes/annotation';
import { readAnnotations } from './store';

/** One automatic backup: every saved annotation at a moment. */
export interface Snapshot {
  readonly taken: string;
  readonly annotations: readonly Annotation[];
}

/**
 * A backup as stored: the notes as the JSON of the desktop app's backup file (`{"annotations": [...]}`), in a Blob.
 * IndexedDB copies a stored value on the page's thread, but a Blob only by reference: storing ten thousand notes as
 * objects held the page for about 45 ms, as one string about 22 ms. Backups written by earlier builds hold the
 * annotations themselves, and are read as well.
 */
interface StoredSnapshot {
  readonly id?: number;
  readonly taken: string;
  readonly content?: Blob;
  readonly annotations?: readonly unknown[];
}

/** How many notes are written out as JSON in one turn of the event loop (a few milliseconds' work). */
const WRITTEN_AT_A_TIME = 1000;

/**
 * The notes as a backup keeps them, `{"annotations": [...]}`: as text (the desktop app's backup file) and as a Blob
 * (the backup database), both written out a slice at a time with the page free in between. Encoding the whole text
 * into a Blob at once held the page for about 25 ms with ten thousand notes; a Blob of Blobs only refers to its parts.
 */
export async function backupContent(annotations: readonly Annotation[]): Promise<{ json: string; blob: Blob }> {
  const parts: string[] = [];
  const blobs: Blob[] = [];
  const add = (text: string): void => {
    parts.push(text);
    blobs.push(new Blob([text]));
  };
  add('{"annotations":[');
  for (let at = 0; at < annotations.length; at += WRITTEN_AT_A_TIME) {
    if (at > 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      add(',');
    }
    add(
      annotations
        .slice(at, at + WRITTEN_AT_A_TIME)
        .map((a) => JSON.stringify(a))
        .join(','),
    );
  }
  add(']}');
  return { json: parts.join(''), blob: new Blob(blobs, { type: 'application/json' }) };
}

/** How many backups are kept: the newest, and two before it, so that a backup taken of a damaged store has older ones beside it. */
export const KEPT = 3;

/**
 * Rotated automatic backups of the notes, in a database of their own (not the notes' database, so that damage to one
 * leaves the other): written after saves, at most every few seconds, the oldest dropped beyond KEPT.
 */
export class NotesBackup {
  private readonly db: Dexie & { snapshots: EntityTable<StoredSnapshot, 'id'> };

  constructor(name = 'shandong-reader-notes-backup') {
    this.db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as Dexie & {
      snapshots: EntityTable<StoredSnapshot, 'id'>;
    };
    this.db.version(1).stores({ snapshots: '++id, taken' });
  }

  /** Keeps a backup of these notes (dropping the oldest beyond KEPT); resolves to its JSON, as `backupContent`. */
  async save(annotations: readonly Annotation[], taken = new Date()): Promise<string> {
    const { json, blob } = await backupContent(annotations);
    await this.db.transaction('rw', this.db.snapshots, async () => {
      await this.db.snapshots.add({ taken: taken.toISOString(), content: blob });
      const all = await this.db.snapshots.orderBy('id').primaryKeys();
      if (all.length > KEPT) await this.db.snapshots.bulkDelete(all.slice(0, all.length - KEPT));
    });
    return json;
  }

  /** The newest backup that holds notes, its records checked (a damaged one is skipped for the one before). */
  async latest(): Promise<Snapshot | null> {
    const all = await this.db.snapshots.orderBy('id').reverse().toArray();
    for (const s of all) {
      const snapshot =
        s.content instanceof Blob
          ? snapshotFromFile(s.taken, await s.content.text().catch(() => ''))
          : { taken: s.taken, annotations: readAnnotations(s.annotations ?? []).annotations };
      if (snapshot && snapshot.annotations.length > 0) return snapshot;
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

/** Whether the store could not be read, opened empty, or had records it could not read: when a backup is consulted. */
export function openedDamaged(
  opened: { annotations: readonly Annotation[]; unreadable: number } | 'unreadable',
): boolean {
  return opened === 'unreadable' || opened.annotations.length === 0 || opened.unreadable > 0;
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
  if (backup === null || !openedDamaged(opened)) return null;
  const have = new Set(opened === 'unreadable' ? [] : opened.annotations.map((a) => a.id));
  const missing = backup.annotations.filter((a) => !have.has(a.id));
  return missing.length > 0 ? { taken: backup.taken, missing } : null;
}

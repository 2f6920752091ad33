import type { Annotation } from '../../core/notes/annotation';
import { nextTurn } from '../scheduling';
import { readAnnotations } from './store';

/**
 * One automatic backup as read back: when it was taken, and its records, not yet checked (a start reads only their
 * ids; only the records offered back are checked against the schema).
 */
export interface Snapshot {
  readonly taken: string;
  readonly records: readonly unknown[];
}

/** Where the automatic backups are kept: named files, each written whole or not at all. */
export interface BackupShelf {
  names(): Promise<string[]>;
  write(name: string, content: Blob): Promise<void>;
  read(name: string): Promise<Blob | null>;
  remove(name: string): Promise<void>;
}

/**
 * The origin's private file system (OPFS): files of their own, apart from IndexedDB. Chromium keeps all of an origin's
 * IndexedDB databases in one LevelDB, so damage to it took a second database of backups with it (a block damaged in
 * the middle of its log lost both the notes and their backups); these files are not in it. A file is written to a
 * swap file and put in place when closed, so a crash leaves the last one whole. Null where there is no OPFS.
 */
export async function privateFilesShelf(folder = 'notes-backups'): Promise<BackupShelf | null> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') return null;
  const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
  return {
    async names() {
      const names: string[] = [];
      for await (const name of dir.keys()) names.push(name);
      return names;
    },
    async write(name, content) {
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(content);
      await writable.close();
    },
    async read(name) {
      try {
        return await (await dir.getFileHandle(name)).getFile();
      } catch {
        return null;
      }
    },
    async remove(name) {
      await dir.removeEntry(name).catch(() => undefined);
    },
  };
}

/** How many notes are written out as JSON in one turn of the event loop (a few milliseconds' work). */
const WRITTEN_AT_A_TIME = 1000;

/**
 * The notes as a backup keeps them, `{"annotations": [...]}`: as text (the desktop app's backup file) and as a Blob
 * (the backup files), both written out a slice at a time with the page free in between. Encoding the whole text
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
      await nextTurn();
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

/** A backup's file name, from the moment it was taken: names sort as their moments do. */
function fileName(taken: Date): string {
  return `notes-${taken.toISOString().replace(/[-:.]/g, '')}.json`;
}
const FILE_NAME = /^notes-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.json$/;
function takenOf(name: string): string | null {
  const m = FILE_NAME.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : null;
}

/**
 * Rotated automatic backups of the notes, as files on a shelf apart from the notes' database (in the page: OPFS),
 * written after saves, at most every few seconds, the oldest dropped beyond KEPT.
 */
export class NotesBackup {
  constructor(private readonly shelf: Promise<BackupShelf | null>) {}

  /** Keeps a backup of these notes (dropping the oldest beyond KEPT); resolves to its JSON, as `backupContent`. */
  async save(annotations: readonly Annotation[], taken = new Date()): Promise<string> {
    const { json, blob } = await backupContent(annotations);
    const shelf = await this.shelf;
    if (shelf) {
      await shelf.write(fileName(taken), blob);
      const names = await this.names(shelf);
      for (const name of names.slice(KEPT)) await shelf.remove(name);
    }
    return json;
  }

  /** The newest backup that holds notes (one that cannot be read gives way to the one before). */
  async latest(): Promise<Snapshot | null> {
    const shelf = await this.shelf;
    if (!shelf) return null;
    for (const name of await this.names(shelf)) {
      const file = await shelf.read(name);
      const snapshot = file ? readBackupFile(takenOf(name)!, await file.text().catch(() => '')) : null;
      if (snapshot) return snapshot;
    }
    return null;
  }

  async count(): Promise<number> {
    const shelf = await this.shelf;
    return shelf ? (await this.names(shelf)).length : 0;
  }

  /** The backups' names, newest first. */
  private async names(shelf: BackupShelf): Promise<string[]> {
    return (await shelf.names()).filter((name) => takenOf(name) !== null).sort((a, b) => (a < b ? 1 : -1));
  }
}

/** A backup file's records (the desktop app's, or one of the page's), unchecked; null if it holds none. */
export function readBackupFile(taken: string, content: string): Snapshot | null {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return null;
  }
  const records =
    json && typeof json === 'object' && Array.isArray((json as { annotations?: unknown }).annotations)
      ? (json as { annotations: unknown[] }).annotations
      : [];
  return records.length > 0 ? { taken, records } : null;
}

/** What to offer after opening the notes: the backed-up notes the store does not hold. */
export interface Recovery {
  readonly taken: string;
  readonly missing: readonly Annotation[];
}

/** The id of a backed-up record, if it has one. */
function recordId(record: unknown): string | undefined {
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Whether to offer a restore: the newest backup holds notes that the store lacks and that the reader did not delete
 * since (`deleted`). A backup is taken a few seconds after every change, so it holds what the store held when the
 * program last changed it; a note it holds that the store lacks was lost: the store could not be read, opened empty,
 * or lost records to damage (a log cut off at its tail shows some notes once, and fewer on the start after). Only
 * the records offered back are checked against the schema; those that are not valid notes are not offered.
 */
export function recoveryOffer(
  opened: { annotations: readonly Annotation[] } | 'unreadable',
  backup: Snapshot | null,
  deleted: ReadonlySet<string> = new Set(),
): Recovery | null {
  if (backup === null) return null;
  const have = new Set(opened === 'unreadable' ? [] : opened.annotations.map((a) => a.id));
  const lost = backup.records.filter((r) => {
    const id = recordId(r);
    return id !== undefined && !have.has(id) && !deleted.has(id);
  });
  const missing = readAnnotations(lost).annotations;
  return missing.length > 0 ? { taken: backup.taken, missing } : null;
}

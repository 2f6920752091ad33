import Dexie, { type EntityTable } from 'dexie';
import { AnnotationSchema, type Annotation } from '../../core/notes/annotation';
import { nextTurn } from '../scheduling';

/**
 * Annotations live in the reader's own IndexedDB, through Dexie; the same code runs in the desktop app and
 * in a browser. Writes ask for strict durability, so a saved note survives a crash straight after saving.
 *
 * Schema versions. Each new version keeps the old ones and adds an upgrade, so a profile from any release opens:
 *   1: annotations by id, indexed by document, modification date, colour and tags (multi-entry).
 */
export class NotesDatabase extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;

  constructor(name = 'shandong-reader-notes') {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ annotations: 'id, docId, modified, color, *tags' });
  }
}

export interface LoadedNotes {
  readonly annotations: Annotation[];
  /** Records that are not valid annotations (a newer version's, or damaged): kept in the database, not shown. */
  readonly unreadable: number;
}

/** Stored records as annotations: those the schema accepts, and how many it does not (kept, not shown). */
export function readAnnotations(rows: readonly unknown[]): LoadedNotes {
  const annotations: Annotation[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const parsed = AnnotationSchema.safeParse(row);
    if (parsed.success) annotations.push(parsed.data);
    else unreadable++;
  }
  return { annotations, unreadable };
}

/** A stored record's key, whatever else in it is damaged (the store is keyed by it, so it is always there). */
function idOf(row: unknown): string {
  return (row as { id: string }).id;
}

/** How many stored records are read and checked in one turn of the event loop (a few milliseconds' work). */
const CHECKED_AT_A_TIME = 1000;

export class NotesStore {
  constructor(private readonly db: NotesDatabase = new NotesDatabase()) {}

  /**
   * Every stored note, read and checked against the schema a page at a time (in the order of their ids), letting the
   * page draw and answer in between: checking 10,000 in one go held the main thread for about 60 ms at start, and
   * reading them in one request about 40 ms more (the browser copies every record out on the page's thread).
   */
  async all(): Promise<LoadedNotes> {
    const annotations: Annotation[] = [];
    let unreadable = 0;
    let after: string | null = null;
    for (;;) {
      if (after !== null) await nextTurn();
      const from = after;
      const rows: unknown[] = await (
        from === null ? this.db.annotations.orderBy(':id') : this.db.annotations.where(':id').above(from)
      )
        .limit(CHECKED_AT_A_TIME)
        .toArray();
      const page = readAnnotations(rows);
      annotations.push(...page.annotations);
      unreadable += page.unreadable;
      if (rows.length < CHECKED_AT_A_TIME) return { annotations, unreadable };
      after = idOf(rows.at(-1));
    }
  }

  /** Saves (adds or replaces) annotations in one transaction: all of them, or none. */
  async put(...annotations: Annotation[]): Promise<void> {
    const valid = annotations.map((a) => AnnotationSchema.parse(a));
    await this.db.transaction('rw', this.db.annotations, () => this.db.annotations.bulkPut(valid));
  }

  /** Saves some annotations and deletes others in one transaction: all of it, or none. */
  async apply(puts: readonly Annotation[], deletes: readonly string[]): Promise<void> {
    const valid = puts.map((a) => AnnotationSchema.parse(a));
    await this.db.transaction('rw', this.db.annotations, async () => {
      if (valid.length > 0) await this.db.annotations.bulkPut(valid);
      if (deletes.length > 0) await this.db.annotations.bulkDelete([...deletes]);
    });
  }

  /**
   * Starts the database afresh with these notes: deleted, made again, and written. For a database that lost records
   * to damage on disk, where Chromium went on to lose the next writes too (a log cut off at its tail loses what is
   * appended after it when next opened). Should the program stop in between, the backup still holds the notes.
   * Records the schema does not accept (a newer version's, or damaged) are kept, as the store always keeps them,
   * unless one of the notes given takes its place.
   */
  async rebuild(annotations: readonly Annotation[]): Promise<void> {
    const valid = annotations.map((a) => AnnotationSchema.parse(a));
    const ids = new Set(valid.map((a) => a.id));
    const rows: unknown[] = await this.db.annotations.toArray().catch(() => []);
    const unreadable = rows.filter((row) => !AnnotationSchema.safeParse(row).success && !ids.has(idOf(row)));
    await this.db.delete();
    await this.db.open();
    await this.db.transaction('rw', this.db.annotations, () =>
      this.db.annotations.bulkPut([...valid, ...(unreadable as Annotation[])]),
    );
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.annotations, () => this.db.annotations.delete(id));
  }

  close(): void {
    this.db.close();
  }
}

/**
 * The notes deleted since the last automatic backup, kept in localStorage (not in IndexedDB, whose damage the backups
 * are for). At start, a note the newest backup holds and the store lacks is offered back unless the reader deleted it
 * since: a backup is taken a few seconds after a change, and the program may close in between.
 */
export class DeletionLedger {
  static readonly KEY = 'shandong-reader:notes-deleted-since-backup';

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null) {}

  /** The ids; none when the ledger cannot be read (at worst, a deleted note is offered back once). */
  read(): Set<string> {
    try {
      const ids: unknown = JSON.parse(this.storage?.getItem(DeletionLedger.KEY) ?? '[]');
      return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
    } catch {
      return new Set();
    }
  }

  deleted(id: string): void {
    this.write(this.read().add(id));
  }

  /** Notes saved again (an undone delete, a restore) are no longer deleted. */
  saved(ids: readonly string[]): void {
    const ledger = this.read();
    if (ids.some((id) => ledger.delete(id))) this.write(ledger);
  }

  /** A backup of these notes was taken: the deletions of notes it does not hold are in it now. */
  backedUp(held: ReadonlySet<string>): void {
    const ledger = this.read();
    const kept = new Set([...ledger].filter((id) => held.has(id)));
    if (kept.size !== ledger.size) this.write(kept);
  }

  private write(ids: ReadonlySet<string>): void {
    try {
      if (ids.size === 0) this.storage?.removeItem(DeletionLedger.KEY);
      else this.storage?.setItem(DeletionLedger.KEY, JSON.stringify([...ids]));
    } catch {
      // Storage full or refused: at worst a deleted note is offered back once.
    }
  }
}

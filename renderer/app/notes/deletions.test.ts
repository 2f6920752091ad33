import { describe, expect, it } from 'vitest';
import { DeletionLedger } from './deletions';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('the notes deleted since the last backup', () => {
  it('are remembered until a backup without them is taken, and forgotten when saved again', () => {
    const storage = memoryStorage();
    const ledger = new DeletionLedger(storage);
    ledger.deleted('aaaaaaaa');
    ledger.deleted('bbbbbbbb');
    // Kept across a restart (a new ledger over the same storage).
    expect([...new DeletionLedger(storage).read()].sort()).toEqual(['aaaaaaaa', 'bbbbbbbb']);
    // An undone delete: saved again.
    ledger.saved(['bbbbbbbb']);
    expect([...ledger.read()]).toEqual(['aaaaaaaa']);
    // A backup taken before the delete was written still holds the note: the deletion is not in it yet.
    ledger.backedUp(new Set(['aaaaaaaa', 'cccccccc']));
    expect([...ledger.read()]).toEqual(['aaaaaaaa']);
    // A backup without it: the deletion is in the backup now.
    ledger.backedUp(new Set(['cccccccc']));
    expect(ledger.read().size).toBe(0);
    expect(storage.items.size).toBe(0);
  });

  it('reads a damaged or foreign value as nothing deleted, and survives storage that refuses', () => {
    const storage = memoryStorage();
    for (const value of ['not json', '{"a":1}', '[1, null, "dddddddd"]']) {
      storage.items.set(DeletionLedger.KEY, value);
      expect([...new DeletionLedger(storage).read()]).toEqual(value.includes('dddddddd') ? ['dddddddd'] : []);
    }
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => new DeletionLedger(refusing).deleted('eeeeeeee')).not.toThrow();
    expect(new DeletionLedger(null).read().size).toBe(0);
  });
});

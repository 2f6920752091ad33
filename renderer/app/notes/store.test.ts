import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/notes/annotation';
import { testNote } from './testNote';
import { NotesDatabase, NotesStore } from './store';

let n = 0;
const fresh = () => new NotesDatabase(`test-${++n}`);
const note = testNote;

describe('NotesStore (IndexedDB through Dexie)', () => {
  const opened: NotesDatabase[] = [];
  afterEach(() => opened.splice(0).forEach((db) => db.close()));

  it('saves, replaces and removes annotations, and reads them back after reopening', async () => {
    const db = fresh();
    opened.push(db);
    const store = new NotesStore(db);
    await store.put(note('ann-00000001'), note('ann-00000002'));
    await store.put(note('ann-00000001', { note: 'edited' }));
    await store.remove('ann-00000002');
    db.close();
    const again = new NotesDatabase(db.name);
    opened.push(again);
    expect(await new NotesStore(again).all()).toEqual({
      annotations: [note('ann-00000001', { note: 'edited' })],
      unreadable: 0,
    });
  });

  it('starts the database afresh with exactly the notes given, keeping records it cannot read', async () => {
    const db = fresh();
    opened.push(db);
    const store = new NotesStore(db);
    await store.put(note('ann-00000001'), note('ann-00000002'));
    await db.annotations.put({ id: 'ann-damaged1' } as unknown as Annotation);
    // A record it cannot read that a note given replaces goes; one it does not replace stays, as the store keeps them.
    await db.annotations.put({ id: 'ann-00000009' } as unknown as Annotation);
    await store.rebuild([note('ann-00000002', { note: 'kept' }), note('ann-00000009')]);
    expect(await store.all()).toEqual({
      annotations: [note('ann-00000002', { note: 'kept' }), note('ann-00000009')],
      unreadable: 1,
    });
    expect(await db.annotations.get('ann-damaged1')).toEqual({ id: 'ann-damaged1' });
    // And it goes on saving as before.
    await store.put(note('ann-00000010'));
    expect((await store.all()).annotations).toHaveLength(3);
  });

  it('refuses to save an invalid annotation, and saves nothing of a batch that has one', async () => {
    const db = fresh();
    opened.push(db);
    const store = new NotesStore(db);
    await expect(store.put(note('ann-00000003'), note('bad id!'))).rejects.toThrow();
    expect((await store.all()).annotations).toEqual([]);
  });

  it('keeps records it cannot read, counts them, and shows the rest', async () => {
    const db = fresh();
    opened.push(db);
    await db.annotations.add({ id: 'from-a-newer-version', docId: 'x' } as unknown as Annotation);
    const store = new NotesStore(db);
    await store.put(note('ann-00000004'));
    const loaded = await store.all();
    expect(loaded.unreadable).toBe(1);
    expect(loaded.annotations.map((a) => a.id)).toEqual(['ann-00000004']);
    expect(await db.annotations.count()).toBe(2);
  });

  it('reads thousands of records a slice at a time, every one of them, unreadable ones counted wherever they fall', async () => {
    const db = fresh();
    opened.push(db);
    const ids = Array.from({ length: 2_500 }, (_, i) => `ann-${String(i).padStart(8, '0')}`);
    await db.annotations.bulkAdd(ids.map((id) => note(id)));
    // Damaged records in the first, second and last slice.
    for (const id of ['ann-x-0000', 'ann-x-1500', 'zzz-last'])
      await db.annotations.add({ id, docId: 'x' } as unknown as Annotation);
    const loaded = await new NotesStore(db).all();
    expect(loaded.unreadable).toBe(3);
    expect(loaded.annotations.map((a) => a.id).sort()).toEqual(ids);
  });

  it('asks for strict durability', () => {
    const db = fresh();
    opened.push(db);
    expect(
      (db as unknown as { _options: { chromeTransactionDurability: string } })._options.chromeTransactionDurability,
    ).toBe('strict');
  });

  it('applies puts and deletes in one transaction, all or none', async () => {
    const db = fresh();
    opened.push(db);
    const store = new NotesStore(db);
    await store.put(note('aaaaaaaa'), note('bbbbbbbb'));
    await store.apply([note('cccccccc'), note('aaaaaaaa', { note: 'edited' })], ['bbbbbbbb']);
    expect((await store.all()).annotations.map((a) => [a.id, a.note]).sort()).toEqual([
      ['aaaaaaaa', 'edited'],
      ['cccccccc', 'n'],
    ]);
    // An invalid annotation refuses the whole batch: the delete beside it does not happen either.
    await expect(
      store.apply([{ ...note('dddddddd'), color: 'black' } as unknown as Annotation], ['aaaaaaaa']),
    ).rejects.toThrow();
    expect((await store.all()).annotations.map((a) => a.id).sort()).toEqual(['aaaaaaaa', 'cccccccc']);
  });
});

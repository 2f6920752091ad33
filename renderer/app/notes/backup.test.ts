import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/notes/annotation';
import { testNote } from './testNote';
import { backupContent, KEPT, NotesBackup, recoveryOffer, snapshotFromFile } from './backup';
import { NotesDatabase, NotesStore } from './store';

let n = 0;
const note = (id: string): Annotation => testNote(id, { note: `note ${id}`, tags: [] });
const ids = (as: readonly Annotation[]) => as.map((a) => a.id).sort();

describe('automatic backups of the notes (issue 12)', () => {
  const open: Array<{ close(): void }> = [];
  afterEach(() => open.splice(0).forEach((x) => x.close()));

  it(`keeps the newest ${KEPT} backups, and reads the newest that holds valid notes`, async () => {
    const backup = new NotesBackup(`backup-${++n}`);
    open.push(backup);
    for (let i = 1; i <= 5; i++) await backup.save([note(`note000${i}`)], new Date(Date.UTC(2026, 10, i)));
    expect(await backup.count()).toBe(KEPT);
    expect(ids((await backup.latest())!.annotations)).toEqual(['note0005']);
    await backup.save([{ ...note('broken01'), color: 'black' } as unknown as Annotation]);
    // A backup whose records cannot be read gives way to the one before it.
    expect(ids((await backup.latest())!.annotations)).toEqual(['note0005']);
  });

  it('keeps the notes as the JSON of the backup file, written in slices, and still reads backups of earlier builds', async () => {
    const many = Array.from({ length: 2_345 }, (_, i) => note(`n${String(i).padStart(7, '0')}`));
    for (const notes of [[], many.slice(0, 1), many]) {
      const { json, blob } = await backupContent(notes);
      expect(JSON.parse(json)).toEqual({ annotations: notes });
      expect(await blob.text()).toBe(json);
      expect(snapshotFromFile('2026-11-23T10:00:00.000Z', json)?.annotations ?? []).toEqual(notes);
    }
    const name = `backup-${++n}`;
    const backup = new NotesBackup(name);
    open.push(backup);
    expect(await backup.save(many, new Date(Date.UTC(2026, 10, 1)))).toBe((await backupContent(many)).json);
    expect((await backup.latest())?.annotations).toEqual(many);
    // A backup from before: the annotations themselves, the newest record. It is read, damaged records left out.
    const earlier = new Dexie(name);
    open.push(earlier);
    earlier.version(1).stores({ snapshots: '++id, taken' });
    await earlier
      .table('snapshots')
      .add({ taken: '2026-11-02T00:00:00.000Z', annotations: [note('older001'), { id: 'damaged' }] });
    expect(await backup.latest()).toEqual({ taken: '2026-11-02T00:00:00.000Z', annotations: [note('older001')] });
  });

  it('offers a restore when the store opens empty or damaged and the backup holds notes it lacks, and only then', () => {
    const backup = { taken: '2026-11-20T09:00:00.000Z', annotations: [note('aaaaaaaa'), note('bbbbbbbb')] };
    expect(recoveryOffer({ annotations: [], unreadable: 0 }, backup)?.missing.map((a) => a.id)).toEqual([
      'aaaaaaaa',
      'bbbbbbbb',
    ]);
    expect(recoveryOffer('unreadable', backup)?.missing).toHaveLength(2);
    expect(recoveryOffer({ annotations: [note('aaaaaaaa')], unreadable: 3 }, backup)?.missing.map((a) => a.id)).toEqual(
      ['bbbbbbbb'],
    );
    // Fewer notes than the backup, read cleanly: the reader deleted some. Nothing to offer.
    expect(recoveryOffer({ annotations: [note('aaaaaaaa')], unreadable: 0 }, backup)).toBeNull();
    expect(recoveryOffer({ annotations: [], unreadable: 0 }, null)).toBeNull();
  });

  it('brings back every note of a store that was emptied, from the backup taken before', async () => {
    const db = new NotesDatabase(`notes-${++n}`);
    const backup = new NotesBackup(`backup-${n}`);
    open.push(db, backup);
    const store = new NotesStore(db);
    const saved = [note('aaaaaaaa'), note('bbbbbbbb'), note('cccccccc')];
    await store.put(...saved);
    await backup.save((await store.all()).annotations);
    // The store is damaged: its records are gone.
    await db.annotations.clear();
    const offer = recoveryOffer(await store.all(), await backup.latest());
    expect(offer?.missing).toHaveLength(3);
    await store.put(...offer!.missing);
    expect((await store.all()).annotations).toEqual(expect.arrayContaining(saved));
  });

  it("reads the desktop app's backup file, keeping its valid notes and refusing what is not one", () => {
    const content = JSON.stringify({ annotations: [note('aaaaaaaa'), { ...note('bbbbbbbb'), color: 'black' }] });
    expect(snapshotFromFile('2026-11-23T10:00:00.000Z', content)?.annotations.map((a) => a.id)).toEqual(['aaaaaaaa']);
    expect(snapshotFromFile('2026-11-23T10:00:00.000Z', 'not json')).toBeNull();
    expect(snapshotFromFile('2026-11-23T10:00:00.000Z', '{"annotations": 3}')).toBeNull();
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/notes/annotation';
import { testNote } from './testNote';
import { backupContent, KEPT, NotesBackup, readBackupFile, recoveryOffer, type BackupShelf } from './backup';
import { NotesDatabase, NotesStore } from './store';

let n = 0;
const note = (id: string): Annotation => testNote(id, { note: `note ${id}`, tags: [] });
const ids = (records: readonly unknown[]) => records.map((r) => (r as Annotation).id).sort();

/** A shelf in memory, standing in for the page's private files (OPFS, which Node has not; e2e tests use the real one). */
function memoryShelf(): BackupShelf & { files: Map<string, Blob> } {
  const files = new Map<string, Blob>();
  return {
    files,
    names: async () => [...files.keys()],
    write: async (name, content) => void files.set(name, content),
    read: async (name) => files.get(name) ?? null,
    remove: async (name) => void files.delete(name),
  };
}

describe('automatic backups of the notes (issue 12)', () => {
  const open: Array<{ close(): void }> = [];
  afterEach(() => open.splice(0).forEach((x) => x.close()));

  it(`keeps the newest ${KEPT} backups as files, and reads the newest that can be read`, async () => {
    const shelf = memoryShelf();
    const backup = new NotesBackup(Promise.resolve(shelf));
    for (let i = 1; i <= 5; i++) await backup.save([note(`note000${i}`)], new Date(Date.UTC(2026, 10, i)));
    expect(await backup.count()).toBe(KEPT);
    expect([...shelf.files.keys()].sort()).toEqual([
      'notes-20261103T000000000Z.json',
      'notes-20261104T000000000Z.json',
      'notes-20261105T000000000Z.json',
    ]);
    expect(await backup.latest()).toEqual({ taken: '2026-11-05T00:00:00.000Z', records: [note('note0005')] });
    // A file that cannot be read (cut short), and one that is not a backup, give way to the newest good one.
    shelf.files.set('notes-20261106T000000000Z.json', new Blob(['{"annotations":[{"id":']));
    shelf.files.set('notes-20261107T000000000Z.json.crswap', new Blob(['{"annotations":[{"id":"x"}]}']));
    expect(ids((await backup.latest())!.records)).toEqual(['note0005']);
    // No shelf (a browser without private files): nothing kept, nothing read, the JSON still made for the desktop file.
    const none = new NotesBackup(Promise.resolve(null));
    expect(JSON.parse(await none.save([note('aaaaaaaa')]))).toEqual({ annotations: [note('aaaaaaaa')] });
    expect(await none.latest()).toBeNull();
  });

  it('writes the notes as the JSON of the backup file, in slices, the same as text and as a Blob', async () => {
    const many = Array.from({ length: 2_345 }, (_, i) => note(`n${String(i).padStart(7, '0')}`));
    for (const notes of [[], many.slice(0, 1), many]) {
      const { json, blob } = await backupContent(notes);
      expect(JSON.parse(json)).toEqual({ annotations: notes });
      expect(await blob.text()).toBe(json);
    }
    const backup = new NotesBackup(Promise.resolve(memoryShelf()));
    expect(await backup.save(many, new Date(Date.UTC(2026, 10, 1)))).toBe((await backupContent(many)).json);
    expect((await backup.latest())?.records).toEqual(many);
  });

  it('offers back the notes the newest backup holds and the store lacks, unless the reader deleted them since', () => {
    const backup = {
      taken: '2026-11-20T09:00:00.000Z',
      records: [note('aaaaaaaa'), note('bbbbbbbb'), note('cccccccc')],
    };
    const offered = (opened: Parameters<typeof recoveryOffer>[0], deleted?: Set<string>) =>
      recoveryOffer(opened, backup, deleted)?.missing.map((a) => a.id) ?? null;
    // Opened empty, or unreadable: everything.
    expect(offered({ annotations: [] })).toEqual(['aaaaaaaa', 'bbbbbbbb', 'cccccccc']);
    expect(offered('unreadable')).toEqual(['aaaaaaaa', 'bbbbbbbb', 'cccccccc']);
    // Cut short (a log that lost its tail opens with some of the notes): what it lost.
    expect(offered({ annotations: [note('aaaaaaaa')] })).toEqual(['bbbbbbbb', 'cccccccc']);
    // Deleted by the reader since the backup: not offered back.
    expect(offered({ annotations: [note('aaaaaaaa')] }, new Set(['bbbbbbbb', 'cccccccc']))).toBeNull();
    // Nothing lost, or no backup: nothing offered.
    expect(offered({ annotations: backup.records as Annotation[] })).toBeNull();
    expect(recoveryOffer({ annotations: [] }, null)).toBeNull();
    // Records that are not valid notes are not offered back.
    const damaged = {
      taken: backup.taken,
      records: [{ ...note('dddddddd'), color: 'black' }, 'x', null, note('eeeeeeee')],
    };
    expect(recoveryOffer({ annotations: [] }, damaged)?.missing.map((a) => a.id)).toEqual(['eeeeeeee']);
  });

  it('brings back every note of a store that was emptied, from the backup taken before', async () => {
    const db = new NotesDatabase(`notes-${++n}`);
    open.push(db);
    const backup = new NotesBackup(Promise.resolve(memoryShelf()));
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

  it("reads the desktop app's backup file, and refuses what is not one", () => {
    const content = JSON.stringify({ annotations: [note('aaaaaaaa'), { ...note('bbbbbbbb'), color: 'black' }] });
    expect(ids(readBackupFile('2026-11-23T10:00:00.000Z', content)!.records)).toEqual(['aaaaaaaa', 'bbbbbbbb']);
    expect(readBackupFile('2026-11-23T10:00:00.000Z', 'not json')).toBeNull();
    expect(readBackupFile('2026-11-23T10:00:00.000Z', '{"annotations": 3}')).toBeNull();
    expect(readBackupFile('2026-11-23T10:00:00.000Z', '{"annotations": []}')).toBeNull();
  });
});

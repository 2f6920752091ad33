import { describe, expect, it } from 'vitest';
import { backupFileName, KEPT_FILES, rotateBackups } from './backup-files';

describe("the desktop app's backup files", () => {
  it('names a backup by when it was taken, valid on every file system, sorting by age', () => {
    expect(backupFileName('2026-11-23T22:05:00.000Z')).toBe('notes-2026-11-23T22-05-00.000Z.json');
    expect(backupFileName('2026-11-23T22:05:00.000Z') < backupFileName('2026-11-24T01:00:00.000Z')).toBe(true);
  });

  it(`keeps the newest ${KEPT_FILES}, removes the older, and leaves other files alone`, () => {
    const names = [1, 2, 3, 4, 5].map((d) => backupFileName(`2026-11-0${d}T10:00:00.000Z`));
    const { keep, remove } = rotateBackups([...names, 'notes-x.json', 'readme.txt', 'notes-2026.json.part']);
    expect(keep).toEqual([names[4], names[3], names[2]]);
    expect(remove).toEqual([names[1], names[0]]);
  });
});

/**
 * The desktop app's backup files of the notes, in `<user data>/backups/`: named by when they were taken, so that
 * names sort by age, and rotated, the newest KEPT_FILES kept. Plain functions, tested in Node; the shell does the
 * writing (atomically: a temporary file renamed over).
 */
export const KEPT_FILES = 3;

/** notes-2026-11-23T22-05-00.000Z.json: a name that sorts by age and is valid on every file system. */
export function backupFileName(taken: string): string {
  return `notes-${taken.replace(/:/g, '-')}.json`;
}

const BACKUP_NAME = /^notes-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.json$/;

/** Of the files in the folder, the backups to keep (newest first) and those to remove; other files are left alone. */
export function rotateBackups(names: readonly string[], kept = KEPT_FILES): { keep: string[]; remove: string[] } {
  const backups = names
    .filter((n) => BACKUP_NAME.test(n))
    .sort()
    .reverse();
  return { keep: backups.slice(0, kept), remove: backups.slice(kept) };
}

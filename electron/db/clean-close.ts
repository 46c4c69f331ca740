// Whether a start may skip PRAGMA quick_check (docs/database.md, "Integrity at start").
// A copy that closes cleanly checkpoints the WAL into the file and leaves a note beside it:
// the file's size, modification time and inode as it left them, and the day quick_check last
// passed. The next start takes the note away before opening (a crash from then on leaves no
// note) and skips the check only when the file is exactly as that close left it, no WAL is
// waiting, and the check already passed today. Otherwise (killed, power cut, the file
// replaced or written by another program, a new day) the check runs.
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { localDate } from '../../shared/local-date';

export const cleanCloseNote = (file: string) => `${file}.closed`;

type Note = { size: number; mtimeMs: number; ino: number; checkedOn: string };

/** The day quick_check last passed, per open database (read when it closes). */
const checkedOn = new WeakMap<Database, string>();

const isNote = (v: unknown): v is Note =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Note).size === 'number' &&
  typeof (v as Note).mtimeMs === 'number' &&
  typeof (v as Note).ino === 'number' &&
  typeof (v as Note).checkedOn === 'string';

/** Removes the note and says whether this start may trust the file without a check. */
export function takeCleanClose(file: string, now: Date): { skipCheck: boolean; checkedOn: string | null } {
  const notePath = cleanCloseNote(file);
  let note: unknown = null;
  try {
    note = JSON.parse(fs.readFileSync(notePath, 'utf8'));
  } catch {
    // none (a first start, a crash) or unreadable: check
  }
  try {
    fs.unlinkSync(notePath);
  } catch (error) {
    // A note that cannot be taken away (a read-only folder) could outlive a crash: check.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { skipCheck: false, checkedOn: null };
  }
  if (!isNote(note)) return { skipCheck: false, checkedOn: null };
  try {
    const stat = fs.statSync(file);
    // WAL frames or a rollback journal written since (another SQLite tool): check.
    const walWaiting =
      (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) || fs.existsSync(`${file}-journal`);
    const same = stat.size === note.size && stat.mtimeMs === note.mtimeMs && stat.ino === note.ino;
    return { skipCheck: same && !walWaiting && note.checkedOn === localDate(now), checkedOn: note.checkedOn };
  } catch {
    return { skipCheck: false, checkedOn: null };
  }
}

export function rememberCheck(db: Database, day: string): void {
  checkedOn.set(db, day);
}

/** Closes a sound database and leaves the note for the next start. */
export function closeCleanly(db: Database, file: string): void {
  const day = checkedOn.get(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  if (!day) return;
  const stat = fs.statSync(file);
  const note: Note = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, checkedOn: day };
  // Written aside and renamed: a note is whole or absent.
  const aside = `${cleanCloseNote(file)}.${process.pid}`;
  fs.writeFileSync(aside, JSON.stringify(note));
  fs.renameSync(aside, cleanCloseNote(file));
}

/** Tests and the bench: whether quick_check ran when this database was opened. */
export const checkedAtOpen = new WeakSet<Database>();

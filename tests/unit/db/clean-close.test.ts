// quick_check at start is skipped only when the file is exactly as a clean close left it
// the same day (electron/db/clean-close.ts, docs/database.md): damage written by another
// program, a crash, or a new day all get the check, and a damaged file is never opened for
// writing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, DatabaseDamagedError } from '../../../electron/db/open';
import { checkedAtOpen, cleanCloseNote, closeCleanly } from '../../../electron/db/clean-close';
import { damagePages } from '../app/damage';
import { tempDir } from './tmp';

const day = new Date(2027, 2, 2, 9);
const nextDay = new Date(2027, 2, 3, 9);
const at = (d: Date) => ({ now: () => d });

/** A database with enough rows to have pages worth damaging, closed cleanly. */
function cleanFile(): string {
  const file = path.join(tempDir(), 'front-desk.sqlite3');
  const db = openDatabase(file, at(day));
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`row ${i} ${'x'.repeat(200)}`);
  })();
  closeCleanly(db, file);
  return file;
}

/** Damage that leaves size and modification time as they were (a disk going bad). */
function damageUnseen(file: string) {
  const before = fs.statSync(file);
  damagePages(file);
  fs.utimesSync(file, before.atime, before.mtime);
}

describe('quick_check at start after a clean close', () => {
  it('is skipped the same day when the file is as the clean close left it', () => {
    const file = cleanFile();
    expect(fs.existsSync(cleanCloseNote(file))).toBe(true);
    const db = openDatabase(file, at(day));
    expect(checkedAtOpen.has(db)).toBe(false);
    expect(fs.existsSync(cleanCloseNote(file))).toBe(false); // taken: a crash now means a check next time
    closeCleanly(db, file);
    // ...and again after that close (the day the check passed is carried on).
    const again = openDatabase(file, at(day));
    expect(checkedAtOpen.has(again)).toBe(false);
    again.close();
  });

  it('runs when another program wrote to the file since: the damage is found, nothing written', () => {
    const file = cleanFile();
    damagePages(file); // changes the modification time
    const bytes = fs.readFileSync(file);
    expect(() => openDatabase(file, at(day))).toThrow(DatabaseDamagedError);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('runs after a run that did not close cleanly (killed, power cut)', () => {
    const file = cleanFile();
    const db = openDatabase(file, at(day));
    db.close(); // no clean close: no note
    damageUnseen(file);
    expect(() => openDatabase(file, at(day))).toThrow(DatabaseDamagedError);
  });

  it('runs at the first start of a new day, even on an unchanged file', () => {
    const file = cleanFile();
    damageUnseen(file);
    expect(() => openDatabase(file, at(nextDay))).toThrow(DatabaseDamagedError);
  });

  it('runs when WAL frames are waiting beside the file (another SQLite tool wrote)', () => {
    const file = cleanFile();
    fs.writeFileSync(`${file}-wal`, Buffer.alloc(32));
    const db = openDatabase(file, at(day));
    expect(checkedAtOpen.has(db)).toBe(true);
    db.close();
  });

  it('runs when the note is not one the app wrote', () => {
    const file = cleanFile();
    fs.writeFileSync(cleanCloseNote(file), '{"size": "big"}');
    const db = openDatabase(file, at(day));
    expect(checkedAtOpen.has(db)).toBe(true);
    db.close();
  });
});

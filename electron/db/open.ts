// Opens (or creates) the app's SQLite file and brings its schema up to date.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrations as knownMigrations, type Migration } from './migrations';
import { backupBeforeMigrating } from './backup';
import { DatabaseDamagedError, DatabaseTooNewError, MigrationError } from './errors';
import { checkedAtOpen, rememberCheck, takeCleanClose } from './clean-close';
import { localDate } from '../../shared/local-date';

export type { Database } from 'better-sqlite3';
export { DatabaseDamagedError, DatabaseTooNewError, MigrationError } from './errors';

export type OpenOptions = {
  now?: () => Date;
  /** Tests only: a different migration list (e.g. one that fails). */
  migrations?: readonly Migration[];
  /** False for a working copy that is itself a copy (a backup being checked): a copy of it
   *  before migrating would be one more file holding the clinic's records, left behind. */
  backupBeforeMigrating?: boolean;
};

const inMemory = (file: string) => file === ':memory:' || file === '';

export function openDatabase(file: string, opts: OpenOptions = {}): Database {
  const migrations = checkOrder(opts.migrations ?? knownMigrations);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  const now = opts.now ?? (() => new Date());

  if (!inMemory(file)) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Taken before opening: whatever happens from here on, the next start checks again.
  const clean = inMemory(file) ? null : takeCleanClose(file, now());
  // Read-write from the start: reading the header rolls back a hot journal left by a writer
  // killed mid-transaction (a read-only connection cannot, and would fail on every start).
  // Nothing else is written before the version and the integrity are known: switching to
  // WAL rewrites the header, so a file from a newer app or a damaged one stays unchanged.
  refuseNewerBehindWal(file, newest);
  const db = new BetterSqlite3(file);
  try {
    db.pragma('busy_timeout = 5000');
    const version = userVersion(db);
    if (version > newest) throw new DatabaseTooNewError(file, version, newest);
    if (version > 0 && !clean?.skipCheck) {
      checkIntegrity(db, file);
      checkedAtOpen.add(db);
      rememberCheck(db, localDate(now()));
    } else if (clean?.checkedOn) {
      rememberCheck(db, clean.checkedOn);
    } else {
      rememberCheck(db, localDate(now())); // a new file: nothing to check yet
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL'); // WAL + NORMAL can lose the last commits on power loss
    migrate(db, file, migrations, now, opts.backupBeforeMigrating ?? true);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** A newer app's file with its last writes still in the -wal (it was killed, or is running):
 *  closing a read-write connection would fold them into the file, so the version is read
 *  through a read-only one first and the file is refused untouched. */
function refuseNewerBehindWal(file: string, newest: number): void {
  const wal = `${file}-wal`;
  if (inMemory(file) || !fs.existsSync(wal) || fs.statSync(wal).size === 0) return;
  let version: number;
  try {
    const reader = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      version = userVersion(reader);
    } finally {
      reader.close();
    }
  } catch {
    return; // not readable this way: the read-write open below says what is wrong
  }
  if (version > newest) throw new DatabaseTooNewError(file, version, newest);
}

/** PRAGMA quick_check: every page and b-tree checked, indexes not compared with their
 *  tables (integrity_check's extra cost). Run at a start unless the file is exactly as a
 *  clean close left it the same day (clean-close.ts). */
export function checkIntegrity(db: Database, file: string): void {
  const report = db.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[];
  const lines = report.map((r) => r.quick_check);
  if (lines.length !== 1 || lines[0] !== 'ok') throw new DatabaseDamagedError(file, lines);
}

function migrate(db: Database, file: string, migrations: readonly Migration[], now: () => Date, backup: boolean): void {
  const from = userVersion(db);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > newest) throw new DatabaseTooNewError(file, from, newest); // in-memory
  if (!migrations.some((m) => m.version > from)) return;
  if (backup && from >= 1 && !inMemory(file)) backupBeforeMigrating(db, file, from, now());

  for (const m of migrations) {
    // The version is read inside the write transaction: another copy starting on the same
    // new folder at the same moment may have applied this step while we waited for the lock.
    const step = db.transaction(() => {
      const current = userVersion(db);
      if (current > newest) throw new DatabaseTooNewError(file, current, newest);
      if (current >= m.version) return current;
      m.up(db);
      // PRAGMA takes no bound parameters; `version` is a checked integer from our own list.
      db.pragma(`user_version = ${m.version}`);
      return current;
    });
    try {
      step.immediate();
    } catch (e) {
      if (e instanceof DatabaseTooNewError) throw e;
      throw new MigrationError(m.name, userVersion(db), e);
    }
  }
}

function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkOrder(list: readonly Migration[]): readonly Migration[] {
  let last = 0;
  for (const m of list) {
    if (!Number.isSafeInteger(m.version) || m.version <= last) {
      throw new Error(`Migrations out of order at ${m.name} (version ${m.version})`);
    }
    last = m.version;
  }
  return list;
}

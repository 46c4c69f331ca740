// Opens (or creates) the app's SQLite file and brings its schema up to date.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrations as knownMigrations, type Migration } from './migrations';
import { backupBeforeMigrating } from './backup';
import { DatabaseTooNewError, MigrationError } from './errors';

export type { Database } from 'better-sqlite3';
export { DatabaseTooNewError, MigrationError } from './errors';

export type OpenOptions = {
  now?: () => Date;
  /** Tests only: a different migration list (e.g. one that fails). */
  migrations?: readonly Migration[];
};

const inMemory = (file: string) => file === ':memory:' || file === '';

export function openDatabase(file: string, opts: OpenOptions = {}): Database {
  const migrations = checkOrder(opts.migrations ?? knownMigrations);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  const now = opts.now ?? (() => new Date());

  if (!inMemory(file)) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // Look before touching: switching to WAL rewrites the header, so a file from a newer
    // app is inspected read-only and refused unchanged.
    if (fs.existsSync(file) && fs.statSync(file).size > 0) {
      const peek = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
      let version: number;
      try {
        version = userVersion(peek);
      } finally {
        peek.close();
      }
      if (version > newest) throw new DatabaseTooNewError(file, version, newest);
    }
  }

  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = FULL'); // WAL + NORMAL can lose the last commits on power loss
    migrate(db, file, migrations, now);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function migrate(db: Database, file: string, migrations: readonly Migration[], now: () => Date): void {
  const from = userVersion(db);
  const newest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > newest) throw new DatabaseTooNewError(file, from, newest); // in-memory / race
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  if (from >= 1 && !inMemory(file)) backupBeforeMigrating(db, file, from, now());

  let current = from;
  for (const m of pending) {
    const step = db.transaction(() => {
      m.up(db);
      // PRAGMA takes no bound parameters; `version` is a checked integer from our own list.
      db.pragma(`user_version = ${m.version}`);
    });
    try {
      step.immediate();
    } catch (e) {
      throw new MigrationError(m.name, current, e);
    }
    current = m.version;
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

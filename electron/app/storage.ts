// The database behind the core, as a state: open and sound ('ok'), damaged (opened
// read-only: reads where the pages are sound, every write refused) or not open at all
// ('fault', e.g. another running copy holds the folder, the folder is read-only, the file is
// not a database or is newer). The core never throws at start for a storage fault: the
// screens say what happened in the user's language and offer what can be done.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { StorageFault, StorageState } from '../../shared/api/storage';
import { DatabaseDamagedError, openDatabase } from '../db/open';
import { storageFaultOf } from '../db/faults';
import { lockDataFolder, type DataFolderLock } from '../db/lock';
import { closeCleanly } from '../db/clean-close';
import { backupName, backupsDir, dailyBackup, removeDatabaseFiles } from '../services/backups';
import { writeBackup } from '../db/backup';

export type Log = (message: string, error?: unknown) => void;

export type Storage = {
  readonly db: Database | null;
  readonly state: StorageState;
  /** A run-time error: its fault (the raw error is logged), or null for a non-storage error.
   *  Damage found while running makes the database read-only from then on. */
  faultOf(error: unknown): StorageFault | null;
  /** Swaps in a checked database file (`copy`, which is moved), keeping the current one in
   *  backups/ first; returns that backup's name (null when there was no database file). */
  replaceWith(copy: string, at: Date): string | null;
  close(): void;
};

export function openStorage(options: {
  dataDir: string;
  dbPath: string;
  now: () => Date;
  log: Log;
  /** Runs on a newly opened sound database (seeding, first-run settings). */
  prepare: (db: Database) => void;
}): Storage {
  const { dataDir, dbPath, log } = options;
  let db: Database | null = null;
  let state: StorageState = { state: 'ok' };
  let lock: DataFolderLock | null = null;

  const fault = (f: StorageFault, error: unknown) => {
    log(`front-desk: storage fault "${f}" at start`, error);
    state = { state: 'fault', fault: f };
  };

  function openSound(): void {
    try {
      const opened = openDatabase(dbPath, { now: options.now });
      try {
        options.prepare(opened);
      } catch (error) {
        opened.close();
        throw error;
      }
      db = opened;
      state = { state: 'ok' };
    } catch (error) {
      if (error instanceof DatabaseDamagedError || storageFaultOf(error) === 'damaged') {
        log('front-desk: the database is damaged; opened read-only', error);
        openDamaged();
        return;
      }
      fault(storageFaultOf(error) ?? 'unknown', error);
      return;
    }
    try {
      dailyBackup(db, dataDir, options.now());
    } catch (error) {
      log('front-desk: the daily backup failed', error); // the app still starts
    }
  }

  function openDamaged(): void {
    try {
      db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
      state = { state: 'damaged' };
    } catch (error) {
      db = null;
      fault('damaged', error);
    }
  }

  try {
    lock = lockDataFolder(dataDir);
  } catch (error) {
    fault(storageFaultOf(error) ?? 'unknown', error);
  }
  if (lock) openSound();

  return {
    get db() {
      return db;
    },
    get state() {
      return state;
    },
    faultOf(error) {
      const found = storageFaultOf(error);
      if (found === null) return null;
      log(`front-desk: storage fault "${found}"`, error);
      if (state.state === 'damaged') return 'damaged';
      if (found === 'damaged' && db && state.state === 'ok') {
        db.close();
        db = null;
        openDamaged();
      }
      return found;
    },
    replaceWith(copy, at) {
      const dir = backupsDir(dataDir);
      fs.mkdirSync(dir, { recursive: true });
      let keptAs: string | null = null;
      if (fs.existsSync(dbPath)) {
        keptAs = backupName('before-restore', at);
        for (let n = 2; fs.existsSync(path.join(dir, keptAs)); n++) keptAs = backupName('before-restore', at, n);
        const kept = path.join(dir, keptAs);
        if (db && state.state === 'ok') writeBackup(db, kept); // a partial name until it is whole
        db?.close();
        db = null;
        if (!fs.existsSync(kept)) {
          // Damaged or unreadable: kept byte for byte, with its WAL if there is one.
          fs.copyFileSync(dbPath, kept);
          if (fs.existsSync(`${dbPath}-wal`)) fs.copyFileSync(`${dbPath}-wal`, `${kept}-wal`);
        }
      } else {
        db?.close();
        db = null;
      }
      for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
      fs.renameSync(copy, dbPath);
      removeDatabaseFiles(copy);
      if (!lock) {
        try {
          lock = lockDataFolder(dataDir);
        } catch (error) {
          fault(storageFaultOf(error) ?? 'unknown', error);
          return keptAs;
        }
      }
      openSound();
      return keptAs;
    },
    close() {
      if (db && state.state === 'ok') {
        try {
          closeCleanly(db, dbPath); // the next start the same day may skip quick_check
        } catch (error) {
          log('front-desk: closing the database cleanly failed; the next start checks it', error);
          if (db.open) db.close();
        }
      } else {
        db?.close();
      }
      db = null;
      lock?.release();
      lock = null;
    },
  };
}

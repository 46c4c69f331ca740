// One running copy per data folder, whatever the host: Electron's single-instance lock only
// covers Electron, and the web host (or a second web host) could open the same folder.
// The lock is held by the operating system, not written as a process id: the lock file is
// a small SQLite file kept in an exclusive transaction for as long as the copy runs (SQLite
// takes it with fcntl locks on Unix, LockFileEx on Windows). The OS drops it when the
// process ends however it ends, so there is never a stale lock to judge: no process id that
// another program may have reused since, no start times to compare (docs/database.md).
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export const LOCK_FILE = 'front-desk.lock';

export class DataFolderLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(`The data folder ${dataDir} is in use by another running copy.`);
    this.name = 'DataFolderLockedError';
  }
}

export type DataFolderLock = { release(): void };

const codeOf = (error: unknown) => (error as { code?: unknown }).code;

export function lockDataFolder(dataDir: string): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    // No busy wait: a folder in use is said at once.
    const db = new BetterSqlite3(file, { timeout: 0 });
    try {
      db.exec('BEGIN EXCLUSIVE');
      return {
        release() {
          if (!db.open) return;
          db.exec('ROLLBACK');
          db.close();
        },
      };
    } catch (error) {
      db.close();
      if (codeOf(error) === 'SQLITE_BUSY') throw new DataFolderLockedError(dataDir);
      // The lock file of earlier versions held a process id as text. Nobody locks such a
      // file (a running copy would have made it a SQLite file), so it is emptied (an empty
      // file is an empty database). Emptied, not deleted: two copies starting at once on
      // such a file both get here, and the second deleting the file the first has just
      // locked would let it lock a new file of the same name. Emptying keeps the one file,
      // and its lock, which the second then finds held.
      if (codeOf(error) === 'SQLITE_NOTADB' && attempt === 0) {
        fs.truncateSync(file, 0);
        continue;
      }
      throw error;
    }
  }
}

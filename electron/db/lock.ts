// One running copy per data folder, whatever the host: Electron's single-instance lock only
// covers Electron, and the web host (or a second web host) could open the same folder.
// The lock is a file linked into place (fails if it exists) holding the owner's process id; a lock
// whose process no longer runs (the app was killed) is stale and taken over.
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'front-desk.lock';

export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(`The data folder ${dataDir} is in use by another running copy (process ${ownerPid}).`);
    this.name = 'DataFolderLockedError';
  }
}

export type DataFolderLock = { release(): void };

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // runs, as another user
  }
};

export function lockDataFolder(dataDir: string, pid = process.pid, running = isRunning): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // Written aside, then linked into place: link() fails if the lock exists, and the lock
      // is never seen empty.
      const aside = `${file}.${pid}.${Date.now()}`;
      fs.writeFileSync(aside, String(pid));
      try {
        fs.linkSync(aside, file);
      } finally {
        fs.rmSync(aside, { force: true });
      }
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          // Only our own lock: never remove one another copy has taken over.
          try {
            if (fs.readFileSync(file, 'utf8').trim() === String(pid)) fs.rmSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readOrEmpty(file), 10);
    if (Number.isSafeInteger(owner) && owner > 0 && owner !== pid && running(owner)) {
      throw new DataFolderLockedError(dataDir, owner);
    }
    // Stale: its process is gone (the app was killed), or it is our own.
    fs.rmSync(file, { force: true });
  }
  throw new DataFolderLockedError(dataDir, 0);
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

// The data folder's lock (electron/db/lock.ts) is held by the operating system: a live
// copy's lock is respected, and a lock left behind by a copy that ended, whatever process
// now has its old process id, is taken over without anyone deleting a file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderLockedError, LOCK_FILE, lockDataFolder } from '../../../electron/db/lock';
import { ended, holdLockElsewhere } from './lock-holder';
import { tempDir } from './tmp';

describe('data folder lock', () => {
  it("respects a live copy's lock, and takes it over once that copy is killed", async () => {
    const dir = tempDir();
    const other = await holdLockElsewhere(dir);
    try {
      expect(() => lockDataFolder(dir)).toThrow(DataFolderLockedError);
    } finally {
      other.kill('SIGKILL'); // no chance to release anything
    }
    await ended(other);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true); // left behind
    const lock = lockDataFolder(dir);
    lock.release();
  }, 30_000);

  it('takes over a lock file naming a live process that is not a Front Desk copy (its id reused)', () => {
    const dir = tempDir();
    // What an earlier version left when killed, its process id since given to another
    // program: the process that started this test is alive and holds no folder.
    fs.writeFileSync(path.join(dir, LOCK_FILE), String(process.ppid));
    // A second name for the same file (as a second copy that opened it at the same moment):
    const alias = path.join(dir, 'opened-by-another-copy');
    fs.linkSync(path.join(dir, LOCK_FILE), alias);
    const lock = lockDataFolder(dir);
    // The same file, emptied, not a new one beside it: that other copy finds this lock.
    expect(fs.statSync(path.join(dir, LOCK_FILE)).ino).toBe(fs.statSync(alias).ino);
    expect(() => lockDataFolder(dir)).toThrow(DataFolderLockedError);
    // Held now: a second copy, even in this same process, is refused.
    expect(() => lockDataFolder(dir)).toThrow(DataFolderLockedError);
    lock.release();
    lockDataFolder(dir).release();
  });

  it('is not given twice in one process, and is free again once released', () => {
    const dir = tempDir();
    const first = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(DataFolderLockedError);
    first.release();
    first.release(); // twice is harmless
    const second = lockDataFolder(dir);
    second.release();
  });
});

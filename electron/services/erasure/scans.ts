// Scan files of erased prescriptions. Their names are queued in `scan_deletions` inside the
// erase's transaction and the files deleted after it commits: a failed erase must not lose
// the scans of prescriptions still on record, and a crash (or a file that cannot be deleted)
// after the commit leaves a queued name, retried at the next start and the next erase.
// Only queued names are ever deleted: a blind sweep of files no row names would also take
// the scans of a newer database after an older backup was restored.
import type { Database } from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import { removeScan } from '../prescriptions/scans';

export function queueScanDeletions(db: Database, files: readonly string[], at: string): void {
  const insert = prepared(db, 'INSERT OR IGNORE INTO scan_deletions (file, erased_at) VALUES (?, ?)');
  for (const file of files) insert.run(file, at);
}

/** Deletes every queued file; returns how many are still there (kept queued). Never throws
 *  for a file: the erase already happened, the rest is tidying the data folder. */
export function finishScanDeletions(db: Database, dataDir: string): { left: number } {
  const files = prepared(db, 'SELECT file FROM scan_deletions ORDER BY file').pluck().all() as string[];
  const done = prepared(db, 'DELETE FROM scan_deletions WHERE file = ?');
  let left = 0;
  for (const file of files) {
    try {
      removeScan(dataDir, file);
      done.run(file);
    } catch {
      left++; // the cause is the file system's; the file name is no one's data, but it waits
    }
  }
  return { left };
}

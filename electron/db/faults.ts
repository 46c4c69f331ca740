// Storage errors as the screens name them (shared/api/storage.ts). SQLite and Node report
// codes (SqliteError.code, errno codes); the message text is only ever logged.
import type { StorageFault } from '../../shared/api/storage';
import { DatabaseDamagedError, DatabaseTooNewError } from './errors';
import { DataFolderLockedError } from './lock';

const byCode: [RegExp, StorageFault][] = [
  [/^SQLITE_READONLY|^SQLITE_CANTOPEN|^SQLITE_PERM|^SQLITE_AUTH|^EACCES$|^EPERM$|^EROFS$/, 'read-only'],
  [/^SQLITE_FULL|^ENOSPC$|^EDQUOT$/, 'disk-full'],
  [/^SQLITE_NOTADB/, 'not-a-database'],
  [/^SQLITE_CORRUPT/, 'damaged'],
  [/^SQLITE_BUSY|^SQLITE_LOCKED/, 'locked'],
  [/^SQLITE_IOERR|^EIO$/, 'unknown'],
];

/** The fault an error stands for, or null when it is not a storage error (a bug). */
export function storageFaultOf(error: unknown): StorageFault | null {
  if (error instanceof DatabaseTooNewError) return 'newer-version';
  if (error instanceof DatabaseDamagedError) return 'damaged';
  if (error instanceof DataFolderLockedError) return 'locked';
  const seen = new Set<unknown>();
  // A MigrationError wraps SQLite's error in `cause`.
  for (let e: unknown = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    for (const [pattern, fault] of byCode) if (pattern.test(code)) return fault;
  }
  return null;
}

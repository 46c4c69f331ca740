// Backups a user can restore. A backup is a consistent copy made with VACUUM INTO (one
// read transaction: never half a write) into `backups/` in the data folder or a file the
// user chose. Names say when and why: front-desk-20260302-140509-daily.sqlite3.
// Restoring checks the file first (checkBackup) on a migrated COPY; only that checked copy
// ever replaces the database, and the current database is kept as a backup first.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import type { BackupContents, BackupInfo, BackupKind, BackupRefusal } from '../../../shared/api/backups';
import { latestVersion } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { copiesToRemove, writeBackup } from '../../db/backup';

export { writeBackup };
import { storageFaultOf } from '../../db/faults';
import { activeDevices, revokeAllBut } from '../network/devices';
import { getNetworkSettings, updateNetworkSettings, type NetworkSettings } from '../network/settings';

export const BACKUPS_FOLDER = 'backups';
export const DEFAULT_BACKUPS_KEPT = 14;
const KEEP_SETTING = 'backupsKept';
const NAME = /^front-desk-(\d{8})-(\d{6})(?:-(\d+))?-(daily|manual|before-restore)\.sqlite3$/;

export const backupsDir = (dataDir: string) => path.join(dataDir, BACKUPS_FOLDER);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Local date and time: the day a daily backup belongs to is the user's day. */
const localDay = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

export function backupName(kind: BackupKind, at: Date, n = 1): string {
  return `front-desk-${localDay(at)}-${localTime(at)}${n > 1 ? `-${n}` : ''}-${kind}.sqlite3`;
}

/** A backup of `kind` into backups/, named after `at`; returns its name. */
export function backupIntoFolder(db: Database, dataDir: string, kind: BackupKind, at: Date): string {
  const dir = backupsDir(dataDir);
  let name = backupName(kind, at);
  for (let n = 2; fs.existsSync(path.join(dir, name)); n++) name = backupName(kind, at, n);
  writeBackup(db, path.join(dir, name));
  return name;
}

export function backupsKept(db: Database): number {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEEP_SETTING);
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 1 && n <= 365 ? n : DEFAULT_BACKUPS_KEPT;
}

export function setBackupsKept(db: Database, dataDir: string, keep: number, now: Date): number {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEEP_SETTING, String(keep));
  pruneDaily(dataDir, keep, now);
  return keep;
}

/** At start: the first start of a (local) day makes that day's backup, then only the newest
 *  `keep` daily backups stay. Manual and before-restore backups are never pruned. */
export function dailyBackup(db: Database, dataDir: string, now: Date): string | null {
  const today = localDay(now);
  const done = listNames(dataDir).some((b) => b.kind === 'daily' && b.day === today);
  const name = done ? null : backupIntoFolder(db, dataDir, 'daily', now);
  pruneDaily(dataDir, backupsKept(db), now, name);
  return name;
}

type Named = { name: string; day: string; time: string; n: number; kind: BackupKind };

function listNames(dataDir: string): Named[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupsDir(dataDir));
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((b): b is { name: string; m: RegExpExecArray } => b.m !== null)
    .map(({ name, m }) => ({ name, day: m[1]!, time: m[2]!, n: Number(m[3] ?? 1), kind: m[4] as BackupKind }))
    .sort((a, b) => b.day.localeCompare(a.day) || b.time.localeCompare(a.time) || b.n - a.n);
}

/** The newest `keep` daily backups stay (copiesToRemove: one named by a clock that ran
 *  ahead counts as the oldest, the one just made always stays). */
function pruneDaily(dataDir: string, keep: number, now: Date, made: string | null = null): void {
  const daily = listNames(dataDir)
    .filter((b) => b.kind === 'daily')
    .map((b) => ({ name: b.name, at: `${b.day}${b.time}${String(b.n).padStart(4, '0')}` }));
  const nowAt = `${localDay(now)}${localTime(now)}9999`;
  for (const old of copiesToRemove(daily, keep, nowAt, made)) fs.rmSync(path.join(backupsDir(dataDir), old.name), { force: true });
}

/** The backups in backups/, newest first, each with what it holds (null: unreadable). */
export function listBackups(dataDir: string): BackupInfo[] {
  return listNames(dataDir).map((b) => {
    const file = path.join(backupsDir(dataDir), b.name);
    const at = `${b.day.slice(0, 4)}-${b.day.slice(4, 6)}-${b.day.slice(6)}T${b.time.slice(0, 2)}:${b.time.slice(2, 4)}:${b.time.slice(4)}`;
    let contents: BackupContents | null = null;
    try {
      contents = readContents(file);
    } catch {
      contents = null;
    }
    return { name: b.name, kind: b.kind, at, bytes: fs.statSync(file).size, contents };
  });
}

/** Only a plain name of a file in backups/ (no path, no "..") names a listed backup. */
export function backupPath(dataDir: string, name: string): string | null {
  return NAME.test(name) ? path.join(backupsDir(dataDir), name) : null;
}

// Tables whose rows a backup list shows; tables a later migration adds are counted once
// they exist.
const COUNTED = { calls: 'calls', clients: 'clients', forms: 'intake_forms' } as const;

function readContents(file: string): BackupContents {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return contentsOf(db);
  } finally {
    db.close();
  }
}

export function contentsOf(db: Database): BackupContents {
  const tables = new Set(
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
  );
  const count = (table: string) =>
    tables.has(table) ? (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) : null;
  return {
    version: db.pragma('user_version', { simple: true }) as number,
    calls: count(COUNTED.calls) ?? 0,
    clients: count(COUNTED.clients),
    forms: count(COUNTED.forms),
  };
}

/** Tables every Front Desk database has had since migration 001. */
const REQUIRED_TABLES = ['settings', 'catalog_meta', 'services'];

export type CheckedFile = { ok: true; contents: BackupContents; copy: string } | { ok: false; reason: BackupRefusal; contents: null };

/** Checks a file before it may replace the database. On success the returned `copy` is a
 *  migrated, integrity-checked copy in `workDir` (the caller installs or removes it). */
export function checkBackup(file: string, workDir: string): CheckedFile {
  const refuse = (reason: BackupRefusal): CheckedFile => ({ ok: false, reason, contents: null });
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return refuse('missing');
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    if (!REQUIRED_TABLES.every((t) => tables.has(t))) return refuse('not-front-desk');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) return refuse('newer-version');
    const report = db.pragma('integrity_check(20)', { simple: false }) as { integrity_check: string }[];
    if (report.length !== 1 || report[0]?.integrity_check !== 'ok') return refuse('damaged');
  } catch (error) {
    const fault = storageFaultOf(error);
    return refuse(fault === 'not-a-database' ? 'not-a-database' : fault === 'damaged' ? 'damaged' : 'unreadable');
  } finally {
    db?.close();
  }

  // Migrations run on a copy (the chosen file is never changed), then the copy is checked.
  fs.mkdirSync(workDir, { recursive: true });
  removeLeftCopies(workDir);
  const copy = path.join(workDir, `restore-${process.pid}-${Date.now()}.sqlite3`);
  try {
    const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      source.prepare('VACUUM INTO ?').run(copy);
    } finally {
      source.close();
    }
    // The chosen file is the copy's original: no copy of the copy before migrating.
    const migrated = openDatabase(copy, { backupBeforeMigrating: false });
    let contents: BackupContents | null = null;
    try {
      // The tables, indexes and triggers the migrations make, and nothing else: a file whose
      // triggers (what keeps a signed form unchanged) were dropped would bring that home.
      if (sameSchema(migrated)) {
        contents = contentsOf(migrated);
        migrated.pragma('wal_checkpoint(TRUNCATE)');
      }
    } finally {
      migrated.close();
    }
    if (!contents) {
      removeDatabaseFiles(copy);
      return refuse('not-front-desk');
    }
    return { ok: true, contents, copy };
  } catch {
    removeDatabaseFiles(copy);
    return refuse('migration-failed');
  }
}

const schemaOf = (db: Database) =>
  db
    .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all()
    .map((row) => JSON.stringify(row));

let expectedSchema: string[] | null = null;
/** Is the schema exactly what the migrations make on a new database? */
function sameSchema(db: Database): boolean {
  if (!expectedSchema) {
    const fresh = openDatabase(':memory:');
    try {
      expectedSchema = schemaOf(fresh);
    } finally {
      fresh.close();
    }
  }
  const actual = schemaOf(db);
  return actual.length === expectedSchema.length && actual.every((row, i) => row === expectedSchema![i]);
}

/** Copies an earlier check left (a crash, or an older version that also left a copy taken
 *  before migrating): each holds the clinic's records. Only names this module gives. */
function removeLeftCopies(workDir: string): void {
  for (const name of fs.readdirSync(workDir)) {
    if (/^restore-\d+-\d+\.sqlite3(-wal|-shm|-journal|\.backup-v\d+-\d{8}T\d{9}Z(-\d+)?)?$/.test(name)) {
      fs.rmSync(path.join(workDir, name), { force: true });
    }
  }
}

/** A database file with its -wal, -shm and -journal companions. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Who may reach the hub is the hub's state now, not the backup's (docs/network.md, "Restoring
 *  a backup"). In the checked `copy`, before it replaces the database and in one transaction:
 *  every device not allowed in `current` (the database being replaced) is revoked, and the
 *  sharing settings are `current`'s. A `current` that cannot be read allows no device. Returns
 *  the devices of `current` that lose access (paired after the backup was made), whose open
 *  connections the host ends. */
export function keepNetworkAccess(copy: string, current: Database | null, at: Date): { revoked: number; shutOut: number[] } {
  const allowed = allowedNow(current) ?? []; // unreadable: nobody keeps access on its word
  let settings: NetworkSettings | null = null;
  try {
    if (current) settings = getNetworkSettings(current);
  } catch {
    settings = null; // the backup's settings, then
  }
  const db = new BetterSqlite3(copy, { fileMustExist: true });
  try {
    const revoked = db.transaction(() => {
      const n = revokeAllBut(db, allowed.map((d) => d.hash), at);
      if (settings) updateNetworkSettings(db, settings);
      return n;
    }).immediate();
    const kept = new Set(activeDevices(db).map((d) => d.hash));
    // Into the main file: the copy is moved into place without its -wal. Nothing else has the
    // copy open, so a checkpoint that could not finish is a fault, never a copy half-changed.
    const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (checkpoint && checkpoint.busy !== 0) throw new Error('the checked copy could not be checkpointed');
    return { revoked, shutOut: allowed.filter((d) => !kept.has(d.hash)).map((d) => d.id) };
  } finally {
    db.close();
  }
}

/** The devices allowed in `current`; null when it cannot be read. */
function allowedNow(current: Database | null): ReturnType<typeof activeDevices> | null {
  try {
    return current ? activeDevices(current) : null;
  } catch {
    return null;
  }
}

/** Before asking: the paired devices restoring the checked `copy` would shut out (see
 *  keepNetworkAccess): those allowed now that are not allowed in it, or, when `current`
 *  cannot be read, every device allowed in it. Names only, for the confirmation. */
export function devicesToPairAgain(copy: string, current: Database | null): string[] {
  const db = new BetterSqlite3(copy, { readonly: true, fileMustExist: true });
  try {
    const inCopy = activeDevices(db);
    const now = allowedNow(current);
    if (now === null) return inCopy.map((d) => d.name);
    const kept = new Set(inCopy.map((d) => d.hash));
    return now.filter((d) => !kept.has(d.hash)).map((d) => d.name);
  } finally {
    db.close();
  }
}

// Copies taken before migrating an existing database: <file>.backup-v<from>-<timestamp>.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

export const BACKUPS_KEPT = 5;

/** 2026-03-02T05:04:09.123Z -> 20260302T050409123Z (safe in Windows file names, sorts by time). */
function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

const backupPattern = (base: string) =>
  new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.backup-v\\d+-(\\d{8}T\\d{9}Z)(-\\d+)?$`);

/** Writes a consistent copy of `db` to `target` (which must not exist): VACUUM INTO a
 *  temporary name beside it, then a rename, so a half-written copy (a full disk) never has
 *  a backup's name. */
export function writeBackup(db: Database, target: string): void {
  if (fs.existsSync(target)) throw new Error(`backup target exists: ${target}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** Which copies to remove so that `keep` stay: the newest by the time in their names, except
 *  that a copy dated after `now` counts as the oldest (it was named by a clock that ran ahead;
 *  ranked by its date it would push out every copy made since), and the copy just made is
 *  never removed (a clock behind would otherwise rank it last and delete it at once). */
export function copiesToRemove<T extends { name: string; at: string }>(copies: T[], keep: number, now: string, made: string | null): T[] {
  const newestFirst = (a: T, b: T) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name);
  const ranked = [
    ...copies.filter((c) => c.name === made),
    ...copies.filter((c) => c.name !== made && c.at <= now).sort(newestFirst),
    ...copies.filter((c) => c.name !== made && c.at > now).sort(newestFirst),
  ];
  return ranked.slice(Math.max(keep, made === null ? 0 : 1));
}

/** VACUUM INTO: a consistent, compact copy made synchronously (db.backup() is async). */
export function backupBeforeMigrating(db: Database, file: string, fromVersion: number, now: Date): string {
  let target = `${file}.backup-v${fromVersion}-${stamp(now)}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${file}.backup-v${fromVersion}-${stamp(now)}-${n}`;
  writeBackup(db, target);
  pruneBackups(file, BACKUPS_KEPT, now, path.basename(target));
  return target;
}

/** Keeps the newest `keep` backups of `file` (copiesToRemove says which). Only names matching
 *  the backup pattern are ever deleted, never the database itself. */
export function pruneBackups(file: string, keep: number, now: Date, made: string | null = null): void {
  const dir = path.dirname(file);
  const pattern = backupPattern(path.basename(file));
  const copies = fs
    .readdirSync(dir)
    .map((name) => ({ name, at: pattern.exec(name)?.[1] ?? null }))
    .filter((b): b is { name: string; at: string } => b.at !== null);
  for (const old of copiesToRemove(copies, keep, stamp(now), made)) fs.rmSync(path.join(dir, old.name));
}

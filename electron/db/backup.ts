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

/** VACUUM INTO: a consistent, compact copy made synchronously (db.backup() is async). */
export function backupBeforeMigrating(db: Database, file: string, fromVersion: number, now: Date): string {
  let target = `${file}.backup-v${fromVersion}-${stamp(now)}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${file}.backup-v${fromVersion}-${stamp(now)}-${n}`;
  db.prepare('VACUUM INTO ?').run(target);
  pruneBackups(file, BACKUPS_KEPT);
  return target;
}

/** Keeps the newest `keep` backups of `file`. Only names matching the backup pattern are
 *  ever deleted, never the database itself. */
export function pruneBackups(file: string, keep: number): void {
  const dir = path.dirname(file);
  const pattern = backupPattern(path.basename(file));
  const backups = fs
    .readdirSync(dir)
    .map((name) => ({ name, m: pattern.exec(name) }))
    .filter((b): b is { name: string; m: RegExpExecArray } => b.m !== null)
    .sort((a, b) => (b.m[1] ?? '').localeCompare(a.m[1] ?? '') || b.name.localeCompare(a.name));
  for (const old of backups.slice(keep)) fs.rmSync(path.join(dir, old.name));
}

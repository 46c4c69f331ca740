import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, it, expect } from 'vitest';
import { openDatabase, DatabaseTooNewError, MigrationError } from '../../../electron/db/open';
import { migrations, latestVersion } from '../../../electron/db/migrations';
import { pruneBackups } from '../../../electron/db/backup';
import { tempDir } from './tmp';

const at = new Date('2026-03-02T05:04:09.123Z');

describe('openDatabase', () => {
  it('creates the folder and the file, with WAL, foreign keys and the newest schema', () => {
    const file = path.join(tempDir(), 'nested', 'deeper', 'front-desk.sqlite');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();
  });

  it('opens an up-to-date file again without migrating or backing up', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fd.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file, { now: () => at });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();
    expect(fs.readdirSync(dir).filter((n) => n.includes('.backup-'))).toEqual([]);
  });

  it('refuses a database from a newer app and leaves the file untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, 'future.sqlite');
    const raw = new BetterSqlite3(file);
    raw.exec("CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES ('keep me')");
    raw.pragma(`user_version = ${latestVersion + 7}`);
    raw.close();
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;
    const filesBefore = fs.readdirSync(dir).sort();

    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect((error as DatabaseTooNewError).fileVersion).toBe(latestVersion + 7);
    expect((error as DatabaseTooNewError).knownVersion).toBe(latestVersion);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore); // no -wal/-shm, no backup
  });

  it('refuses a newer database whose last writes are still in its -wal, and changes neither file', () => {
    const dir = tempDir();
    const live = path.join(tempDir(), 'live.sqlite');
    const raw = new BetterSqlite3(live);
    raw.pragma('journal_mode = WAL');
    raw.pragma('wal_autocheckpoint = 0');
    raw.exec("CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES ('keep me')");
    raw.pragma(`user_version = ${latestVersion + 3}`);
    // The newer app killed while running: its files as they are now.
    const file = path.join(dir, 'future.sqlite');
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(`${live}${suffix}`, `${file}${suffix}`);
    raw.close();
    const before = ['', '-wal'].map((suffix) => fs.readFileSync(`${file}${suffix}`));
    expect(before[1]!.length).toBeGreaterThan(0);
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(fs.readFileSync(file).equals(before[0]!)).toBe(true);
    expect(fs.readFileSync(`${file}-wal`).equals(before[1]!)).toBe(true);
  });

  it('backs up an existing older database before migrating it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fd.sqlite');
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO settings (key, value) VALUES ('businessName', '힐링 마사지')").run();
    v1.close();

    const db = openDatabase(file, { now: () => at });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();

    const backupName = 'fd.sqlite.backup-v1-20260302T050409123Z';
    expect(fs.readdirSync(dir)).toContain(backupName);
    const copy = new BetterSqlite3(path.join(dir, backupName), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT value FROM settings').pluck().get()).toBe('힐링 마사지');
    copy.close();
  });

  it('does not back up a brand-new database', () => {
    const dir = tempDir();
    openDatabase(path.join(dir, 'new.sqlite'), { now: () => at }).close();
    expect(fs.readdirSync(dir).some((n) => n.includes('.backup-'))).toBe(false);
  });

  it('keeps only the 5 newest backups and never deletes the database', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fd.sqlite');
    fs.writeFileSync(file, 'db');
    fs.writeFileSync(path.join(dir, 'other.sqlite.backup-v1-20200101T000000000Z'), 'x');
    const names = [1, 2, 3, 4, 5, 6, 7].map((d) => `fd.sqlite.backup-v${d % 3}-2026010${d}T000000000Z`);
    for (const n of names) fs.writeFileSync(path.join(dir, n), 'b');
    pruneBackups(file, 5, new Date('2026-02-01T00:00:00Z'));
    const left = fs.readdirSync(dir).sort();
    expect(left).toContain('fd.sqlite');
    expect(left).toContain('other.sqlite.backup-v1-20200101T000000000Z');
    expect(left.filter((n) => n.startsWith('fd.sqlite.backup-')).sort()).toEqual(names.slice(2).sort());
  });

  it('keeps the copy it just made, with the clock behind every earlier copy, and ranks future-dated copies oldest', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fd.sqlite');
    fs.writeFileSync(file, 'db');
    const ahead = [1, 2, 3, 4, 5].map((d) => `fd.sqlite.backup-v3-2036010${d}T000000000Z`);
    for (const n of ahead) fs.writeFileSync(path.join(dir, n), 'b');
    const made = 'fd.sqlite.backup-v4-20000101T000000000Z';
    fs.writeFileSync(path.join(dir, made), 'b');
    pruneBackups(file, 5, new Date('2000-01-01T00:00:00Z'), made);
    const left = fs.readdirSync(dir).filter((n) => n.startsWith('fd.sqlite.backup-')).sort();
    expect(left).toContain(made);
    expect(left).toHaveLength(5);
    expect(left).not.toContain(ahead[0]);
  });

  it('rolls a failing migration back, names it, and keeps the data at the previous version', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fd.sqlite');
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO settings (key, value) VALUES ('businessName', 'before')").run();
    v1.close();

    const bad = {
      version: 2,
      name: '002-broken',
      up(db: BetterSqlite3.Database) {
        db.exec("CREATE TABLE half_done (x INTEGER) STRICT; UPDATE settings SET value = 'after'");
        db.exec('SELECT * FROM no_such_table');
      },
    };
    let error: unknown;
    try {
      openDatabase(file, { migrations: [migrations[0]!, bad], now: () => at });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain('002-broken');
    expect((error as MigrationError).fromVersion).toBe(1);

    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare('SELECT value FROM settings').pluck().get()).toBe('before');
    expect(raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    raw.close();
    // The file still opens and migrates with the real list.
    openDatabase(file).close();
  });

  it('works in memory', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

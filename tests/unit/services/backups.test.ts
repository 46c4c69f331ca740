// Backups through the core, on real files: daily at the first start of a day (the newest
// N kept), made on demand, listed with what they hold, checked before a restore, restored
// only after every check with the current database kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openFrontDesk } from '../../../electron/app/front-desk';
import { latestVersion, migrations } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open';
import { backupsDir } from '../../../electron/services/backups';
import { damagePages } from '../app/damage';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'front-desk-backups-'));
const open = (dataDir: string, now: Date) =>
  openFrontDesk({ dataDir, host: 'web', version: 't', systemLocale: 'en-US', log: () => {}, now: () => now });
const day = (d: number, h = 9) => new Date(2026, 2, d, h, 0, 0);

const call = (name: string) => ({
  kind: 'session' as const,
  caller: { name },
  quoteLang: 'en' as const,
  request: { items: [{ serviceId: 'swedish', minutes: 90 }] }, // in both samples (en-US starts on the US one)
  outcome: 'thinking' as const,
});

const value = <T,>(answer: { ok: boolean; value?: T; error?: unknown }): T => {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer.value as T;
};
const names = (dir: string) => fs.readdirSync(backupsDir(dir)).sort();

describe('backups', () => {
  it('makes one daily backup at the first start of each day and keeps the newest N (a setting, 14 at first)', async () => {
    const dir = tempDir();
    for (let d = 1; d <= 16; d++) {
      open(dir, day(d)).close();
      open(dir, day(d, 15)).close(); // a second start the same day makes none
    }
    const daily = names(dir);
    expect(daily).toHaveLength(14);
    expect(daily[0]).toBe('front-desk-20260303-090000-daily.sqlite3');
    expect(daily[13]).toBe('front-desk-20260316-090000-daily.sqlite3');

    const core = open(dir, day(17));
    expect(value(await core.handle('backups.setKeep', { keep: 3 }))).toEqual({ keep: 3 });
    expect(names(dir)).toHaveLength(3);
    expect(value<{ keep: number }>(await core.handle('backups.list', {})).keep).toBe(3);
    expect((await core.handle('backups.setKeep', { keep: 0 })).ok).toBe(false);
    expect((await core.handle('backups.setKeep', { keep: 3, extra: 1 })).ok).toBe(false);
    core.close();
  });

  it('keeps the backups of today after the clock was wrong: ahead once, or now behind', async () => {
    const dir = tempDir();
    // Fourteen starts with the clock ten years ahead, then the clock is put right.
    for (let d = 1; d <= 14; d++) open(dir, new Date(2036, 2, d, 9)).close();
    for (let d = 1; d <= 3; d++) open(dir, day(d)).close();
    const kept = names(dir);
    expect(kept).toHaveLength(14);
    // The backups of the real days stay; the oldest of the future-dated ones went instead.
    for (let d = 1; d <= 3; d++) expect(kept).toContain(`front-desk-2026030${d}-090000-daily.sqlite3`);
    expect(kept).not.toContain('front-desk-20360301-090000-daily.sqlite3');
    // A clock now behind every backup (a dead battery): today's backup is still made and kept.
    open(dir, new Date(2000, 0, 1, 9)).close();
    expect(names(dir)).toContain('front-desk-20000101-090000-daily.sqlite3');
    expect(names(dir)).toHaveLength(14);
  });

  it('backs up on demand into the folder or to a chosen file (never over one), listed with what it holds', async () => {
    const dir = tempDir();
    const core = open(dir, day(2));
    try {
      for (const name of ['Ann', 'Bob']) value(await core.handle('calls.save', call(name)));
      const made = value<{ path: string; bytes: number }>(await core.handle('backups.create', { to: 'folder' }));
      expect(path.basename(made.path)).toBe('front-desk-20260302-090000-manual.sqlite3');
      const chosen = path.join(tempDir(), 'my copy.sqlite3');
      value(await core.handle('backups.create', { to: 'file', path: chosen }));
      expect(await core.handle('backups.create', { to: 'file', path: chosen })).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(await core.handle('backups.create', { to: 'file', path: 'relative.sqlite3' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const copy = new BetterSqlite3(chosen, { readonly: true });
      expect(copy.prepare('SELECT count(*) FROM calls').pluck().get()).toBe(2);
      copy.close();

      const list = value<{ backups: { name: string; kind: string; bytes: number; contents: unknown }[] }>(
        await core.handle('backups.list', {}),
      );
      const manual = list.backups.find((b) => b.kind === 'manual')!;
      expect(manual.bytes).toBeGreaterThan(0);
      expect(manual.contents).toMatchObject({ version: latestVersion, calls: 2, forms: 0 });
      // Clients are counted since migration 004 made their table, forms since 005.
      expect(typeof (manual.contents as { clients: unknown }).clients).toBe('number');
      const daily = list.backups.find((b) => b.kind === 'daily')!;
      expect(daily.contents).toMatchObject({ calls: 0 });
    } finally {
      core.close();
    }
  });

  it('restores a checked backup after confirmation, keeps the current database, and reopens on it', async () => {
    const dir = tempDir();
    const core = open(dir, day(3));
    try {
      value(await core.handle('calls.save', call('Before')));
      const backup = path.basename(value<{ path: string }>(await core.handle('backups.create', { to: 'folder' })).path);
      value(await core.handle('calls.save', call('After')));
      const source = { kind: 'backup', name: backup };

      expect(value(await core.handle('backups.check', { source }))).toMatchObject({ ok: true, contents: { calls: 1 } });
      expect((await core.handle('backups.restore', { source })).ok).toBe(false); // not confirmed
      expect(value<{ total: number }>(await core.handle('calls.search', {})).total).toBe(2);

      const restored = value<{ keptAs: string | null }>(await core.handle('backups.restore', { source, confirmed: true }));
      expect(restored.keptAs).toMatch(/^front-desk-20260303-090000-before-restore\.sqlite3$/);
      expect(core.info.storage).toEqual({ state: 'ok' });
      const rows = value<{ rows: { callerName: string }[] }>(await core.handle('calls.search', {})).rows;
      expect(rows.map((r) => r.callerName)).toEqual(['Before']);
      // The database it replaced is a backup too, and can be restored back.
      const kept = value(await core.handle('backups.check', { source: { kind: 'backup', name: restored.keptAs } }));
      expect(kept).toMatchObject({ ok: true, contents: { calls: 2 } });
      value(await core.handle('calls.save', call('Still writable')));
    } finally {
      core.close();
    }
  });

  it('leaves no checked copy behind when replacing the database fails, and changes nothing', async () => {
    const dir = tempDir();
    const core = open(dir, day(3));
    try {
      value(await core.handle('calls.save', call('Before')));
      const chosen = path.join(tempDir(), 'chosen.sqlite3');
      value(await core.handle('backups.create', { to: 'file', path: chosen }));
      value(await core.handle('calls.save', call('After')));
      // The backups folder cannot be made (a file is in its place): replacing fails before
      // it touches the database.
      fs.rmSync(backupsDir(dir), { recursive: true, force: true });
      fs.writeFileSync(backupsDir(dir), 'in the way');
      const failed = await core.handle('backups.restore', { source: { kind: 'file', path: chosen }, confirmed: true });
      expect(failed.ok).toBe(false);
      const left = fs.existsSync(path.join(dir, 'restore-check')) ? fs.readdirSync(path.join(dir, 'restore-check')) : [];
      expect(left).toEqual([]);
      expect(value<{ total: number }>(await core.handle('calls.search', {})).total).toBe(2);
    } finally {
      core.close();
    }
  });

  it('migrates an older backup on a copy, leaving the chosen file unchanged', async () => {
    const dir = tempDir();
    const old = path.join(tempDir(), 'v1.sqlite3');
    const v1 = openDatabase(old, { migrations: migrations.slice(0, 1) });
    v1.prepare("INSERT INTO settings (key, value) VALUES ('businessName', 'Old Clinic')").run();
    v1.pragma('journal_mode = DELETE');
    v1.close();
    const before = fs.readFileSync(old);
    const core = open(dir, day(4));
    try {
      const source = { kind: 'file', path: old };
      // What an earlier version's check left behind goes with the next check.
      fs.mkdirSync(path.join(dir, 'restore-check'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'restore-check', 'restore-41-1764300000000.sqlite3.backup-v1-20261128T000000000Z'), 'old copy');
      expect(value(await core.handle('backups.check', { source }))).toMatchObject({ ok: true, contents: { version: latestVersion } });
      // Checking leaves nothing behind: no copy, and no copy of the copy taken before migrating.
      expect(fs.readdirSync(path.join(dir, 'restore-check'))).toEqual([]);
      value(await core.handle('backups.restore', { source, confirmed: true }));
      expect(value<{ businessName: string }>(await core.handle('settings.get', {})).businessName).toBe('Old Clinic');
    } finally {
      core.close();
    }
    expect(fs.readFileSync(old).equals(before)).toBe(true);
  });

  it('refuses a file that fails a check, with the reason, and changes nothing', async () => {
    const dir = tempDir();
    const other = tempDir();
    const notDb = path.join(other, 'letter.sqlite3');
    fs.writeFileSync(notDb, 'Dear reader,\n'.repeat(500));
    const foreign = path.join(other, 'foreign.sqlite3');
    const f = new BetterSqlite3(foreign);
    f.exec('CREATE TABLE notes (x TEXT)');
    f.close();
    const newer = path.join(other, 'newer.sqlite3');
    const n = openDatabase(newer);
    n.pragma(`user_version = ${latestVersion + 1}`);
    n.close();
    // A Front Desk file whose protective triggers were dropped (a signed form could then change).
    const unguarded = path.join(other, 'unguarded.sqlite3');
    const u = openDatabase(unguarded);
    u.exec('DROP TRIGGER intake_forms_locked');
    u.pragma('journal_mode = DELETE');
    u.close();
    const damaged = path.join(other, 'damaged.sqlite3');
    const seeded = open(tempDir(), day(5));
    for (let i = 0; i < 100; i++) value(await seeded.handle('calls.save', { ...call(`C${i}`), note: 'n'.repeat(1900) }));
    value(await seeded.handle('backups.create', { to: 'file', path: damaged }));
    seeded.close();
    damagePages(damaged);

    const core = open(dir, day(5));
    try {
      value(await core.handle('calls.save', call('Mine')));
      const dbBefore = value<{ total: number }>(await core.handle('calls.search', {})).total;
      const cases: [string, string][] = [
        [notDb, 'not-a-database'],
        [foreign, 'not-front-desk'],
        [unguarded, 'not-front-desk'],
        [newer, 'newer-version'],
        [damaged, 'damaged'],
        [path.join(other, 'missing.sqlite3'), 'missing'],
      ];
      for (const [file, reason] of cases) {
        const source = { kind: 'file', path: file };
        expect(value(await core.handle('backups.check', { source })), reason).toEqual({ ok: false, reason, contents: null });
        expect(await core.handle('backups.restore', { source, confirmed: true }), reason).toEqual({
          ok: false,
          error: { code: 'conflict', details: { reason } },
        });
      }
      expect(await core.handle('backups.check', { source: { kind: 'backup', name: '../front-desk.sqlite3' } })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(value<{ total: number }>(await core.handle('calls.search', {})).total).toBe(dbBefore);
      expect(names(dir).filter((x) => x.includes('before-restore'))).toEqual([]);
    } finally {
      core.close();
    }
  }, 30_000);

  it('a damaged database at start: the newest good backup restores it', async () => {
    const dir = tempDir();
    const first = open(dir, day(6));
    for (let i = 0; i < 100; i++) value(await first.handle('calls.save', { ...call(`C${i}`), note: 'n'.repeat(1900) }));
    first.close();
    const second = open(dir, day(7)); // the daily backup of the 7th holds the 100 calls
    second.close();
    damagePages(path.join(dir, DATABASE_FILE));

    const core = open(dir, day(7, 12));
    try {
      expect(core.info.storage).toEqual({ state: 'damaged' });
      const list = value<{ backups: { name: string; contents: { calls: number } | null }[] }>(await core.handle('backups.list', {}));
      const newest = list.backups[0]!;
      expect(newest.contents?.calls).toBe(100);
      const restored = value<{ keptAs: string | null }>(
        await core.handle('backups.restore', { source: { kind: 'backup', name: newest.name }, confirmed: true }),
      );
      expect(core.info.storage).toEqual({ state: 'ok' });
      expect(value<{ total: number }>(await core.handle('calls.search', {})).total).toBe(100);
      // The damaged file is kept as it was, byte for byte, in case something can be recovered from it.
      expect(fs.existsSync(path.join(backupsDir(dir), restored.keptAs ?? ""))).toBe(true);
    } finally {
      core.close();
    }
  }, 30_000);
});

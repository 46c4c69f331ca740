// Storage faults at start and while running: the core starts anyway, says which fault (a
// code the screens turn into a sentence), writes nothing to a damaged or foreign file, and
// never puts SQLite's own words in an answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openFrontDesk } from '../../../electron/app/front-desk';
import { latestVersion } from '../../../electron/db/migrations';
import { ended, holdLockElsewhere } from '../db/lock-holder';
import { damagePages } from './damage';
import { fillDisk, isRoot, makeReadOnly, withMount } from './filesystems';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'front-desk-faults-'));
const open = (dataDir: string, log: (m: string, e?: unknown) => void = () => {}) =>
  openFrontDesk({ dataDir, host: 'web', version: 't', systemLocale: 'ko-KR', log, now: () => new Date(2026, 2, 2, 10) });

const call = (n: number) => ({
  kind: 'session' as const,
  caller: { name: `손님 ${n}`, phone: `010-0000-${String(n).padStart(4, '0')}` },
  quoteLang: 'ko' as const,
  request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  outcome: 'thinking' as const,
  note: 'x'.repeat(1900),
});

async function withCalls(dataDir: string, count: number) {
  const core = open(dataDir);
  for (let i = 0; i < count; i++) expect((await core.handle('calls.save', call(i))).ok).toBe(true);
  core.close();
}

const noSqliteWords = (answer: unknown) => expect(JSON.stringify(answer)).not.toMatch(/sqlite|malformed|readonly database|not a database/i);

describe('storage faults', () => {
  it('a damaged database: found at start, opened read-only, no write reaches it, reads still answered', async () => {
    const dir = tempDir();
    await withCalls(dir, 100);
    const file = path.join(dir, DATABASE_FILE);
    damagePages(file);
    const before = fs.readFileSync(file);
    const logged: unknown[] = [];
    const core = open(dir, (_m, e) => logged.push(e));
    try {
      expect(core.info.storage).toEqual({ state: 'damaged' });
      const write = await core.handle('settings.update', { businessName: 'x' });
      expect(write).toEqual({ ok: false, error: { code: 'storage', details: { fault: 'damaged' } } });
      const save = await core.handle('calls.save', call(999));
      expect(save).toMatchObject({ ok: false, error: { code: 'storage', details: { fault: 'damaged' } } });
      noSqliteWords(save);
      expect((await core.handle('settings.get', {})).ok).toBe(true);
      expect((await core.handle('catalog.get', {})).ok).toBe(true);
      expect(logged.length).toBeGreaterThan(0);
    } finally {
      core.close();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  }, 30_000);

  it('a file that is not a database: fault "not-a-database", the file untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, 'this is a letter, not a database\n'.repeat(200));
    const before = fs.readFileSync(file);
    const core = open(dir);
    try {
      expect(core.info.storage).toEqual({ state: 'fault', fault: 'not-a-database' });
      const answer = await core.handle('calls.search', {});
      expect(answer).toEqual({ ok: false, error: { code: 'storage', details: { fault: 'not-a-database' } } });
      // The screens still get a language (the system's) to say it in.
      expect(await core.handle('settings.get', {})).toMatchObject({ ok: true, value: { uiLanguage: 'ko' } });
    } finally {
      core.close();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a database from a newer app: fault "newer-version", unchanged', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) STRICT');
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    const core = open(dir);
    expect(core.info.storage).toEqual({ state: 'fault', fault: 'newer-version' });
    core.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it.skipIf(!isRoot)('a disk that fills up while running: fault "disk-full", the last good data kept', async () => {
    await withMount(4 * 1024 * 1024, async (dir) => {
      const core = open(dir);
      try {
        expect(core.info.storage).toEqual({ state: 'ok' });
        fillDisk(dir);
        let answer: unknown;
        for (let i = 0; i < 500; i++) {
          answer = await core.handle('calls.save', call(i));
          if (!(answer as { ok: boolean }).ok) break;
        }
        expect(answer).toEqual({ ok: false, error: { code: 'storage', details: { fault: 'disk-full' } } });
        noSqliteWords(answer);
        expect((await core.handle('calls.search', {})).ok).toBe(true);
      } finally {
        core.close();
      }
    });
  });

  it('a read-only data folder: fault "read-only" at start, nothing changed', async () => {
    await withMount(8 * 1024 * 1024, async (dir) => {
      await withCalls(dir, 3);
      const before = fs.readFileSync(path.join(dir, DATABASE_FILE));
      makeReadOnly(dir);
      const core = open(dir);
      try {
        expect(core.info.storage).toEqual({ state: 'fault', fault: 'read-only' });
        expect(await core.handle('settings.update', { businessName: 'x' })).toEqual({
          ok: false,
          error: { code: 'storage', details: { fault: 'read-only' } },
        });
      } finally {
        core.close();
      }
      expect(fs.readFileSync(path.join(dir, DATABASE_FILE)).equals(before)).toBe(true);
    });
  });

  it('a data folder held by another running copy: fault "locked", nothing opened', async () => {
    const dir = tempDir();
    const other = await holdLockElsewhere(dir);
    try {
      const core = open(dir);
      expect(core.info.storage).toEqual({ state: 'fault', fault: 'locked' });
      expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(false);
      expect(await core.handle('calls.search', {})).toMatchObject({ error: { code: 'storage', details: { fault: 'locked' } } });
      core.close();
    } finally {
      other.kill('SIGKILL');
    }
    // Once that copy is gone (killed: it released nothing) the folder is free again.
    await ended(other);
    const core = open(dir);
    expect(core.info.storage).toEqual({ state: 'ok' });
    core.close();
  });

});

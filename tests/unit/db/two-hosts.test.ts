// Two copies started at the same moment on a new data folder (e.g. the Electron app and the
// web host): the database is created and migrated once, and never fails half-way.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../../electron/db/migrations';
import { tempDir } from './tmp';

const tsx = createRequire(import.meta.url).resolve('tsx');
const script = path.join(import.meta.dirname, 'processes', 'open-at.ts');

/** Starts a host process; `started` resolves once it is loaded and about to open. */
export function startAt(mode: 'db' | 'core', dataDir: string, at: number, holdMs = 0, started = () => {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, mode, dataDir, String(at), String(holdMs)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.startsWith('started\n')) started();
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out.replace(/^started\n/, '').trim()));
  });
}

describe('two hosts starting at once on a new folder', () => {
  it('both open the database: the version is read inside the write transaction', async () => {
    // Made certain rather than left to timing: a third connection holds the write lock on
    // the new (empty) file while both hosts read its version (0) and queue for the lock.
    const dir = tempDir();
    const file = path.join(dir, 'front-desk.sqlite3');
    const holder = new BetterSqlite3(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('BEGIN IMMEDIATE');
    let ready = 0;
    let release = () => {};
    const bothStarted = new Promise<void>((resolve) => (release = resolve));
    const onStarted = () => ++ready === 2 && release();
    const hosts = Promise.all([startAt('db', dir, 0, 0, onStarted), startAt('db', dir, 0, 0, onStarted)]);
    await bothStarted;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    holder.exec('COMMIT');
    holder.close();
    expect(await hosts).toEqual(['ok', 'ok']);
    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();
  }, 60_000);
});

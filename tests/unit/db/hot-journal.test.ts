// A writer killed in the middle of a transaction on a rollback-journal database (another
// SQLite tool, or a restored backup, which is in rollback-journal mode) leaves a "hot"
// journal. The next start must roll it back and open, not fail on a read-only peek.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { tempDir } from './tmp';

const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3');

/** Starts a writer process that spills a big transaction to the file, says "ready", then
 *  waits to be killed. */
function killWriterMidTransaction(file: string): Promise<void> {
  const script = `
    const Database = require(${JSON.stringify(betterSqlite3)});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('cache_size = 2');
    db.exec('BEGIN IMMEDIATE');
    const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (let i = 0; i < 2000; i++) put.run('half-written-' + i, 'x'.repeat(500));
    process.stdout.write('ready');
    setInterval(() => {}, 1000);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', () => child.kill('SIGKILL'));
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended ${signal}`))));
  });
}

describe('a hot rollback journal left by a killed writer', () => {
  it('is rolled back at the next start, which opens with the data as it was before', async () => {
    const file = path.join(tempDir(), 'front-desk.sqlite3');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('businessName', 'Kept')").run();
    db.close();
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = DELETE'); // as a restored backup or another tool leaves it
    raw.close();

    await killWriterMidTransaction(file);
    expect(fs.statSync(`${file}-journal`).size).toBeGreaterThan(0);

    const reopened = openDatabase(file);
    try {
      expect(reopened.pragma('quick_check', { simple: true })).toBe('ok');
      expect(reopened.prepare("SELECT value FROM settings WHERE key = 'businessName'").pluck().get()).toBe('Kept');
      expect(reopened.prepare("SELECT count(*) FROM settings WHERE key LIKE 'half-written-%'").pluck().get()).toBe(0);
      expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reopened.close();
    }
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
  });
});

// A prescription's scan file exists only with the row that names it: the scan is health data,
// and a file left in scans/ without its row is never shown, never erased, never deleted.
// (Inside the core's write transaction the create was only a savepoint: a failure after it,
// the write-log row standing in for a failed commit, left the file and no prescription.)
import BetterSqlite3 from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../electron/app/front-desk';
import { openTestFrontDesk } from '../../support/core';

let failWriteLog = false;
vi.mock('../../../electron/services/network/write-log', async (original) => {
  const actual = await original<typeof import('../../../electron/services/network/write-log')>();
  return {
    ...actual,
    recordWrite: (...args: Parameters<typeof actual.recordWrite>) => {
      if (failWriteLog) throw new Error('database or disk is full');
      return actual.recordWrite(...args);
    },
  };
});
afterEach(() => {
  failWriteLog = false;
});

const pdf = Buffer.from('%PDF-1.4\nx\n').toString('base64');
const withScan = (clientId: number) => ({
  clientId,
  issuedOn: '2026-11-02',
  prescriber: { name: '김정민' },
  diagnoses: [{ code: 'M54.6' }],
  areas: [{ region: 'upper-back' as const }],
  scan: { type: 'application/pdf' as const, data: pdf },
});

/** The files in scans/ and the files the prescription rows name, as another connection sees them. */
function filesAndRows(dir: string) {
  const db = new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });
  try {
    const named = db.prepare('SELECT scan_file FROM prescriptions WHERE scan_file IS NOT NULL').pluck().all() as string[];
    return { files: readdirSync(join(dir, 'scans')).sort(), named: named.sort() };
  } finally {
    db.close();
  }
}

describe('a prescription with a scan', () => {
  it('a failing write-log row leaves no scan file without its prescription', async () => {
    const { ok, core, dir } = openTestFrontDesk();
    const client = await ok('clients.create', { name: '김민지', lang: 'ko' });
    failWriteLog = true;
    const answer = await core.handle('prescriptions.create', withScan(client.id));
    const { files, named } = filesAndRows(dir);
    expect(files).toEqual(named); // every file has its row
    expect(answer.ok).toBe(true); // the log row follows the commit: the prescription is saved
    expect(files).toHaveLength(1);
  });

  it('a write that fails after the file is written removes the file', async () => {
    const { ok, refused, dir, logged } = openTestFrontDesk();
    const client = await ok('clients.create', { name: '김민지', lang: 'ko' });
    const other = new BetterSqlite3(join(dir, DATABASE_FILE));
    other.exec("CREATE TRIGGER full_disk BEFORE INSERT ON prescriptions BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    other.close();
    expect((await refused('prescriptions.create', withScan(client.id))).code).toBe('internal');
    expect(filesAndRows(dir)).toEqual({ files: [], named: [] });
    expect(logged.join('\n')).not.toContain(pdf); // the scan's bytes never reach the log
  });
});

// The erase deletes a client's scan files only after its rows are committed: at the moment a
// file goes, another connection already sees the client erased. (Inside the core's own write
// transaction the erase was a savepoint, and a failed commit would have left prescriptions
// pointing at deleted files.)
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../../electron/app/front-desk';
import { openTestFrontDesk } from '../../support/core';

const seen: (string | null)[] = [];
let watch: (() => void) | null = null;
vi.mock('../../../electron/services/prescriptions/scans', async (original) => {
  const actual = await original<typeof import('../../../electron/services/prescriptions/scans')>();
  return {
    ...actual,
    removeScan: (...args: Parameters<typeof actual.removeScan>) => {
      watch?.();
      return actual.removeScan(...args);
    },
  };
});

describe('erasing a client with scans', () => {
  it('deletes the files after the erase is committed', async () => {
    const { ok, dir } = openTestFrontDesk();
    const client = await ok('clients.create', { name: '김민지', lang: 'ko' });
    await ok('prescriptions.create', {
      clientId: client.id,
      issuedOn: '2026-11-02',
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'M54.6' }],
      areas: [{ region: 'upper-back' }],
      scan: { type: 'application/pdf', data: Buffer.from('%PDF-1.4\nx\n').toString('base64') },
    });
    watch = () => {
      const other = new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });
      try {
        seen.push(other.prepare('SELECT erased_at FROM clients WHERE id = ?').pluck().get(client.id) as string | null);
      } finally {
        other.close();
      }
    };
    await ok('clients.erase', { id: client.id, confirmation: '김민지' });
    watch = null;
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBeNull();
  });
});

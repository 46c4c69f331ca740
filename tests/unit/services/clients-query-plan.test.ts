// Client search and a client's calls must walk an index newest first: never a sort of all
// matches (USE TEMP B-TREE) nor a scan of the clients table behind a filter.
import { describe, it, expect } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { ClientFilter } from '../../../shared/api/clients';
import { buildClientQuery, clientCountSql, clientListSql } from '../../../electron/services/clients/search';
import { clientCallsSql } from '../../../electron/services/clients/calls';
import { seedManyClients } from '../../support/seed-clients';
import { dbWith } from './fixtures';

function plan(db: Database, sql: string, params: unknown): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
}
const listPlan = (db: Database, f: ClientFilter) => {
  const q = buildClientQuery(f);
  return plan(db, clientListSql(q), { ...q.params, limit: 50, offset: 0 });
};

describe('client search query plans', () => {
  const db = dbWith();
  seedManyClients(db, 3000, { now: new Date(2026, 2, 1) });

  it('3+ characters (names, initials, digits, email) read the trigram index, rows by rowid', () => {
    for (const text of ['김민지', 'ㄱㅁㅈ', '5678', '010-1234', 'gmail.com', 'Smith']) {
      for (const includeArchived of [false, true]) {
        const p = listPlan(db, { text, includeArchived });
        expect(p[0], text).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M/);
        expect(p, text).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)');
        expect(p.join(' | '), text).not.toMatch(/TEMP B-TREE|SCAN c\b/);
      }
      const q = buildClientQuery({ text });
      expect(plan(db, clientCountSql(q), q.params).join(' | ')).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    }
  });

  it('1-2 characters read the word-prefix index, newest first, no sort', () => {
    for (const text of ['김', 'ㄱㅁ', 'Jo', '01', '김 5678', 'user12@naver.com']) {
      const p = listPlan(db, { text }).join(' | ');
      expect(p, text).toMatch(/SCAN [fw] VIRTUAL TABLE INDEX \d+:M/);
      expect(p, text).not.toMatch(/TEMP B-TREE|SCAN c\b/);
    }
  });

  it('the plain list walks the rowid backwards; a client\'s calls walk calls_by_client', () => {
    expect(listPlan(db, {})).toEqual(['SCAN c']); // rowid order, stops at LIMIT
    const calls = plan(db, clientCallsSql, [1, 200, 0]).join(' | ');
    expect(calls).toMatch(/SEARCH c USING INDEX calls_by_client \(client_id=\?\)/);
    expect(calls).not.toMatch(/TEMP B-TREE/);
  });
});

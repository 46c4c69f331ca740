// The call-search and list queries must use the FTS index, the rowid and the indexes, never
// a sort of all matches (USE TEMP B-TREE) nor a table scan hidden behind a filter.
import { describe, it, expect } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { CallFilter } from '../../../shared/api/calls';
import { readCatalog } from '../../../electron/services/catalog';
import { seedManyCalls } from '../../support/seed-calls';
import { buildQuery, countSql, listSql } from '../../../electron/services/calls/search';
import { byPhoneSql } from '../../../electron/services/calls/by-phone';
import { dbWith } from './fixtures';

function plan(db: Database, sql: string, params: Record<string, unknown>): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
}

function listPlan(db: Database, filter: CallFilter): string[] {
  const q = buildQuery(filter);
  return plan(db, listSql(q), { ...q.params, limit: 100, offset: 0 });
}

describe('call search query plans', () => {
  const db = dbWith();
  seedManyCalls(db, 3000, readCatalog(db), { now: new Date(2026, 2, 1) });
  // No ANALYZE: the app never runs it, so the plans checked are the plans users get.

  it('walks newest first without sorting, for every filter', () => {
    const filters: CallFilter[] = [
      {},
      { text: '김민수' },
      { text: '5678' },
      { text: '민수' },
      { text: '김' },
      { text: 'Jo' },
      { text: '01' },
      { text: '김', from: '2025-06-01', to: '2025-06-30', outcome: 'thinking' },
      { text: '김 5678', from: '2025-06-01', to: '2025-06-30', outcome: 'thinking' },
      { outcome: 'thinking' },
      { kind: 'enrollment' },
      { followUpDueBy: '2026-02-01' },
      { from: '2025-06-01', to: '2025-06-30' },
      { text: '010', from: '2025-06-01', to: '2025-06-30', outcome: 'booked' },
    ];
    for (const f of filters) expect(listPlan(db, f).join(' | '), JSON.stringify(f)).not.toMatch(/TEMP B-TREE/);
  });

  it('text of 3+ characters is answered by the FTS5 index, rows fetched by rowid', () => {
    for (const text of ['김민수', '5678', 'parking', '010-1234']) {
      const p = listPlan(db, { text, outcome: 'thinking' });
      expect(p[0], text).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M/);
      expect(p, text).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)');
      expect(p.some((d) => /^SCAN c\b/.test(d)), text).toBe(false);
      const q = buildQuery({ text });
      expect(plan(db, countSql(q), q.params).join(' | ')).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    }
  });

  it('text of 1-2 characters is answered by the word index (prefix), newest first, no sort', () => {
    for (const f of [{ text: '김' }, { text: 'Jo' }, { text: '01' }, { text: '김 Jo' }, { text: '이', outcome: 'booked' as const }]) {
      const p = listPlan(db, f);
      const where = JSON.stringify(f);
      expect(p[0], where).toMatch(/^SCAN w VIRTUAL TABLE INDEX \d+:M/);
      expect(p, where).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)');
      expect(p.some((d) => /^SCAN c\b/.test(d) || /TEMP B-TREE/.test(d)), where).toBe(false);
      const q = buildQuery(f);
      const count = plan(db, countSql(q), q.params).join(' | ');
      expect(count, where).toMatch(/SCAN w VIRTUAL TABLE INDEX \d+:M/);
      expect(count, where).not.toMatch(/TEMP B-TREE/);
    }
    // with dates: the word index walk is bounded by the rowid range ("><")
    const dated = listPlan(db, { text: '김', from: '2025-06-01', to: '2025-06-30', outcome: 'thinking' });
    expect(dated[0]).toMatch(/^SCAN w VIRTUAL TABLE INDEX \d+:M\d*></);
    expect(dated.join(' | ')).not.toMatch(/TEMP B-TREE|SCAN c\b/);
  });

  it('a short word next to a long one: the trigram walk leads, the short word filters its rows', () => {
    for (const f of [{ text: '김 5678' }, { text: '발 마사지', from: '2025-06-01', to: '2025-06-30', outcome: 'booked' as const }]) {
      const p = listPlan(db, f);
      const where = JSON.stringify(f);
      expect(p[0], where).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M/);
      expect(p, where).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)');
      expect(p.join(' | '), where).not.toMatch(/calls_words|TEMP B-TREE|SCAN c\b/);
    }
  });

  it('outcome and date filters seek their index / a rowid range instead of scanning', () => {
    expect(listPlan(db, { outcome: 'booked' })).toContain('SEARCH c USING INDEX calls_by_outcome (outcome=?)');
    const dates = listPlan(db, { from: '2025-06-01', to: '2025-06-30' });
    expect(dates[0]).toBe('SEARCH c USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)');
    expect(dates.join(' | ')).toMatch(/SEARCH calls USING COVERING INDEX calls_by_created/);
    const textAndDates = listPlan(db, { text: '010', from: '2025-06-01', to: '2025-06-30' });
    expect(textAndDates[0]).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M1></); // FTS with rowid bounds
  });

  it('once the clock was set back (ids no longer follow time), dates filter created_at alone: no rowid bounds, still no sort', () => {
    const range = { from: '2025-06-01', to: '2025-06-30' };
    const cases: [CallFilter, RegExp][] = [
      [range, /^SCAN c$/],
      [{ ...range, text: '010', outcome: 'booked' }, /^SCAN f VIRTUAL TABLE INDEX \d+:M\d*$/],
      [{ ...range, text: '김', outcome: 'thinking' }, /^SCAN w VIRTUAL TABLE INDEX \d+:M\d*$/],
      [{ from: range.from, text: '김 5678' }, /^SCAN f VIRTUAL TABLE INDEX \d+:M\d*$/],
    ];
    for (const [f, first] of cases) {
      const where = JSON.stringify(f);
      const q = buildQuery(f, false);
      expect(q.where, where).toEqual(expect.arrayContaining(['+c.created_at >= @fromAt']));
      const p = plan(db, listSql(q), { ...q.params, limit: 100, offset: 0 });
      expect(p[0], where).toMatch(first); // the walk has no rowid bounds ("><" / "rowid>?")
      expect(p.join(' | '), where).not.toMatch(/TEMP B-TREE|calls_by_created|rowid[<>]/);
      expect(plan(db, countSql(q), q.params).join(' | '), where).not.toMatch(/TEMP B-TREE|rowid[<>]/);
    }
  });

  it('the plain list reads the newest rows by rowid and stops at LIMIT', () => {
    // "SCAN c" here is a backwards rowid walk with no sort: it reads limit + offset rows.
    expect(listPlan(db, {})).toEqual(['SCAN c']);
  });

  it('calls by phone use the phone index', () => {
    const p = (db.prepare(`EXPLAIN QUERY PLAN ${byPhoneSql}`).all('+821012345678') as { detail: string }[]).map((r) => r.detail);
    expect(p).toEqual(['SEARCH c USING INDEX calls_by_phone (phone_e164=?)']);
  });
});

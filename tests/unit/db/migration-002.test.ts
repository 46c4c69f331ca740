import { describe, it, expect } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { tableSql } from './tmp';

const upTo002 = () => openDatabase(':memory:', { migrations: migrations.slice(0, 2) });

function insertCall(db: Database, search: string, extra: Partial<Record<string, unknown>> = {}) {
  return db
    .prepare(
      `INSERT INTO calls (created_at, kind, quote_lang, outcome, currency, total, summary_ko, summary_en, search_text, saved_quote, follow_up)
       VALUES (@created_at, 'session', 'ko', @outcome, 'KRW', 100000, '아로마 90분', 'Aroma 90 min', @search, '{}', @follow_up)`,
    )
    .run({ created_at: '2026-03-02T05:04:00.000Z', outcome: 'thinking', follow_up: null, search, ...extra })
    .lastInsertRowid as number;
}

const match = (db: Database, q: string) =>
  db.prepare('SELECT rowid FROM calls_fts WHERE calls_fts MATCH ? ORDER BY rowid').pluck().all(q);

describe('migration 002-calls', () => {
  it('creates the STRICT calls table, its indexes and the FTS5 table at version 2', () => {
    const db = upTo002();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const calls = tableSql(db).find((t) => t.name === 'calls');
    expect(calls?.sql).toMatch(/\)\s*STRICT\s*$/);
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'calls' AND sql IS NOT NULL")
      .pluck()
      .all();
    expect(indexes.sort()).toEqual(['calls_by_created', 'calls_by_follow_up', 'calls_by_outcome', 'calls_by_phone']);
    const fts = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'calls_fts'").pluck().get() as string;
    expect(fts).toMatch(/fts5/i);
    expect(fts).toMatch(/trigram/);
    // every ordinary table except FTS5's own shadow tables is STRICT
    for (const t of tableSql(db).filter((t) => !t.name.startsWith('calls_fts'))) {
      expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    }
    db.close();
  });

  it('keeps the FTS index in sync on insert, update and delete', () => {
    const db = upTo002();
    const a = insertCall(db, '김민수\n01012345678\n아로마\nAroma\n주차 문의');
    const b = insertCall(db, 'Jane Doe\n12125550199\nSwedish\n스웨디시\nasks about parking');
    expect(match(db, '"민수"')).toEqual([]); // 2 characters: below a trigram
    expect(match(db, '"김민수"')).toEqual([a]);
    expect(match(db, '"5678"')).toEqual([a]);
    expect(match(db, '"parking"')).toEqual([b]);
    expect(match(db, '"PARKING"')).toEqual([b]); // case-insensitive
    expect(match(db, '"웨디시"')).toEqual([b]);

    db.prepare("UPDATE calls SET search_text = 'Jane Doe\n12125550199\nSwedish\n스웨디시\ncall back friday' WHERE id = ?").run(b);
    expect(match(db, '"parking"')).toEqual([]);
    expect(match(db, '"friday"')).toEqual([b]);

    db.prepare('DELETE FROM calls WHERE id = ?').run(a);
    expect(match(db, '"김민수"')).toEqual([]);
    // the external-content index agrees with the table
    db.prepare("INSERT INTO calls_fts (calls_fts, rank) VALUES ('integrity-check', 1)").run();
    db.close();
  });

  it('checks outcome, kind, follow-up date and JSON', () => {
    const db = upTo002();
    expect(() => insertCall(db, 'x', { outcome: 'maybe' })).toThrow(/CHECK/);
    expect(() => insertCall(db, 'x', { follow_up: '3/4/2026' })).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO calls (created_at, kind, quote_lang, outcome, currency, total, summary_ko, summary_en, search_text, saved_quote)
           VALUES ('2026-01-01T00:00:00.000Z', 'session', 'ko', 'booked', 'KRW', 1, '', '', '', 'not json')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

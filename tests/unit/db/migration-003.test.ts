import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { tableSql, tempDir } from './tmp';

function insertCall(db: Database, name: string, search: string) {
  return db
    .prepare(
      `INSERT INTO calls (created_at, kind, caller_name, quote_lang, outcome, currency, total, summary_ko, summary_en, search_text, saved_quote)
       VALUES ('2026-03-02T05:04:00.000Z', 'session', @name, 'ko', 'thinking', 'KRW', 100000, '아로마 90분', 'Aroma 90 min', @search, '{}')`,
    )
    .run({ name, search }).lastInsertRowid as number;
}

const words = (db: Database, q: string) =>
  db.prepare('SELECT rowid FROM calls_words WHERE calls_words MATCH ? ORDER BY rowid').pluck().all(q);

const integrityCheck = (db: Database) =>
  db.prepare("INSERT INTO calls_words (calls_words, rank) VALUES ('integrity-check', 1)").run();

describe('migration 003-call-words', () => {
  it('adds the word index to a version-2 file, backfills saved calls and keeps the data', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v2 = openDatabase(file, { migrations: migrations.slice(0, 2) });
    expect(v2.pragma('user_version', { simple: true })).toBe(2);
    const a = insertCall(v2, '김민수', '김민수\n010-1234-5678\n01012345678 821012345678\n아로마\nAroma\n주차 문의');
    const b = insertCall(v2, 'Jane Doe', 'Jane Doe\n02-555-0199\njane@example.com\nSwedish\nAnna Müller asks about parking');
    v2.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 3) });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'calls_words'").pluck().get() as string;
    expect(sql).toMatch(/fts5/i);
    expect(sql).toMatch(/unicode61 remove_diacritics 2/);
    expect(sql).toMatch(/prefix = '1 2'/);
    const triggers = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'calls_words%'").pluck().all();
    expect(triggers.sort()).toEqual(['calls_words_delete', 'calls_words_insert', 'calls_words_update']);
    // calls and the trigram index are as they were
    expect(db.prepare('SELECT count(*) FROM calls').pluck().get()).toBe(2);
    expect(db.prepare(`SELECT rowid FROM calls_fts WHERE calls_fts MATCH '"민수"'`).pluck().all()).toEqual([]);
    expect(db.prepare(`SELECT rowid FROM calls_fts WHERE calls_fts MATCH '"김민수"'`).pluck().all()).toEqual([a]);
    // the calls saved before the migration are in the word index: word prefixes, any field
    expect(words(db, '"김"*')).toEqual([a]);
    expect(words(db, '"민수"*')).toEqual([a]); // a Korean name's given name counts as a word
    expect(words(db, '"수"*')).toEqual([]); // not a substring search
    expect(words(db, '"Ja"*')).toEqual([b]);
    expect(words(db, '"ja"*')).toEqual([b]); // case-folded
    expect(words(db, '"mu"*')).toEqual([b]); // Müller: accents removed
    expect(words(db, '"oe"*')).toEqual([]);
    expect(words(db, '"01"*')).toEqual([a, b]); // 010-..., 0199
    expect(words(db, '"02"*')).toEqual([b]);
    expect(words(db, '"주"*')).toEqual([a]);
    expect(words(db, '"_"*')).toEqual([]); // no letters or digits: no word to match
    integrityCheck(db);
    // every ordinary table except the FTS5 tables' own shadow tables is STRICT
    for (const t of tableSql(db).filter((t) => !/^calls_(fts|words)/.test(t.name))) {
      expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    }
    db.close();
  });

  it('keeps the word index in sync on insert, update and delete', () => {
    const db = openDatabase(':memory:', { migrations: migrations.slice(0, 3) });
    const a = insertCall(db, '이서연', '이서연\n010 9876 4321\n스웨디시\nSwedish');
    const b = insertCall(db, 'John Smith', 'John Smith\njohn@example.com\nasks about parking');
    expect(words(db, '"이"*')).toEqual([a]);
    expect(words(db, '"서연"*')).toEqual([a]);
    expect(words(db, '"Jo"*')).toEqual([b]);
    expect(words(db, '"pa"*')).toEqual([b]);

    db.prepare("UPDATE calls SET search_text = 'John Smith\njohn@example.com\ncall back friday' WHERE id = ?").run(b);
    expect(words(db, '"pa"*')).toEqual([]);
    expect(words(db, '"fr"*')).toEqual([b]);
    db.prepare("UPDATE calls SET caller_name = '최서연', search_text = '최서연' WHERE id = ?").run(a);
    expect(words(db, '"이"*')).toEqual([]);
    expect(words(db, '"최"*')).toEqual([a]);
    expect(words(db, '"서연"*')).toEqual([a]);

    db.prepare('DELETE FROM calls WHERE id = ?').run(a);
    expect(words(db, '"최"*')).toEqual([]);
    expect(words(db, '"서연"*')).toEqual([]);
    expect(words(db, '"Jo"*')).toEqual([b]);
    integrityCheck(db);
    db.close();
  });
});

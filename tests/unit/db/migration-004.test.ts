import path from 'node:path';
import { describe, it, expect } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { tableSql, tempDir } from './tmp';

type Call = { at: string; name: string; phone: string; e164: string | null; email?: string; lang?: 'ko' | 'en' };

function insertCall(db: Database, c: Call): number {
  return Number(
    db
      .prepare(
        `INSERT INTO calls (created_at, kind, caller_name, phone, phone_e164, email, quote_lang, outcome, currency, total, summary_ko, summary_en, search_text, saved_quote)
         VALUES (@at, 'session', @name, @phone, @e164, @email, @lang, 'thinking', 'KRW', 100000, '아로마 90분', 'Aroma 90 min', @name, '{}')`,
      )
      .run({ email: '', lang: 'ko', ...c }).lastInsertRowid,
  );
}

type ClientRow = { id: number; name: string; phone: string | null; email: string; lang: string; created_at: string; updated_at: string; archived_at: string | null; search_text: string };

describe('migration 004-clients', () => {
  it('attaches the calls of a version-3 file to one client per number, named after the latest name', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v3 = openDatabase(file, { migrations: migrations.slice(0, 3) });
    const kim1 = insertCall(v3, { at: '2026-01-02T01:00:00.000Z', name: '김민지', phone: '010-1234-5678', e164: '+821012345678' });
    const jane = insertCall(v3, { at: '2026-01-03T01:00:00.000Z', name: 'Jane Doe', phone: '02-555-0199', e164: '+8225550199', email: 'jane@example.com', lang: 'en' });
    const kim2 = insertCall(v3, { at: '2026-01-04T01:00:00.000Z', name: '김민지 (딸)', phone: '01012345678', e164: '+821012345678', email: 'mj@example.com' });
    const kim3 = insertCall(v3, { at: '2026-01-05T01:00:00.000Z', name: '', phone: '+82 10 1234 5678', e164: '+821012345678' }); // no name: the earlier one stays
    const junk = insertCall(v3, { at: '2026-01-06T01:00:00.000Z', name: '이서연', phone: '12', e164: null });
    const none = insertCall(v3, { at: '2026-01-07T01:00:00.000Z', name: 'Walk-in', phone: '', e164: null });
    v3.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 4) });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const clients = db.prepare('SELECT * FROM clients ORDER BY id').all() as ClientRow[];
    expect(clients.map((c) => [c.name, c.phone, c.email, c.lang, c.created_at, c.updated_at, c.archived_at])).toEqual([
      ['김민지 (딸)', '+821012345678', 'mj@example.com', 'ko', '2026-01-02T01:00:00.000Z', '2026-01-05T01:00:00.000Z', null],
      ['Jane Doe', '+8225550199', 'jane@example.com', 'en', '2026-01-03T01:00:00.000Z', '2026-01-03T01:00:00.000Z', null],
    ]);
    const [kim, doe] = clients as [ClientRow, ClientRow];
    const clientOf = (id: number) => db.prepare('SELECT client_id FROM calls WHERE id = ?').pluck().get(id);
    expect([kim1, kim2, kim3].map(clientOf)).toEqual([kim.id, kim.id, kim.id]);
    expect(clientOf(jane)).toBe(doe.id);
    expect(clientOf(junk)).toBeNull(); // not a valid number: nothing to match on
    expect(clientOf(none)).toBeNull();
    // the calls themselves are unchanged, and findable as before
    expect(db.prepare('SELECT count(*) FROM calls').pluck().get()).toBe(6);
    expect(db.prepare(`SELECT rowid FROM calls_fts WHERE calls_fts MATCH '"Jane"'`).pluck().all()).toEqual([jane]);

    // the clients are searchable: initials, digit runs, word prefixes, given names
    const fts = (q: string) => db.prepare('SELECT rowid FROM clients_fts WHERE clients_fts MATCH ? ORDER BY rowid').pluck().all(q);
    const words = (q: string) => db.prepare('SELECT rowid FROM clients_words WHERE clients_words MATCH ? ORDER BY rowid').pluck().all(q);
    expect(kim.search_text.split('\n')).toEqual(['김민지 (딸)', 'ㄱㅁㅈㄸ', 'mj@example.com', '01012345678 821012345678']);
    expect(fts('"ㄱㅁㅈ"')).toEqual([kim.id]);
    expect(fts('"5678"')).toEqual([kim.id]);
    expect(fts('"0199"')).toEqual([doe.id]);
    expect(fts('"example.com"')).toEqual([kim.id, doe.id]);
    expect(words('"김"*')).toEqual([kim.id]);
    expect(words('"민지"*')).toEqual([kim.id]);
    expect(words('"Ja"*')).toEqual([doe.id]);
    db.prepare("INSERT INTO clients_words (clients_words, rank) VALUES ('integrity-check', 1)").run();
    db.prepare("INSERT INTO clients_fts (clients_fts) VALUES ('integrity-check')").run();

    expect(db.pragma('foreign_key_check')).toEqual([]);
    for (const t of tableSql(db).filter((t) => !/^(calls|clients)_(fts|words)/.test(t.name))) {
      expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    }
    db.close();
  });

  it('keeps one active client per number, refuses numbers that are not E.164, and lets archived records keep theirs', () => {
    const db = openDatabase(':memory:', { migrations: migrations.slice(0, 4) });
    const add = (phone: string | null, archived: string | null = null, name = 'A') =>
      db
        .prepare(
          `INSERT INTO clients (name, phone, lang, created_at, updated_at, archived_at, search_text)
           VALUES (?, ?, 'ko', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, '')`,
        )
        .run(name, phone, archived);
    add('+821012345678');
    expect(() => add('+821012345678')).toThrow(/UNIQUE/);
    add('+821012345678', '2026-02-01T00:00:00.000Z'); // an archived duplicate is allowed
    add(null);
    add(null); // many clients without a number
    for (const bad of ['01012345678', '+0123456789', '+82-10-1234-5678', '+12', '+1234567890123456']) {
      expect(() => add(bad), bad).toThrow(/CHECK/);
    }
    expect(() => add(null, null, '')).toThrow(/CHECK/); // neither a name nor a number
    db.close();
  });

  it('rolls back as a whole: a failure while attaching leaves the file at version 3 with its calls', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v3 = openDatabase(file, { migrations: migrations.slice(0, 3) });
    insertCall(v3, { at: '2026-01-02T01:00:00.000Z', name: '김민지', phone: '010-1234-5678', e164: '+821012345678' });
    v3.close();
    const failing = {
      ...migrations[3]!,
      up(db: Database) {
        migrations[3]!.up(db);
        throw new Error('disk full');
      },
    };
    expect(() => openDatabase(file, { migrations: [...migrations.slice(0, 3), failing] })).toThrow(/004-clients/);
    const db = openDatabase(file, { migrations: migrations.slice(0, 3) });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'clients'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM calls').pluck().get()).toBe(1);
    db.close();
  });
});

// Migration 005: intake forms. The lock is tested with raw SQL, as any other SQLite tool
// would try it: a signed form cannot be updated or deleted, except moved by a merge or
// erased on request (content gone, what and when kept).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { tableSql, tempDir } from './tmp';

const T = '2026-11-27T01:00:00.000Z';

function v5WithClients(): { db: Database; a: number; b: number } {
  const file = path.join(tempDir(), 'fd.sqlite');
  const v4 = openDatabase(file, { migrations: migrations.slice(0, 4) });
  const add = v4.prepare(
    `INSERT INTO clients (name, phone, lang, created_at, updated_at, search_text) VALUES (?, ?, 'ko', '${T}', '${T}', ?)`,
  );
  const a = Number(add.run('김민지', '+821012345678', '김민지').lastInsertRowid);
  const b = Number(add.run('김민지 (중복)', null, '김민지').lastInsertRowid);
  v4.close();
  const db = openDatabase(file, { migrations: migrations.slice(0, 5) });
  return { db, a, b };
}

function draft(db: Database, clientId: number, version = 1, previousId: number | null = null): number {
  return Number(
    db
      .prepare(
        `INSERT INTO intake_forms (client_id, version, previous_id, template_version, lang, status, answers, created_at, updated_at)
         VALUES (?, ?, ?, 1, 'ko', 'draft', '{"a":1}', '${T}', '${T}')`,
      )
      .run(clientId, version, previousId).lastInsertRowid,
  );
}

function sign(db: Database, id: number): void {
  db.prepare(
    `UPDATE intake_forms SET status = 'signed', consent = '{}', signing = '{}', method = 'screen', flags = '["feverToday"]',
       signed_at = '${T}', signed_on = '2026-11-27' WHERE id = ?`,
  ).run(id);
}

describe('migration 005-intake-forms', () => {
  it('adds a STRICT intake_forms table to a version-4 file that has clients', () => {
    const { db } = v5WithClients();
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    const table = tableSql(db).find((t) => t.name === 'intake_forms');
    expect(table?.sql).toMatch(/\) STRICT$/);
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
  });

  it('lets a draft change and be deleted, and a draft be signed', () => {
    const { db, a } = v5WithClients();
    const id = draft(db, a);
    db.prepare(`UPDATE intake_forms SET answers = '{"a":2}' WHERE id = ?`).run(id);
    sign(db, id);
    expect(db.prepare('SELECT status, answers FROM intake_forms WHERE id = ?').get(id)).toEqual({ status: 'signed', answers: '{"a":2}' });
    const other = draft(db, a, 2, id);
    db.prepare('DELETE FROM intake_forms WHERE id = ?').run(other);
    expect(db.prepare('SELECT count(*) FROM intake_forms').pluck().get()).toBe(1);
  });

  it('refuses any UPDATE of a signed form, and its DELETE', () => {
    const { db, a } = v5WithClients();
    const id = draft(db, a);
    sign(db, id);
    const before = db.prepare('SELECT * FROM intake_forms WHERE id = ?').get(id);
    for (const change of [
      `answers = '{"a":3}'`,
      `consent = '{"x":1}'`,
      `signing = '{"x":1}'`,
      `status = 'draft', signed_at = NULL, signed_on = NULL`,
      `flags = '[]'`,
      `signed_at = '2027-01-01T00:00:00.000Z'`,
      `signed_on = '2027-01-01'`,
      `version = 9`,
      `updated_at = '2027-01-01T00:00:00.000Z'`,
      `lang = 'en'`,
      // a merge may move it, but only move it
      `client_id = ${a + 1}, answers = '{"a":4}'`,
      // erasing must drop the content
      `status = 'erased', erased_at = '${T}', flags = '[]'`,
    ]) {
      expect(() => db.prepare(`UPDATE intake_forms SET ${change} WHERE id = ?`).run(id), change).toThrow(/locked|CHECK/);
    }
    expect(() => db.prepare('DELETE FROM intake_forms WHERE id = ?').run(id)).toThrow(/kept/);
    expect(db.prepare('SELECT * FROM intake_forms WHERE id = ?').get(id)).toEqual(before);
  });

  it('lets a merge move a signed form to the kept client', () => {
    const { db, a, b } = v5WithClients();
    const id = draft(db, b);
    sign(db, id);
    db.prepare('UPDATE intake_forms SET client_id = ? WHERE client_id = ?').run(a, b);
    expect(db.prepare('SELECT client_id, status FROM intake_forms WHERE id = ?').get(id)).toEqual({ client_id: a, status: 'signed' });
  });

  it('erases a signed form: what and when kept, the content gone, and then locked too', () => {
    const { db, a } = v5WithClients();
    const id = draft(db, a);
    sign(db, id);
    db.prepare(
      `UPDATE intake_forms SET status = 'erased', answers = NULL, consent = NULL, signing = NULL, flags = '[]',
         erased_at = '2026-12-01T00:00:00.000Z', updated_at = '2026-12-01T00:00:00.000Z' WHERE id = ?`,
    ).run(id);
    expect(db.prepare('SELECT status, version, method, signed_on, erased_at, answers FROM intake_forms WHERE id = ?').get(id)).toEqual({
      status: 'erased',
      version: 1,
      method: 'screen',
      signed_on: '2026-11-27',
      erased_at: '2026-12-01T00:00:00.000Z',
      answers: null,
    });
    expect(() => db.prepare(`UPDATE intake_forms SET answers = '{}' WHERE id = ?`).run(id)).toThrow(/locked/);
    expect(() => db.prepare(`UPDATE intake_forms SET status = 'signed' WHERE id = ?`).run(id)).toThrow(/locked/);
    expect(() => db.prepare('DELETE FROM intake_forms WHERE id = ?').run(id)).toThrow(/kept/);
  });

  it('keeps the rows consistent: a signed form has its content, a form belongs to a client', () => {
    const { db, a } = v5WithClients();
    const id = draft(db, a);
    expect(() => db.prepare(`UPDATE intake_forms SET status = 'signed', signed_at = '${T}', signed_on = '2026-11-27' WHERE id = ?`).run(id)).toThrow(/CHECK/);
    expect(() => draft(db, 999)).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare(`INSERT INTO intake_forms (client_id, version, template_version, lang, status, answers, created_at, updated_at) VALUES (?, 1, 1, 'ko', 'draft', 'not json', '${T}', '${T}')`).run(a),
    ).toThrow(/CHECK/);
  });

  it('finds a client\'s forms and the latest signed ones by index', () => {
    const { db } = v5WithClients();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan('SELECT id FROM intake_forms WHERE client_id = 1 ORDER BY id DESC')).toMatch(/USING (COVERING )?INDEX intake_forms_by_client/);
    expect(plan(`SELECT max(signed_on) FROM intake_forms WHERE client_id = 1 AND status = 'signed'`)).toMatch(/intake_forms_signed/);
  });
});

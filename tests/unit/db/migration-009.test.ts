import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { VERSIONED_TABLES } from '../../../electron/db/migrations/009-row-versions';
import { tableSql, tempDir } from './tmp';

describe('migration 009-row-versions', () => {
  it('gives the rows two desks edit a version, starting at 1 for the rows already there', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const before = openDatabase(file, { migrations: migrations.filter((m) => m.version < 9) });
    const at = '2026-11-27T01:00:00.000Z';
    const clientId = Number(
      before
        .prepare(`INSERT INTO clients (name, lang, created_at, updated_at, search_text) VALUES ('김민지', 'ko', ?, ?, '김민지')`)
        .run(at, at).lastInsertRowid,
    );
    before
      .prepare(
        `INSERT INTO intake_forms (client_id, version, template_version, lang, status, answers, created_at, updated_at)
         VALUES (?, 1, 1, 'ko', 'draft', '{}', ?, ?)`,
      )
      .run(clientId, at, at);
    const plans = before.prepare('SELECT count(*) FROM insurance_plans').pluck().get() as number;
    expect(plans).toBe(3); // the examples of 006
    before.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 9) });
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    for (const table of VERSIONED_TABLES) {
      const versions = db.prepare(`SELECT DISTINCT row_version FROM ${table}`).pluck().all();
      expect(versions, table).toEqual(table === 'calls' ? [] : [1]);
      expect(tableSql(db).find((t) => t.name === table)?.sql, table).toMatch(/\)\s*STRICT\s*$/);
    }
    // the column guards itself: never below 1, always a whole number (STRICT), never null
    const set = (v: unknown) => () => db.prepare('UPDATE clients SET row_version = ?').run(v);
    expect(set(0)).toThrow(/CHECK/);
    expect(set(1.5)).toThrow();
    expect(set(null)).toThrow(/NOT NULL/);
    expect(set(2)).not.toThrow();
    db.close();
  });

  it('leaves a signed intake form locked: its version cannot be used to change it', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'), { migrations });
    const at = '2026-11-27T01:00:00.000Z';
    const clientId = Number(
      db.prepare(`INSERT INTO clients (name, lang, created_at, updated_at, search_text) VALUES ('A', 'ko', ?, ?, 'A')`).run(at, at).lastInsertRowid,
    );
    const formId = Number(
      db
        .prepare(
          `INSERT INTO intake_forms (client_id, version, template_version, lang, status, answers, consent, signing, method,
             created_at, updated_at, signed_at, signed_on) VALUES (?, 1, 1, 'ko', 'signed', '{}', '{}', '{}', 'paper', ?, ?, ?, '2026-11-27')`,
        )
        .run(clientId, at, at, at).lastInsertRowid,
    );
    expect(() => db.prepare(`UPDATE intake_forms SET answers = '{"x":1}', row_version = row_version + 1 WHERE id = ?`).run(formId)).toThrow(/locked/);
    db.close();
  });
});

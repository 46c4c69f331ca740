import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { tableSql, tempDir } from './tmp';

const now = '2026-11-27T10:00:00.000Z';

describe('migration 010-client-erasure', () => {
  it('upgrades a version-7 file: clients kept, not erased; the scan queue is a STRICT table', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v7 = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 7) });
    const id = Number(
      v7.prepare(`INSERT INTO clients (name, lang, created_at, updated_at, search_text) VALUES ('김민지', 'ko', ?, ?, '김민지')`).run(now, now)
        .lastInsertRowid,
    );
    v7.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 10) });
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare('SELECT name, erased_at, erased_counts FROM clients WHERE id = ?').get(id)).toEqual({ name: '김민지', erased_at: null, erased_counts: null });
    expect(tableSql(db).find((t) => t.name === 'scan_deletions')?.sql).toMatch(/STRICT$/);
    db.close();
  });

  it('checks what the columns can say and guards a tombstone', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'), { migrations: migrations.filter((m) => m.version <= 10) });
    const id = Number(
      db.prepare(`INSERT INTO clients (name, lang, created_at, updated_at, search_text) VALUES ('Jane', 'en', ?, ?, 'Jane')`).run(now, now)
        .lastInsertRowid,
    );
    const set = (at: unknown, counts: unknown) => () => db.prepare('UPDATE clients SET erased_at = ?, erased_counts = ? WHERE id = ?').run(at, counts, id);
    expect(set(now, null)).toThrow(/CHECK/); // a time needs its counts
    expect(set(null, '{}')).toThrow(/CHECK/);
    expect(set('yesterday', '{}')).toThrow(/CHECK/);
    expect(set(now, '[1]')).toThrow(/CHECK/);
    const queue = (file: string) => () => db.prepare('INSERT INTO scan_deletions (file, erased_at) VALUES (?, ?)').run(file, now);
    expect(queue('../front-desk.sqlite3')).toThrow(/CHECK/);
    expect(queue('')).toThrow(/CHECK/);
    expect(queue('a3f1.pdf')).not.toThrow();

    expect(set(now, '{"calls":0}')).not.toThrow();
    expect(() => db.prepare("UPDATE clients SET note = 'x' WHERE id = ?").run(id)).toThrow(/client is erased/);
    expect(() => db.prepare('DELETE FROM clients WHERE id = ?').run(id)).toThrow(/client is erased/);
    // a merge may still point the tombstone at the record it now belongs to
    const other = Number(
      db.prepare(`INSERT INTO clients (name, lang, created_at, updated_at, search_text) VALUES ('J', 'en', ?, ?, 'J')`).run(now, now).lastInsertRowid,
    );
    expect(() => db.prepare('UPDATE clients SET merged_into = ? WHERE id = ?').run(other, id)).toThrow(/CHECK/); // merged needs archived
    for (const [table, row] of [
      ['prescriptions', `(client_id, issued_on, prescriber_name, diagnoses, areas, created_at, updated_at) VALUES (${id}, '2026-11-02', 'X', '[]', '[]', 'x', 'x')`],
      ['visits', `(client_id, date, minutes, areas, findings, created_at) VALUES (${id}, '2026-11-02', 60, '[]', '[]', 'x')`],
      ['intake_forms', `(client_id, version, template_version, lang, status, answers, created_at, updated_at) VALUES (${id}, 1, 1, 'ko', 'draft', '{}', '${now}', '${now}')`],
    ] as const) {
      expect(() => db.exec(`INSERT INTO ${table} ${row}`)).toThrow(/client is erased/);
    }
    const live = Number(db.prepare(`INSERT INTO visits (client_id, date, minutes, areas, findings, created_at) VALUES (?, '2026-11-02', 60, '[]', '[]', 'x')`).run(other).lastInsertRowid);
    expect(() => db.prepare('UPDATE visits SET client_id = ? WHERE id = ?').run(id, live)).toThrow(/client is erased/);
    db.close();
  });
});

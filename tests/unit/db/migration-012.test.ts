import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { tempDir } from './tmp';

const now = '2026-11-27T10:00:00.000Z';
type Db = ReturnType<typeof openDatabase>;

const client = (db: Db, name: string) =>
  Number(db.prepare(`INSERT INTO clients (name, lang, created_at, updated_at, search_text) VALUES (?, 'ko', ?, ?, ?)`).run(name, now, now, name).lastInsertRowid);
const prescription = (db: Db, clientId: number) =>
  Number(
    db
      .prepare(
        `INSERT INTO prescriptions (client_id, issued_on, prescriber_name, diagnoses, areas, sessions, note, created_at, updated_at)
         VALUES (?, '2026-11-02', '김정민', '[{"code":"M54.6"}]', '[{"region":"upper-back"}]', 6, '', ?, ?)`,
      )
      .run(clientId, now, now).lastInsertRowid,
  );

describe('migration 012-prescriptions-as-written', () => {
  it('upgrades a version-11 file with its prescriptions as they were', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v11 = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 11) });
    const id = prescription(v11, client(v11, '이서연'));
    // Before 012 nothing stopped raw SQL from rewriting a prescription.
    expect(() => v11.prepare(`UPDATE prescriptions SET sessions = 20 WHERE id = ?`).run(id)).not.toThrow();
    v11.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 12) });
    expect(db.pragma('user_version', { simple: true })).toBe(12);
    expect(db.prepare('SELECT sessions, prescriber_name FROM prescriptions WHERE id = ?').get(id)).toEqual({ sessions: 20, prescriber_name: '김정민' });
    expect(() => db.prepare(`UPDATE prescriptions SET sessions = 6 WHERE id = ?`).run(id)).toThrow(/kept as written/);
    db.close();
  });

  it('refuses a change to what the physician wrote; allows the replacement once, a merge, and erasure', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'), { migrations: migrations.filter((m) => m.version <= 12) });
    const owner = client(db, '이서연');
    const first = prescription(db, owner);
    const second = prescription(db, owner);
    const third = prescription(db, owner);
    for (const change of [
      `areas = '[{"region":"lower-back"}]'`,
      `diagnoses = '[{"code":"M54.5"}]'`,
      `issued_on = '2026-11-01'`,
      `expires_on = '2027-01-01'`,
      `prescriber_name = '박의사'`,
      `sessions = NULL`,
      `per_week = 2`,
      `note = '추가'`,
      `created_at = '2026-11-28T00:00:00.000Z'`,
    ]) {
      expect(() => db.prepare(`UPDATE prescriptions SET ${change} WHERE id = ?`).run(first), change).toThrow(/kept as written/);
    }
    // Replaced once, by the one that replaced it; not again, nor undone.
    expect(() => db.prepare('UPDATE prescriptions SET replaced_by = ?, updated_at = ? WHERE id = ?').run(second, now, first)).not.toThrow();
    expect(() => db.prepare('UPDATE prescriptions SET replaced_by = ? WHERE id = ?').run(third, first)).toThrow(/kept as written/);
    expect(() => db.prepare('UPDATE prescriptions SET replaced_by = NULL WHERE id = ?').run(first)).toThrow(/kept as written/);
    // A merge moves them to the kept client.
    const kept = client(db, '이서연 (중복)');
    expect(() => db.prepare('UPDATE prescriptions SET client_id = ? WHERE client_id = ?').run(kept, owner)).not.toThrow();
    expect(db.prepare('SELECT count(*) FROM prescriptions WHERE client_id = ?').pluck().get(kept)).toBe(3);
    // Erasure on request deletes them.
    expect(() => db.prepare('DELETE FROM prescriptions WHERE client_id = ?').run(kept)).not.toThrow();
    db.close();
  });
});

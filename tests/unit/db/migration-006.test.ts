import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { tableSql, tempDir } from './tmp';

const now = '2026-11-27T10:00:00.000Z';

function client(db: Database, name: string): number {
  return Number(
    db
      .prepare(`INSERT INTO clients (name, lang, created_at, updated_at, search_text) VALUES (?, 'ko', ?, ?, ?)`)
      .run(name, now, now, name).lastInsertRowid,
  );
}

function prescription(db: Database, clientId: number, extra: Record<string, unknown> = {}): number {
  const row = {
    client_id: clientId,
    issued_on: '2026-11-02',
    prescriber_name: '김정민',
    diagnoses: JSON.stringify([{ code: 'M54.6' }]),
    areas: JSON.stringify([{ region: 'upper-back' }]),
    created_at: now,
    updated_at: now,
    ...extra,
  };
  const cols = Object.keys(row);
  return Number(db.prepare(`INSERT INTO prescriptions (${cols}) VALUES (${cols.map((c) => `@${c}`)})`).run(row).lastInsertRowid);
}

describe('migration 006-prescriptions', () => {
  it('upgrades a version-4 file: calls and clients untouched, three example plans seeded', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v4 = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 4) });
    const kim = client(v4, '김민지');
    v4.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 6) });
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(db.prepare('SELECT name FROM clients WHERE id = ?').pluck().get(kim)).toBe('김민지');
    const sqlOf = new Map(tableSql(db).map((t) => [t.name, t.sql]));
    for (const table of ['insurance_plans', 'policies', 'prescriptions', 'visits']) expect(sqlOf.get(table)).toMatch(/STRICT$/);
    const plans = db.prepare('SELECT id, currency, example FROM insurance_plans ORDER BY id').all();
    expect(plans).toEqual([
      { id: 'example-extended-health', currency: 'CAD', example: 1 },
      { id: 'example-kr-indemnity', currency: 'KRW', example: 1 },
      { id: 'example-us-ppo', currency: 'USD', example: 1 },
    ]);
    db.close();
  });

  it('refuses rows that break the rules the columns can check', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'));
    const id = client(db, 'Jane');
    const bad = (f: () => unknown) => expect(f).toThrow(/CHECK constraint failed|FOREIGN KEY|NOT NULL/);
    bad(() => prescription(db, id, { issued_on: '2026-11-2' }));
    bad(() => prescription(db, id, { expires_on: '2026-11-01' })); // before issued_on
    bad(() => prescription(db, id, { prescriber_name: '' }));
    bad(() => prescription(db, id, { areas: '{"region":"neck"}' })); // not a list
    bad(() => prescription(db, id, { sessions: 0 }));
    bad(() => prescription(db, id, { scan_file: 'a.pdf' })); // scan without its type and size
    bad(() => prescription(db, id, { scan_file: 'a.gif', scan_type: 'image/gif', scan_bytes: 10 }));
    bad(() => prescription(db, id, { scan_file: 'a.pdf', scan_type: 'application/pdf', scan_bytes: 10 * 1024 * 1024 + 1 }));
    bad(() => prescription(db, 9999));
    const ok = prescription(db, id, { scan_file: 'a.pdf', scan_type: 'application/pdf', scan_bytes: 10 * 1024 * 1024 });
    bad(() => db.prepare('UPDATE prescriptions SET replaced_by = id WHERE id = ?').run(ok));
    bad(() =>
      db
        .prepare(`INSERT INTO insurance_plans (id, name_ko, name_en, currency, year_start, created_at, updated_at) VALUES ('p', '가', 'A', 'KRW', '02-29', ?, ?)`)
        .run(now, now),
    );
    bad(() =>
      db
        .prepare(`INSERT INTO insurance_plans (id, name_ko, name_en, currency, coverage_percent, created_at, updated_at) VALUES ('p', '가', 'A', 'KRW', 101, ?, ?)`)
        .run(now, now),
    );
    bad(() =>
      db
        .prepare(`INSERT INTO visits (client_id, date, minutes, areas, findings, covered, created_at) VALUES (?, '2026-11-20', 60, '[]', '[]', 1, ?)`)
        .run(id, now),
    ); // covered without a policy
    db.close();
  });

  it('keeps both prescriptions when one replaces the other; erasing a client erases their records', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'));
    const id = client(db, 'Jane');
    const first = prescription(db, id);
    const second = prescription(db, id, { issued_on: '2026-12-01' });
    db.prepare('UPDATE prescriptions SET replaced_by = ? WHERE id = ?').run(second, first);
    const policy = Number(
      db.prepare(`INSERT INTO policies (client_id, plan_id, created_at) VALUES (?, 'example-kr-indemnity', ?)`).run(id, now).lastInsertRowid,
    );
    db.prepare(
      `INSERT INTO visits (client_id, date, minutes, areas, findings, prescription_id, policy_id, covered, price, insurer_paid, created_at)
       VALUES (?, '2026-12-02', 60, '[{"region":"upper-back"}]', '[]', ?, ?, 1, 100000, 70000, ?)`,
    ).run(id, second, policy, now);
    expect(db.prepare('SELECT count(*) FROM prescriptions WHERE client_id = ?').pluck().get(id)).toBe(2);
    db.prepare('DELETE FROM clients WHERE id = ?').run(id);
    for (const table of ['prescriptions', 'visits', 'policies']) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    db.close();
  });

  it('finds a prescription\'s visits and a policy\'s visits by index', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'));
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT date FROM visits WHERE prescription_id = 1 ORDER BY date')).toMatch(/USING (COVERING )?INDEX visits_by_prescription/);
    expect(plan(`SELECT sum(insurer_paid) FROM visits WHERE policy_id = 1 AND covered = 1 AND date BETWEEN '2026-01-01' AND '2026-12-31'`)).toMatch(
      /USING INDEX visits_by_policy/,
    );
    expect(plan('SELECT id FROM prescriptions WHERE client_id = 1 ORDER BY issued_on DESC')).toMatch(/USING (COVERING )?INDEX prescriptions_by_client/);
    db.close();
  });
});

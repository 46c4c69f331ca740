import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { EXAMPLE_PLANS } from '../../../electron/db/migrations/006-prescriptions';
import { tempDir } from './tmp';

const now = '2026-11-27T10:00:00.000Z';
const notes = (db: ReturnType<typeof openDatabase>) =>
  Object.fromEntries(
    (db.prepare('SELECT id, note, row_version FROM insurance_plans ORDER BY id').all() as { id: string; note: string; row_version: number }[]).map((r) => [
      r.id,
      [r.note, r.row_version],
    ]),
  );

describe('migration 011-example-plan-notes', () => {
  it('empties the English notes seeded on the example plans, keeping any note a person wrote', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v10 = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 10) });
    const seeded = EXAMPLE_PLANS.find((p) => p.id === 'example-kr-indemnity')!.note as string;
    expect(seeded).toMatch(/won/); // English, as 006 seeded it
    // The clinic changed one example's note, and wrote the seeded words on a plan of its own.
    v10.prepare(`UPDATE insurance_plans SET note = '우리 병원 기준: 70%', row_version = 2 WHERE id = 'example-us-ppo'`).run();
    v10.prepare(
      `INSERT INTO insurance_plans (id, name_ko, name_en, currency, coverage_percent, note, created_at, updated_at)
       VALUES ('own', '자체 플랜', 'Own plan', 'KRW', 50, ?, ?, ?)`,
    ).run(seeded, now, now);
    v10.close();

    const db = openDatabase(file, { migrations: migrations.filter((m) => m.version <= 11) });
    expect(db.pragma('user_version', { simple: true })).toBe(11);
    expect(notes(db)).toEqual({
      'example-extended-health': ['', 1],
      'example-kr-indemnity': ['', 1],
      'example-us-ppo': ['우리 병원 기준: 70%', 2],
      own: [seeded, 1],
    });
    db.close();
  });

  it('a new database has the example plans with empty notes', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'), { migrations });
    const rows = db.prepare('SELECT note FROM insurance_plans WHERE example = 1').all() as { note: string }[];
    expect(rows.map((r) => r.note)).toEqual(['', '', '']);
    db.close();
  });
});

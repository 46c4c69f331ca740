import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { loadCatalog, storeCatalog } from '../../../electron/services/catalog/store';
import { parseCatalog } from '../../../shared/pricing';
import { tableSql, tempDir } from './tmp';
import { seedJson } from '../services/fixtures';

describe('migration 007-installment-increment', () => {
  it('adds an optional increment to payment plans and keeps the plans as they were', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v6 = openDatabase(file, { migrations: migrations.slice(0, 6) });
    v6.prepare(
      `INSERT INTO payment_plans (id, position, name_ko, name_en, installments, down_payment, installment_fee)
       VALUES ('monthly-6', 0, '6개월 분납', '6 monthly payments', 6, 100000, 500)`,
    ).run();
    v6.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 7) });
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    const row = db.prepare('SELECT * FROM payment_plans').get() as Record<string, unknown>;
    expect(row).toMatchObject({ id: 'monthly-6', installments: 6, down_payment: 100000, installment_fee: 500, installment_increment: null });
    // the CHECK guards the column behind parseCatalog
    const set = (v: unknown) => () => db.prepare('UPDATE payment_plans SET installment_increment = ?').run(v);
    expect(set(0)).toThrow(/CHECK/);
    expect(set(1.5)).toThrow(); // STRICT: an INTEGER column
    expect(set(10000)).not.toThrow();
    const table = tableSql(db).find((t) => t.name === 'payment_plans');
    expect(table?.sql).toMatch(/\)\s*STRICT\s*$/);
    db.close();
  });

  it('stores and reads a plan with and without an increment', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'));
    const seed = parseCatalog(seedJson());
    const school = seed.school!;
    const plans = [
      { id: 'round', name: { ko: '분납', en: 'Plan' }, installments: 10, installmentIncrement: 10000 },
      { id: 'plain', name: { ko: '분납2', en: 'Plan 2' }, installments: 3 },
    ];
    storeCatalog(db, { ...seed, school: { ...school, paymentPlans: plans } });
    expect(loadCatalog(db)?.school?.paymentPlans).toEqual(plans);
    db.close();
  });
});

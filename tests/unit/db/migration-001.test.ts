import { describe, it, expect } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { tableSql } from './tmp';

const upTo001 = () => openDatabase(':memory:', { migrations: migrations.slice(0, 1) });

describe('migration 001-initial', () => {
  it('creates settings and the catalog tables, all STRICT, at version 1', () => {
    const db = upTo001();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = tableSql(db);
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'add_on_services',
        'add_ons',
        'catalog_meta',
        'discounts',
        'fee_programs',
        'payment_plans',
        'school_fees',
        'school_programs',
        'service_rates',
        'services',
        'settings',
        'surcharge_dates',
        'surcharge_weekdays',
        'surcharges',
        'travel_zones',
      ].sort(),
    );
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT\s*$/);
    db.close();
  });

  it('gives every list a position and bilingual names', () => {
    const db = upTo001();
    for (const table of ['services', 'add_ons', 'surcharges', 'travel_zones', 'discounts', 'school_programs', 'school_fees', 'payment_plans']) {
      const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
      expect(cols, table).toEqual(expect.arrayContaining(['id', 'position', 'name_ko', 'name_en']));
    }
    db.close();
  });

  it('enforces money >= 0, percent XOR amount, unique minutes and references', () => {
    const db = upTo001();
    const service = db.prepare(
      "INSERT INTO services (id, position, name_ko, name_en, active) VALUES (?, ?, '스웨디시', 'Swedish', 1)",
    );
    service.run('swedish', 0);
    const rate = db.prepare('INSERT INTO service_rates (service_id, position, minutes, price) VALUES (?, ?, ?, ?)');
    rate.run('swedish', 0, 60, 70000);
    expect(() => rate.run('swedish', 1, 90, -1)).toThrow(/CHECK/);
    expect(() => rate.run('swedish', 1, 60, 80000)).toThrow(/UNIQUE/);
    expect(() => rate.run('nope', 0, 60, 1)).toThrow(/FOREIGN KEY/);
    expect(() => rate.run('swedish', 1, 90, 1.5)).toThrow(/datatype|INTEGER/i); // STRICT: no floats for money

    const discount = db.prepare(
      "INSERT INTO discounts (id, position, name_ko, name_en, percent, amount) VALUES (?, ?, 'ㄱ', 'a', ?, ?)",
    );
    expect(() => discount.run('both', 0, 10, 5000)).toThrow(/CHECK/);
    expect(() => discount.run('neither', 0, null, null)).toThrow(/CHECK/);
    expect(() => discount.run('too-much', 0, 101, null)).toThrow(/CHECK/);
    discount.run('ok', 0, 10, null);

    const surcharge = db.prepare(
      "INSERT INTO surcharges (id, position, name_ko, name_en, kind, window_from, window_to, percent, amount) VALUES (?, ?, 'ㄱ', 'a', ?, ?, ?, ?, ?)",
    );
    expect(() => surcharge.run('w', 0, 'window', '22:00', null, 20, null)).toThrow(/CHECK/);
    expect(() => surcharge.run('w', 0, 'weekdays', '22:00', '06:00', 20, null)).toThrow(/CHECK/);
    surcharge.run('night', 0, 'window', '22:00', '06:00', 20, null);
    expect(() => db.prepare("INSERT INTO surcharge_weekdays VALUES ('night', 0, 7)").run()).toThrow(/CHECK/);

    expect(() =>
      db.prepare("INSERT INTO services (id, position, name_ko, name_en, active) VALUES ('x', 1, '', 'X', 1)").run(),
    ).toThrow(/CHECK/);

    // A service an add-on is restricted to cannot disappear underneath it.
    db.prepare("INSERT INTO add_ons VALUES ('stone', 0, '핫스톤', 'Stones', 10000, 0)").run();
    db.prepare("INSERT INTO add_on_services VALUES ('stone', 0, 'swedish')").run();
    expect(() => db.prepare("DELETE FROM services WHERE id = 'swedish'").run()).toThrow(/FOREIGN KEY/);
    // ...but a rename follows through.
    db.prepare("UPDATE services SET id = 'swedish-2' WHERE id = 'swedish'").run();
    expect(db.prepare('SELECT service_id FROM add_on_services').pluck().get()).toBe('swedish-2');
    db.close();
  });
});

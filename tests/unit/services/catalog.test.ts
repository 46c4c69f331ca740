import { describe, it, expect } from 'vitest';
import { parseCatalog, parseCatalogText } from '../../../shared/pricing';
import type { Catalog } from '../../../shared/pricing/types';
import { openDatabase } from '../../../electron/db/open';
import {
  checkCatalogImport,
  exportCatalog,
  importCatalogText,
  moveEntry,
  readCatalog,
  removeEntry,
  replaceCatalog,
  saveBasics,
  saveEntry,
  seedIfEmpty,
} from '../../../electron/services/catalog';
import { dbWith, problemsOf, refusal, seedCatalog, seedJson, specJson, usdJson } from './fixtures';
import { committedCurrency } from '../../../electron/services/catalog/store';
import { openTestFrontDesk } from '../../support/core';

const ids = (list: { id: string }[] | undefined) => (list ?? []).map((e) => e.id);

describe('catalog round trip', () => {
  it.each([
    ['seed', seedJson],
    ['spec example', specJson],
    ['USD fixture', usdJson],
  ])('readCatalog after replaceCatalog equals parseCatalog (%s)', (_, json) => {
    const db = dbWith(json());
    expect(readCatalog(db)).toEqual(parseCatalog(json()));
    // Writes return the parsed catalog instead of reading it back: it must be the same.
    expect(replaceCatalog(db, json())).toStrictEqual(readCatalog(db));
  });

  it('keeps the difference between no restriction and an empty one, and no school vs an empty school', () => {
    const base = specJson() as Record<string, unknown>;
    const variant = {
      ...base,
      addOns: [
        { id: 'fits-all', name: { ko: '가', en: 'A' }, price: 1 },
        { id: 'fits-none', name: { ko: '나', en: 'B' }, price: 2, services: [] },
      ],
      school: { programs: [], fees: [], paymentPlans: [] },
    };
    const db = dbWith(variant);
    const c = readCatalog(db);
    expect(c.addOns[0]!.services).toBeUndefined();
    expect(c.addOns[1]!.services).toEqual([]);
    expect(c.school).toEqual({ programs: [], fees: [], paymentPlans: [] });

    const { school: _school, ...noSchool } = variant;
    replaceCatalog(db, noSchool);
    expect(readCatalog(db).school).toBeUndefined();
  });

  it('refuses to read before any catalog is stored, and seeds only an empty database', () => {
    const db = openDatabase(':memory:');
    expect(refusal(() => readCatalog(db)).code).toBe('not-found');
    expect(seedIfEmpty(db, seedJson)).toBe(true); // the file's JSON value, parsed here
    let asked = 0;
    expect(seedIfEmpty(db, () => (asked++, parseCatalog(specJson())))).toBe(false);
    expect(asked).toBe(0); // a database with a catalog never reads (or parses) the seed
    expect(readCatalog(db)).toEqual(seedCatalog());
  });

  it('exports the spec format that re-imports to an equal catalog', () => {
    const db = dbWith(specJson());
    const { fileName, json } = exportCatalog(db, new Date(2026, 2, 2, 10, 0));
    expect(fileName).toBe('front-desk-catalog-2026-03-02.json');
    const file = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual([
      'format', 'version', 'currency', 'tax', 'rounding', 'services', 'addOns', 'surcharges', 'travelZones', 'discounts', 'school',
    ]);
    expect(file.format).toBe('front-desk-catalog');
    expect(parseCatalogText(json)).toEqual(readCatalog(db));
    // no field the spec does not know: the strict parse of the export reports no unknown fields
    expect(checkCatalogImport(json).problems).toEqual([]);
    const other = dbWith(seedJson());
    expect(importCatalogText(other, json)).toEqual(readCatalog(db));
  });
});

describe('saveEntry', () => {
  const swedish = () => structuredClone(seedCatalog().services.find((s) => s.id === 'swedish')!);

  it('adds an entry at the end and replaces one in place', () => {
    const db = dbWith();
    const added = saveEntry(db, 'travelZones', { id: 'paju', name: { ko: '파주', en: 'Paju' }, fee: 30000 });
    expect(added.travelZones.at(-1)).toEqual({ id: 'paju', name: { ko: '파주', en: 'Paju' }, fee: 30000 });
    const edited = saveEntry(db, 'services', { ...swedish(), rates: [{ minutes: 60, price: 85000 }] }, 'swedish');
    expect(ids(edited.services)).toEqual(ids(seedCatalog().services));
    expect(edited.services.find((s) => s.id === 'swedish')!.rates).toEqual([{ minutes: 60, price: 85000 }]);
    expect(readCatalog(db)).toStrictEqual(edited); // the returned catalog is what was stored
  });

  it('refuses a negative price, duplicate minutes, percent with amount; nothing is written', () => {
    const db = dbWith();
    const before = readCatalog(db);
    const negative = refusal(() =>
      saveEntry(db, 'services', { ...swedish(), rates: [{ minutes: 60, price: -1 }] }, 'swedish'),
    );
    expect(negative.code).toBe('invalid-catalog');
    expect(problemsOf(negative)).toContainEqual(expect.objectContaining({ path: 'rates[0].price', code: 'whole-number-min' }));

    const dup = refusal(() =>
      saveEntry(db, 'services', { ...swedish(), rates: [{ minutes: 60, price: 1 }, { minutes: 60, price: 2 }] }, 'swedish'),
    );
    expect(problemsOf(dup).map((p) => p.code)).toContain('duplicate-rate');

    const both = refusal(() =>
      saveEntry(db, 'discounts', { id: 'both', name: { ko: '둘 다', en: 'Both' }, percent: 10, amount: 5000 }),
    );
    expect(problemsOf(both).map((p) => p.code)).toContain('exactly-one-of');

    const duplicateId = refusal(() => saveEntry(db, 'services', swedish()));
    expect(problemsOf(duplicateId).map((p) => p.code)).toContain('duplicate-id');

    expect(readCatalog(db)).toEqual(before);
  });

  it('an add-on sent with 100,000 bad services is refused with one problem, and a large import likewise', () => {
    const db = dbWith();
    const addOn = { id: 'x', name: { ko: '가', en: 'A' }, price: 1, services: Array.from({ length: 100_000 }, () => 1) };
    expect(problemsOf(refusal(() => saveEntry(db, 'addOns', addOn))).map((p) => [p.path, p.code])).toEqual([['', 'too-many']]);
    const few = { ...addOn, services: addOn.services.slice(0, 5000) };
    expect(problemsOf(refusal(() => saveEntry(db, 'addOns', few))).map((p) => [p.path, p.code])).toEqual([['services', 'too-many']]);
    const file = { ...(seedJson() as object), addOns: [{ ...few, services: few.services.map((_, i) => `s${i}`) }] };
    expect(problemsOf(refusal(() => importCatalogText(db, JSON.stringify(file)))).map((p) => [p.path, p.code])).toEqual([['addOns[0].services', 'too-many']]);
  });

  it('refuses a name of more than 200 characters and a category of more than 100; nothing is written', () => {
    const db = dbWith();
    const before = readCatalog(db);
    const longName = refusal(() => saveEntry(db, 'services', { ...swedish(), name: { ko: '가'.repeat(5_000_000), en: 'Swedish' } }, 'swedish'));
    expect(problemsOf(longName).map((p) => [p.path, p.code, p.params])).toEqual([['name.ko', 'too-many', { max: 200, unit: 'characters' }]]);
    const longCategory = refusal(() => saveEntry(db, 'services', { ...swedish(), category: 'x'.repeat(101) }, 'swedish'));
    expect(problemsOf(longCategory).map((p) => [p.path, p.code])).toEqual([['category', 'too-many']]);
    expect(readCatalog(db)).toEqual(before);
  });

  it('renaming a service or a program updates the add-ons and fees that refer to it', () => {
    const c: Catalog = parseCatalog(specJson());
    const db = dbWith(c);
    const renamed = saveEntry(db, 'services', { ...c.services[0]!, id: 'swedish-classic' }, 'swedish');
    expect(ids(renamed.services)).toEqual(['swedish-classic']);
    expect(renamed.addOns[0]!.services).toEqual(['swedish-classic']);

    const withFee = saveEntry(db, 'fees', {
      id: 'kit', name: { ko: '키트', en: 'Kit' }, amount: 1000, per: 'once', programs: ['mt-600'],
    });
    expect(withFee.school!.fees.at(-1)!.programs).toEqual(['mt-600']);
    const program = withFee.school!.programs[0]!;
    const after = saveEntry(db, 'programs', { ...program, id: 'mt-700' }, 'mt-600');
    expect(after.school!.fees.at(-1)!.programs).toEqual(['mt-700']);
    expect(readCatalog(db)).toEqual(after);
  });

  it('refuses an originalId that does not exist', () => {
    const db = dbWith();
    expect(refusal(() => saveEntry(db, 'services', swedish(), 'nope')).code).toBe('not-found');
  });
});

describe('removeEntry and moveEntry', () => {
  it('refuses to remove a service an add-on refers to, with the problem', () => {
    const db = dbWith(specJson());
    const f = refusal(() => removeEntry(db, 'services', 'swedish'));
    expect(f.code).toBe('invalid-catalog');
    expect(problemsOf(f)).toContainEqual(expect.objectContaining({ path: 'addOns[0].services[0]', code: 'unknown-reference' }));
    expect(ids(readCatalog(db).services)).toEqual(['swedish']);
    // once the add-on is gone the service can go
    removeEntry(db, 'addOns', 'hot-stone');
    expect(ids(removeEntry(db, 'services', 'swedish').services)).toEqual([]);
  });

  it('moves an entry, clamping the target index', () => {
    const db = dbWith();
    const order = ids(seedCatalog().services);
    const moved = moveEntry(db, 'services', order[0]!, 2);
    expect(ids(moved.services)).toEqual([order[1], order[2], order[0], ...order.slice(3)]);
    const last = moveEntry(db, 'services', order[1]!, 999);
    expect(ids(last.services).at(-1)).toBe(order[1]);
    expect(ids(readCatalog(db).services)).toEqual(ids(last.services));
    expect(refusal(() => moveEntry(db, 'services', 'nope', 0)).code).toBe('not-found');
  });

  it('edits school lists too, starting a school when there is none', () => {
    const { school: _s, ...noSchool } = specJson() as Record<string, unknown>;
    const db = dbWith(noSchool);
    const c = saveEntry(db, 'programs', { id: 'p', name: { ko: '과정', en: 'Course' }, hours: 100, months: 3, tuition: 500000 });
    expect(c.school).toEqual({ programs: [expect.objectContaining({ id: 'p' })], fees: [], paymentPlans: [] });
  });
});

describe('saveBasics', () => {
  it('saves currency, tax and rounding, validated', () => {
    const db = dbWith();
    const c = saveBasics(db, { tax: { mode: 'exclusive', percent: 8.5 }, rounding: { increment: 100 } });
    expect(c.tax).toEqual({ mode: 'exclusive', percent: 8.5 });
    expect(c.rounding).toEqual({ increment: 100 });
    expect(c.currency).toBe('KRW');
    expect(readCatalog(db).tax).toEqual({ mode: 'exclusive', percent: 8.5 });

    const bad = refusal(() => saveBasics(db, { tax: { mode: 'sometimes', percent: 120 } }));
    expect(problemsOf(bad).map((p) => p.path)).toEqual(expect.arrayContaining(['tax.mode', 'tax.percent']));
    expect(problemsOf(refusal(() => saveBasics(db, { currency: 'WON' }))).map((p) => p.code)).toContain('currency-code');
    expect(problemsOf(refusal(() => saveBasics(db, { services: [] })))[0]).toMatchObject({ path: 'services', code: 'unknown-field' });
    // The same problem, message included, as the catalog file's checks give.
    const fromFile = problemsOf(refusal(() => replaceCatalog(db, { ...(seedJson() as object), extra: 1 }))).find((p) => p.code === 'unknown-field');
    expect(problemsOf(refusal(() => saveBasics(db, { extra: 1 })))).toEqual([fromFile]);
    expect(problemsOf(refusal(() => saveBasics(db, [])))).toEqual([
      { path: '', code: 'wrong-type', params: { expected: 'object' }, message: 'must be an object' },
    ]);
    expect(readCatalog(db).tax).toEqual({ mode: 'exclusive', percent: 8.5 });
  });

  it('refuses unknown fields inside tax, rounding and a surcharge\'s when, through the channels, and stores nothing', async () => {
    const { core, ok } = openTestFrontDesk();
    const before = await ok('catalog.get', {});
    const refusedWith = async (channel: 'catalog.saveBasics' | 'catalog.saveEntry', input: unknown) => {
      const answer = await core.handle(channel, input);
      if (answer.ok) throw new Error(`${channel} was accepted`);
      expect(answer.error.code).toBe('invalid-catalog');
      return (answer.error.details?.problems as { path: string; code: string }[]).map((p) => [p.path, p.code]);
    };
    expect(await refusedWith('catalog.saveBasics', { tax: { mode: 'exclusive', percent: 10, bogus: 1 }, rounding: { increment: 100, extra: true } })).toEqual([
      ['tax.bogus', 'unknown-field'],
      ['rounding.extra', 'unknown-field'],
    ]);
    const night = { id: 'late', name: { ko: '심야', en: 'Late' }, when: { from: '22:00', to: '06:00', bogus: 1 }, percent: 20 };
    expect(await refusedWith('catalog.saveEntry', { list: 'surcharges', entry: night })).toEqual([['when.bogus', 'unknown-field']]);
    expect(await ok('catalog.get', {})).toEqual(before);
  });
});

describe('import', () => {
  it('checks a file without writing, with a summary', () => {
    const db = dbWith();
    const check = checkCatalogImport(JSON.stringify(specJson()));
    expect(check).toEqual({
      problems: [],
      summary: { currency: 'KRW', services: 1, addOns: 1, surcharges: 3, travelZones: 1, discounts: 3, programs: 1 },
    });
    expect(readCatalog(db)).toEqual(seedCatalog());
  });

  it('an invalid file changes nothing and lists every problem', () => {
    const db = dbWith();
    const before = readCatalog(db);
    const broken = specJson() as { services: { rates: { price: number }[] }[]; addOns: { services: string[] }[] };
    broken.services[0]!.rates[0]!.price = -5;
    broken.addOns[0]!.services = ['ghost'];
    const text = JSON.stringify(broken);
    expect(checkCatalogImport(text).summary).toBeNull();
    const f = refusal(() => importCatalogText(db, text));
    expect(f.code).toBe('invalid-catalog');
    expect(problemsOf(f).map((p) => p.path)).toEqual(
      expect.arrayContaining(['services[0].rates[0].price', 'addOns[0].services[0]']),
    );
    expect(problemsOf(refusal(() => importCatalogText(db, '{ not json')))[0]!.code).toBe('invalid-json');
    expect(readCatalog(db)).toEqual(before);
  });
});

describe('the committed catalog, kept in memory', () => {
  it('reads the tables once, hands out a frozen catalog, and reads again after a write', () => {
    const db = dbWith(seedJson());
    const first = readCatalog(db);
    expect(readCatalog(db)).toBe(first);
    expect(Object.isFrozen(first.services[0]!.rates[0])).toBe(true);
    const service = first.services[0]!;
    saveEntry(db, 'services', { ...service, name: { ...service.name, en: 'Renamed' } }, service.id);
    const after = readCatalog(db);
    expect(after).not.toBe(first);
    expect(after.services[0]!.name.en).toBe('Renamed');
  });

  it('never keeps what a rolled-back transaction wrote, even when read inside it', () => {
    const db = dbWith(seedJson());
    const before = readCatalog(db);
    const service = before.services[0]!;
    expect(() =>
      db.transaction(() => {
        saveEntry(db, 'services', { ...service, name: { ...service.name, en: 'Never' } }, service.id);
        expect(readCatalog(db).services[0]!.name.en).toBe('Never'); // this transaction sees its write
        throw new Error('the rest of the write failed');
      })(),
    ).toThrow('the rest of the write failed');
    expect(readCatalog(db).services[0]!.name.en).toBe(service.name.en);
  });

  it('is used inside a transaction too (the core runs every write channel in one), until the transaction stores a catalog', () => {
    const db = dbWith(seedJson());
    const first = readCatalog(db);
    db.transaction(() => {
      expect(readCatalog(db)).toBe(first);
      expect(committedCurrency(db)).toBe(first.currency);
      const service = first.services[0]!;
      saveEntry(db, 'services', { ...service, name: { ...service.name, en: 'Inside' } }, service.id);
      expect(committedCurrency(db)).toBeUndefined();
      const inside = readCatalog(db);
      expect(inside.services[0]!.name.en).toBe('Inside');
      expect(readCatalog(db)).not.toBe(inside); // not kept while the transaction may roll back
    })();
    expect(readCatalog(db).services[0]!.name.en).toBe('Inside');
  });

  it('is per database: another database file has its own', () => {
    const a = dbWith(seedJson());
    const b = dbWith(usdJson());
    expect(readCatalog(a).currency).not.toBe(readCatalog(b).currency);
  });
});

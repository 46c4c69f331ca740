import { describe, it, expect } from 'vitest';
import { CatalogError, parseCatalog, parseCatalogText, parseEntry } from '../../../shared/pricing';
import type { CatalogProblem } from '../../../shared/pricing';
import { readJson } from './fixtures';

const n = (ko: string, en: string) => ({ ko, en });
const minimal = () => ({
  format: 'front-desk-catalog',
  version: 1,
  currency: 'KRW',
  tax: { mode: 'inclusive', percent: 10 },
  services: [{ id: 'swedish', name: n('스웨디시', 'Swedish'), rates: [{ minutes: 60, price: 70000 }] }],
});

function problemsOf(run: () => unknown): CatalogProblem[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogError);
    return (e as CatalogError).problems;
  }
  throw new Error('expected a CatalogError');
}
const brief = (problems: CatalogProblem[]) => problems.map((p) => `${p.path} ${p.code}`);

describe('valid files', () => {
  it('accepts both samples, the spec example and the test catalogs', () => {
    for (const file of ['resources/seed-catalog.json', 'resources/seed-catalog-us.json', 'tests/fixtures/spec-example-catalog.json', 'tests/fixtures/catalog-usd.json', 'tests/fixtures/catalog-krw-600.json']) {
      expect(() => parseCatalog(readJson(file))).not.toThrow();
    }
    const seed = parseCatalog(readJson('resources/seed-catalog.json'));
    expect(seed.currency).toBe('KRW');
    expect(seed.services.length).toBeGreaterThanOrEqual(8);
    expect(seed.school?.programs.map((p) => p.name.ko)).toEqual(['스웨디시·아로마 전문가 과정', '스포츠 마사지 과정']);
    expect(seed.school?.fees.map((f) => f.name.ko)).toEqual(['입학금', '실습비', '교재비', '민간자격 검정료']);
    // names are read aloud: no notes in brackets
    for (const name of [...seed.services, ...seed.addOns, ...seed.surcharges, ...seed.discounts].map((e) => e.name)) {
      expect(`${name.ko} ${name.en}`).not.toMatch(/[()]/);
    }
    const us = parseCatalog(readJson('resources/seed-catalog-us.json'));
    expect([us.currency, us.tax.mode]).toEqual(['USD', 'exclusive']);
  });

  it('applies the defaults', () => {
    const catalog = parseCatalog(minimal());
    expect(catalog.rounding).toEqual({ increment: 1 });
    expect([catalog.addOns, catalog.surcharges, catalog.travelZones, catalog.discounts]).toEqual([[], [], [], []]);
    expect(catalog.school).toBeUndefined();
    expect(catalog.services[0]?.active).toBe(true);

    const spec = parseCatalog(readJson('tests/fixtures/spec-example-catalog.json'));
    expect(spec.school?.fees.map((f) => [f.id, f.dueAtEnrollment, f.optional])).toEqual([
      ['application', true, false],
      ['liability', false, false],
      ['books', false, true],
    ]);
    expect(parseCatalog({ ...minimal(), school: {} }).school).toEqual({ programs: [], fees: [], paymentPlans: [] });
    expect(parseCatalog({ ...minimal(), tax: { mode: 'none' } }).tax).toEqual({ mode: 'none', percent: 0 });
    expect(parseCatalog({ ...minimal(), rounding: {} }).rounding).toEqual({ increment: 1 });
  });

  it('trims text and upper-cases the currency', () => {
    const catalog = parseCatalog({
      ...minimal(),
      currency: 'krw',
      services: [{ id: ' swedish ', name: n(' 스웨디시 ', 'Swedish'), category: '  ', rates: [{ minutes: 60, price: 1 }] }],
      addOns: [{ id: 'hot', name: n('핫', 'Hot'), price: 1, services: ['swedish '] }],
    });
    expect(catalog.currency).toBe('KRW');
    expect(catalog.services[0]).toEqual({ id: 'swedish', name: n('스웨디시', 'Swedish'), active: true, rates: [{ minutes: 60, price: 1 }] });
    expect(catalog.addOns[0]?.services).toEqual(['swedish']);
  });

  it('refuses unknown fields at their place, so a typo never changes a price silently', () => {
    const problems = problemsOf(() =>
      parseCatalog({
        ...minimal(),
        exportedAt: '2026-01-01',
        services: [{ id: 'swedish', name: n('스웨디시', 'Swedish'), colour: 'red', rates: [{ minutes: 60, price: 1, note: 'x' }] }],
        school: {
          programs: [{ id: 'p', name: n('과정', 'Program'), hours: 1, months: 1, tuition: 1 }],
          fees: [{ id: 'books', name: n('교재', 'Books'), amount: 1, per: 'once', optinal: true }],
          paymentPlans: [{ id: 'full', name: n('일시불', 'Full'), installments: 0 }],
        },
      }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      // in file order: `services` comes from minimal(), before exportedAt
      ['services[0].colour', 'unknown-field'],
      ['services[0].rates[0].note', 'unknown-field'],
      ['exportedAt', 'unknown-field'],
      ['school.fees[0].optinal', 'unknown-field'],
    ]);
    expect(() => parseEntry('services', { id: 's', name: n('가', 'A'), rates: [{ minutes: 60, price: 1 }], extra: 1 })).toThrow(CatalogError);
  });

  it('refuses unknown fields inside tax, rounding and a surcharge\'s when too', () => {
    const surcharges = [{ id: 's', name: n('할증', 'S'), when: { weekdays: [0], bogus: 1 }, amount: 1 }];
    const problems = problemsOf(() =>
      parseCatalog({ ...minimal(), tax: { mode: 'inclusive', percent: 10, bogus: 1 }, rounding: { increment: 100, extra: true }, surcharges }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['tax.bogus', 'unknown-field'],
      ['rounding.extra', 'unknown-field'],
      ['surcharges[0].when.bogus', 'unknown-field'],
    ]);
    expect(brief(problemsOf(() => parseEntry('surcharges', surcharges[0])))).toEqual(['when.bogus unknown-field']);
  });

  it('keeps every surcharge form as written', () => {
    const catalog = parseCatalog(readJson('tests/fixtures/spec-example-catalog.json'));
    expect(catalog.surcharges.map((s) => s.when)).toEqual([
      { from: '22:00', to: '06:00' },
      { weekdays: [0, 6] },
      { dates: ['2026-12-25'] },
    ]);
  });
});

describe('invalid files', () => {
  it('lists every problem with its JSON path, in file order', () => {
    const problems = problemsOf(() =>
      parseCatalog({
        format: 'front-desk-catalogue',
        version: 2,
        currency: 'XYZ',
        tax: { mode: 'included' },
        rounding: { increment: 0 },
        services: [
          { id: 'swedish', name: n('스웨디시', ''), rates: [{ minutes: 60, price: 70000 }, { minutes: 90, price: 100000 }] },
          { id: 'thai', name: n('타이', 'Thai'), rates: [{ minutes: 60, price: 1.5 }] },
          { id: 'swedish', name: n('스웨디시', 'Swedish'), active: 'yes', rates: [{ minutes: 60, price: -1 }, { minutes: 60, price: 5 }] },
        ],
        addOns: [{ id: 'hot-stone', name: n('핫스톤', 'Hot stones'), price: 10000, services: ['swedish', 'shiatsu'] }],
        surcharges: [
          { id: 'night', name: n('심야', 'Night'), when: { from: '22:00' }, percent: 120 },
          { id: 'both', name: n('둘', 'Both'), when: { weekdays: [7], dates: ['2026-02-29'] }, percent: 10, amount: 1000 },
        ],
        travelZones: [{ id: 'suwon', name: n('수원', 'Suwon') }],
        discounts: [{ id: 'none', name: n('없음', 'None') }],
        school: {
          programs: [{ id: 'mt', name: n('과정', 'Course'), hours: 600, months: 0, tuition: 100 }],
          fees: [{ id: 'x', name: n('비', 'Fee'), amount: 1, per: 'month', programs: ['mt-600'] }],
          paymentPlans: [{ id: 'p', name: n('분납', 'Plan'), installments: -1 }],
        },
      }),
    );
    expect(brief(problems)).toEqual([
      'format exact-value',
      'version exact-value',
      'currency currency-code',
      'tax.mode one-of',
      'tax.percent required',
      'rounding.increment whole-number-min',
      'services[0].name.en non-empty-text',
      'services[1].rates[0].price whole-number-min',
      'services[2].id duplicate-id',
      'services[2].active wrong-type',
      'services[2].rates[0].price whole-number-min',
      'services[2].rates[1].minutes duplicate-rate',
      'addOns[0].services[1] unknown-reference',
      'surcharges[0].when.to required',
      'surcharges[0].percent number-range',
      'surcharges[1] exactly-one-of',
      'surcharges[1].when exactly-one-of',
      'surcharges[1].when.weekdays[0] weekday-range',
      'surcharges[1].when.dates[0] date-format',
      'travelZones[0].fee required',
      'discounts[0] exactly-one-of',
      'school.programs[0].months whole-number-min',
      'school.fees[0].per one-of',
      'school.fees[0].programs[0] unknown-reference',
      'school.paymentPlans[0].installments whole-number-min',
    ]);
    const byPath = (path: string) => problems.find((p) => p.path === path);
    expect(byPath('services[1].rates[0].price')).toEqual({
      path: 'services[1].rates[0].price', code: 'whole-number-min', params: { min: 0 }, message: 'must be a whole number >= 0',
    });
    expect(byPath('tax.mode')?.params).toEqual({ allowed: 'inclusive, exclusive, none' });
    expect(byPath('services[2].id')?.params).toEqual({ id: 'swedish' });
    expect(byPath('addOns[0].services[1]')?.params).toEqual({ id: 'shiatsu', list: 'services' });
    expect(byPath('surcharges[1]')?.params).toEqual({ fields: 'percent, amount' });
    expect(byPath('services[2].rates[1].minutes')?.params).toEqual({ minutes: 60 });
    expect(byPath('surcharges[0].percent')?.message).toBe('must be a number from 0 to 100');
    expect(byPath('format')?.params).toEqual({ expected: 'front-desk-catalog' });
  });

  it('reports missing and wrongly typed fields', () => {
    expect(brief(problemsOf(() => parseCatalog({})))).toEqual([
      'format required', 'version required', 'currency required', 'tax required', 'services required',
    ]);
    expect(brief(problemsOf(() => parseCatalog([])))).toEqual([' wrong-type']);
    expect(problemsOf(() => parseCatalog({ ...minimal(), version: '1', services: {} })).map((p) => [p.path, p.code, p.params])).toEqual([
      ['version', 'exact-value', { expected: 1 }],
      ['services', 'wrong-type', { expected: 'list' }],
    ]);
    expect(brief(problemsOf(() => parseCatalog({ ...minimal(), addOns: null, currency: 'US' })))).toEqual([
      'currency currency-code', 'addOns wrong-type',
    ]);
  });

  it('checks times, dates and weekdays', () => {
    const surcharge = (when: unknown) => ({ id: 's', name: n('할증', 'S'), when, amount: 1 });
    const paths = (when: unknown) => brief(problemsOf(() => parseCatalog({ ...minimal(), surcharges: [surcharge(when)] })));
    expect(paths({ from: '24:00', to: '6:00' })).toEqual(['surcharges[0].when.from time-format', 'surcharges[0].when.to time-format']);
    expect(paths({ dates: ['2026-2-01', '2027-02-29'] })).toEqual(['surcharges[0].when.dates[0] date-format', 'surcharges[0].when.dates[1] date-format']);
    expect(paths({ weekdays: [1.5, -1] })).toEqual(['surcharges[0].when.weekdays[0] weekday-range', 'surcharges[0].when.weekdays[1] weekday-range']);
    expect(paths({})).toEqual(['surcharges[0].when exactly-one-of']);
    expect(paths(undefined)).toEqual(['surcharges[0].when required']);
  });

  it('limits sizes: ids of 100 characters, 50 rates', () => {
    const rates = Array.from({ length: 51 }, (_, i) => ({ minutes: i + 1, price: 1000 }));
    const problems = problemsOf(() =>
      parseCatalog({ ...minimal(), services: [{ id: 'x'.repeat(101), name: n('가', 'A'), rates }] }),
    );
    expect(problems.map((p) => [p.path, p.code, p.params])).toEqual([
      ['services[0].id', 'too-many', { max: 100, unit: 'characters' }],
      ['services[0].rates', 'too-many', { max: 50, unit: 'entries' }],
    ]);
  });

  it('reports a list over its cap once, without checking its items (one request must not freeze the hub)', () => {
    const services = Array.from({ length: 50_000 }, () => 1);
    const tooMany = [{ path: 'services', code: 'too-many', params: { max: 1000, unit: 'entries' } }];
    expect(problemsOf(() => parseEntry('addOns', { id: 'h', name: n('가', 'A'), price: 1, services }))).toMatchObject(tooMany);
    const unknown = Array.from({ length: 50_000 }, (_, i) => `s${i}`); // each would be an unknown reference
    const inFile = problemsOf(() => parseCatalog({ ...minimal(), addOns: [{ id: 'h', name: n('가', 'A'), price: 1, services: unknown }] }));
    expect(inFile.map((p) => [p.path, p.code, p.params])).toEqual([['addOns[0].services', 'too-many', { max: 1000, unit: 'entries' }]]);
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ id: `d${i}`, percent: -1 }));
    expect(problemsOf(() => parseCatalog({ ...minimal(), discounts: entries })).map((p) => [p.path, p.code])).toEqual([['discounts', 'too-many']]);
  });

  it('refuses a file of more than 100,000 values before checking it, lists of lists included', () => {
    const addOns = Array.from({ length: 1000 }, (_, i) => ({ id: `a${i}`, name: n('가', 'A'), price: 1, services: Array.from({ length: 1000 }, () => 1) }));
    expect(problemsOf(() => parseCatalog({ ...minimal(), addOns })).map((p) => [p.path, p.code, p.params])).toEqual([
      ['', 'too-many', { max: 100_000, unit: 'values' }],
    ]);
    const dates = Array.from({ length: 1000 }, () => Array.from({ length: 101 }, () => 'x'));
    expect(problemsOf(() => parseEntry('surcharges', { id: 's', name: n('가', 'A'), amount: 1, when: { dates } }))).toHaveLength(1);
    // the reviewer's request: 100,000 bad services of one add-on are one problem
    const services = Array.from({ length: 100_000 }, () => 1);
    expect(problemsOf(() => parseEntry('addOns', { id: 'h', name: n('가', 'A'), price: 1, services })).map((p) => p.code)).toEqual(['too-many']);
  });

  it('lists the first 200 problems in file order, then how many more there are', () => {
    const discounts = Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, name: n('가', 'A'), percent: 5, amount: 5 }));
    const problems = problemsOf(() => parseCatalog({ ...minimal(), discounts }));
    expect(problems).toHaveLength(201);
    expect(problems.slice(0, 200).map((p) => p.path)).toEqual(discounts.slice(0, 200).map((_, i) => `discounts[${i}]`));
    expect(problems[200]).toEqual({ path: '', code: 'more-problems', params: { count: 100 }, message: 'and 100 more problems' });
  });

  it('limits names to 200 characters and categories to 100, as the editor\'s fields do', () => {
    const long = (length: number) => '가'.repeat(length);
    const services = [
      { id: 'a', name: n(long(201), 'A'), category: 'x'.repeat(101), rates: [] },
      { id: 'b', name: n(long(200), 'B'.repeat(200)), category: ` ${'x'.repeat(100)} `, rates: [] },
    ];
    expect(problemsOf(() => parseCatalog({ ...minimal(), services })).map((p) => [p.path, p.code, p.params])).toEqual([
      ['services[0].name.ko', 'too-many', { max: 200, unit: 'characters' }],
      ['services[0].category', 'too-many', { max: 100, unit: 'characters' }],
    ]);
    expect(brief(problemsOf(() => parseEntry('travelZones', { id: 'z', name: n('가', 'x'.repeat(5_000_000)), fee: 1 })))).toEqual(['name.en too-many']);
    expect(brief(problemsOf(() => parseEntry('programs', { id: 'p', name: n(long(201), 'P'), hours: 1, months: 1, tuition: 1 })))).toEqual(['name.ko too-many']);
    expect(parseEntry('services', services[1]).category).toBe('x'.repeat(100));
  });

  it('refuses unsafe integers and minutes beyond a day', () => {
    const problems = problemsOf(() =>
      parseCatalog({ ...minimal(), services: [{ id: 'a', name: n('가', 'A'), rates: [{ minutes: 1441, price: 2 ** 53 }] }] }),
    );
    expect(problems.map((p) => [p.path, p.code, p.params])).toEqual([
      ['services[0].rates[0].minutes', 'number-range', { min: 1, max: 1440 }],
      ['services[0].rates[0].price', 'whole-number-min', { min: 0 }],
    ]);
  });

  it('has a readable error message', () => {
    const error = (() => {
      try {
        parseCatalog({ ...minimal(), currency: 'XX' });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error?.message).toContain('currency: must be a 3-letter ISO 4217 currency code');
  });
});

describe('parseCatalogText', () => {
  it('parses text, ignoring a byte order mark', () => {
    expect(parseCatalogText(`\uFEFF${JSON.stringify(minimal())}`).currency).toBe('KRW');
  });
  it('refuses invalid JSON as one problem', () => {
    const problems = problemsOf(() => parseCatalogText('{ "format": '));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '', code: 'invalid-json' });
  });
});

describe('parseEntry', () => {
  it('returns the normalised entry', () => {
    expect(parseEntry('services', { id: 'a', name: n('가', 'A'), rates: [] })).toEqual({ id: 'a', name: n('가', 'A'), active: true, rates: [] });
    expect(parseEntry('fees', { id: 'f', name: n('비', 'F'), amount: 5, per: 'year' })).toEqual({
      id: 'f', name: n('비', 'F'), amount: 5, per: 'year', dueAtEnrollment: false, optional: false,
    });
    expect(parseEntry('surcharges', { id: 's', name: n('가', 'A'), when: { weekdays: [6] }, amount: 1 }).when).toEqual({ weekdays: [6] });
  });
  it('reports paths relative to the entry', () => {
    const problems = problemsOf(() =>
      parseEntry('services', { id: 'a', name: n('가', 'A'), rates: [{ minutes: 60, price: 1 }, { minutes: 60, price: 2 }, { minutes: 0, price: 3 }] }),
    );
    expect(brief(problems)).toEqual(['rates[1].minutes duplicate-rate', 'rates[2].minutes whole-number-min']);
    expect(brief(problemsOf(() => parseEntry('discounts', { id: 'd', name: n('가', 'A'), percent: 5, amount: 5 })))).toEqual([' exactly-one-of']);
    expect(brief(problemsOf(() => parseEntry('paymentPlans', { id: 'p', name: n('가', 'A'), installments: 121 })))).toEqual([
      'installments number-range',
    ]);
    expect(brief(problemsOf(() => parseEntry('travelZones', 'suwon')))).toEqual([' wrong-type']);
  });
});

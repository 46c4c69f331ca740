// Properties that must hold for any request on realistic catalogs (fast-check).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { computeEnrollmentQuote, computeQuote, percentOf } from '../../../shared/pricing';
import type { Catalog, QuoteRequest } from '../../../shared/pricing';
import { krw600Catalog, seedCatalog, specCatalog, usdCatalog, variant } from './fixtures';

const catalogs: Catalog[] = [
  seedCatalog,
  specCatalog,
  usdCatalog,
  variant(usdCatalog, { rounding: { increment: 25 } }),
  variant(seedCatalog, { tax: { mode: 'exclusive', percent: 10 }, rounding: { increment: 100 } }),
  variant(seedCatalog, { tax: { mode: 'none', percent: 0 }, rounding: { increment: 1 } }),
];

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid request for the catalog: active services, their rates, add-ons that fit. */
function requestFor(catalog: Catalog): fc.Arbitrary<QuoteRequest> {
  const services = catalog.services.filter((s) => s.active && s.rates.length > 0);
  const item = fc.constantFrom(...services).chain((service) =>
    fc.record({
      serviceId: fc.constant(service.id),
      minutes: fc.constantFrom(...service.rates.map((r) => r.minutes)),
      persons: fc.integer({ min: 1, max: 4 }),
      addOnIds: fc.subarray(catalog.addOns.filter((a) => !a.services || a.services.includes(service.id)).map((a) => a.id)),
    }),
  );
  const at = fc
    .record({ y: fc.constantFrom(2026, 2027), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }) })
    .map(({ y, m, d, h, mi }) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}`);
  const codes = catalog.discounts.flatMap((d) => (d.code ? [d.code] : []));
  return fc.record(
    {
      items: fc.array(item, { minLength: 1, maxLength: 3 }),
      sessions: fc.integer({ min: 1, max: 20 }),
      at,
      travelZoneId: fc.constantFrom(...catalog.travelZones.map((z) => z.id)),
      discountIds: fc.subarray(catalog.discounts.map((d) => d.id)),
      promoCode: codes.length ? fc.constantFrom(...codes).chain((c) => fc.constantFrom(c, c.toLowerCase())) : fc.constant(undefined),
    },
    { requiredKeys: ['items'] },
  ) as fc.Arbitrary<QuoteRequest>;
}

const catalogAndRequest = fc.constantFrom(...catalogs).chain((catalog) => requestFor(catalog).map((request) => ({ catalog, request })));

describe('session quote properties', () => {
  it('totals are whole, non-negative and a multiple of the increment; lines add up', () => {
    fc.assert(
      fc.property(catalogAndRequest, ({ catalog, request }) => {
        const quote = computeQuote(catalog, request);
        expect(Number.isSafeInteger(quote.total)).toBe(true);
        expect(quote.total).toBeGreaterThanOrEqual(0);
        expect(quote.total % catalog.rounding.increment).toBe(0);
        expect(Number.isSafeInteger(quote.tax) && quote.tax >= 0).toBe(true);
        expect(Number.isSafeInteger(quote.perSession)).toBe(true);
        const sum = quote.lines.reduce((s, l) => s + l.amount, 0);
        expect(sum + (quote.taxMode === 'exclusive' ? quote.tax : 0)).toBe(quote.total);
        for (const line of quote.lines) {
          if (line.quantity !== undefined) expect(line.amount).toBe((line.unitAmount ?? NaN) * line.quantity);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a discount never exceeds its base (service and add-on lines)', () => {
    fc.assert(
      fc.property(catalogAndRequest, ({ catalog, request }) => {
        const quote = computeQuote(catalog, request);
        const base = quote.lines.filter((l) => l.kind === 'service' || l.kind === 'addOn').reduce((s, l) => s + l.amount, 0);
        expect(quote.discount).toBeGreaterThanOrEqual(0);
        expect(quote.discount).toBeLessThanOrEqual(base);
        const lines = quote.lines.filter((l) => l.kind === 'discount');
        expect(lines.length).toBeLessThanOrEqual(1); // only one discount applies
        expect(0 - (lines[0]?.amount ?? 0)).toBe(quote.discount);
      }),
      { numRuns: 300 },
    );
  });

  // This depends on the catalog's data, not only on the engine: it holds when an automatic
  // discount never takes more than the session it needs adds (seed and US catalogs).
  // The spec's example breaks it: 9 sessions 9 * 70,000 = 630,000, but 10 sessions get
  // 15 % off: 700,000 - 105,000 = 595,000 (see the test below).
  const monotonicCatalogs = catalogs.filter((c) => c !== specCatalog);
  const monotonicCase = fc.constantFrom(...monotonicCatalogs).chain((catalog) => requestFor(catalog).map((request) => ({ catalog, request })));

  it('adding a session never lowers the total', () => {
    fc.assert(
      fc.property(monotonicCase, ({ catalog, request }) => {
        const sessions = request.sessions ?? 1;
        const fewer = computeQuote(catalog, request).total;
        const more = computeQuote(catalog, { ...request, sessions: sessions + 1 }).total;
        expect(more).toBeGreaterThanOrEqual(fewer);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a catalog where more sessions cost less', () => {
  it('is possible with a steep multi-visit discount (the spec example)', () => {
    const nine = computeQuote(specCatalog, { items: [{ serviceId: 'swedish', minutes: 60 }], sessions: 9 }).total;
    const ten = computeQuote(specCatalog, { items: [{ serviceId: 'swedish', minutes: 60 }], sessions: 10 }).total;
    expect([nine, ten]).toEqual([630000, 595000]);
  });
});

describe('exact percent', () => {
  it('agrees with integer arithmetic for percents with up to 4 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 100 * 10 ** 4 }), (amount, scaled) => {
        // percent = scaled / 10^4; round(amount * scaled / 10^6) half up, in BigInt.
        const exact = (2n * BigInt(amount) * BigInt(scaled) + 10n ** 6n) / (2n * 10n ** 6n);
        expect(percentOf(amount, scaled / 10 ** 4)).toBe(Number(exact));
      }),
      { numRuns: 500 },
    );
  });
});

describe('enrollment properties', () => {
  it.each([
    ['the 600-hour school', krw600Catalog],
    ['the Korean sample school', seedCatalog],
  ])('due now plus the schedule is the total, and payments are never negative: %s', (_, catalog) => {
    const school = catalog.school!;
    fc.assert(
      fc.property(
        fc.constantFrom(...school.programs.map((p) => p.id)),
        fc.constantFrom(...school.paymentPlans.map((p) => p.id)),
        fc.subarray(school.fees.filter((f) => f.optional && !f.programs).map((f) => f.id)),
        fc.record({ y: fc.integer({ min: 2026, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }),
        (programId, paymentPlanId, optionalFeeIds, { y, m, d }) => {
          const quote = computeEnrollmentQuote(catalog, { programId, paymentPlanId, optionalFeeIds, startDate: `${y}-${pad(m)}-${pad(d)}` });
          expect(quote.dueAtEnrollment + quote.schedule.reduce((s, p) => s + p.amount, 0)).toBe(quote.total);
          expect(quote.schedule.every((p) => Number.isSafeInteger(p.amount) && p.amount >= 0)).toBe(true);
          expect([...quote.schedule.map((p) => p.date)].sort()).toEqual(quote.schedule.map((p) => p.date));
        },
      ),
    );
  });
});

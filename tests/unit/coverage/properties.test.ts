// Properties of checkCoverage for any valid plan, prescription, visit and usage.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCoverage, planYear, type CoverageReasonCode, type InsurancePlan } from '../../../shared/coverage';
import { anyDate, anyPrescription } from '../prescriptions/fixtures';

const ORDER: CoverageReasonCode[] = [
  'prescription-required',
  'prescription-not-yet-valid',
  'prescription-expired',
  'prescription-too-old',
  'diagnosis-code-required',
  'diagnosis-not-covered',
  'visit-limit-reached',
  'annual-max-reached',
  'too-long',
];

const anyPlan: fc.Arbitrary<InsurancePlan> = fc.record(
  {
    requiresPrescription: fc.boolean(),
    requiresDiagnosisCode: fc.boolean(),
    coveredCodes: fc.array(fc.constantFrom('M54', 'M54.5', 'M79.1', 'S93', 'G44'), { minLength: 1, maxLength: 3 }),
    excludedCodes: fc.array(fc.constantFrom('M54.1', 'M54.50'), { maxLength: 2 }),
    prescriptionValidMonths: fc.integer({ min: 1, max: 24 }),
    visitsPerYear: fc.integer({ min: 1, max: 40 }),
    annualMax: fc.integer({ min: 1, max: 2_000_000 }),
    perVisitMax: fc.integer({ min: 1, max: 200_000 }),
    deductible: fc.integer({ min: 0, max: 100_000 }),
    copay: fc.integer({ min: 0, max: 50_000 }),
    coveragePercent: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
    minClientShare: fc.integer({ min: 0, max: 50_000 }),
    maxMinutes: fc.integer({ min: 10, max: 180 }),
    yearStart: fc.constantFrom('01-01', '03-01', '07-01', '12-31', '02-28'),
  },
  { requiredKeys: [] },
);

const anyVisit = fc.record({ date: anyDate, minutes: fc.integer({ min: 1, max: 180 }), price: fc.integer({ min: 0, max: 1_000_000 }) });
const anyUsage = fc.record({
  visits: fc.integer({ min: 0, max: 50 }),
  insurerPaid: fc.integer({ min: 0, max: 2_500_000 }),
  deductibleApplied: fc.integer({ min: 0, max: 150_000 }),
});
const anyCase = fc.tuple(anyPlan, fc.option(anyPrescription, { freq: 5 }), anyVisit, anyUsage);

describe('checkCoverage properties', () => {
  it('insurerPays + clientPays = price, both whole and never negative', () => {
    fc.assert(
      fc.property(anyCase, ([plan, p, v, usage]) => {
        const r = checkCoverage(plan, p, v, usage);
        expect(r.insurerPays + r.clientPays).toBe(v.price);
        expect(Number.isSafeInteger(r.insurerPays) && r.insurerPays >= 0).toBe(true);
        expect(Number.isSafeInteger(r.clientPays) && r.clientPays >= 0).toBe(true);
      }),
    );
  });

  it('insurerPays never above perVisitMax nor what is left of annualMax', () => {
    fc.assert(
      fc.property(anyCase, ([plan, p, v, usage]) => {
        const r = checkCoverage(plan, p, v, usage);
        if (plan.perVisitMax !== undefined) expect(r.insurerPays).toBeLessThanOrEqual(plan.perVisitMax);
        if (plan.annualMax !== undefined) expect(r.insurerPays).toBeLessThanOrEqual(Math.max(0, plan.annualMax - usage.insurerPaid));
      }),
    );
  });

  it('with minClientShare the client pays at least that much (or the whole price when it is less)', () => {
    fc.assert(
      fc.property(anyCase, ([plan, p, v, usage]) => {
        const r = checkCoverage(plan, p, v, usage);
        expect(r.clientPays).toBeGreaterThanOrEqual(Math.min(v.price, plan.minClientShare ?? 0));
      }),
    );
  });

  it('covered exactly when there is no reason; reasons in the spec order, once each; nothing paid when not covered', () => {
    fc.assert(
      fc.property(anyCase, ([plan, p, v, usage]) => {
        const r = checkCoverage(plan, p, v, usage);
        expect(r.covered).toBe(r.reasons.length === 0);
        const positions = r.reasons.map((x) => ORDER.indexOf(x.code));
        expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
        if (!r.covered) expect([r.insurerPays, r.deductiblePart, r.copayPart]).toEqual([0, 0, 0]);
      }),
    );
  });

  it('the parts add up: deductible and copay are within the price, the insurer within the rest', () => {
    fc.assert(
      fc.property(anyCase, ([plan, p, v, usage]) => {
        const r = checkCoverage(plan, p, v, usage);
        expect(r.deductiblePart + r.copayPart + r.insurerPays).toBeLessThanOrEqual(v.price);
        expect(r.deductiblePart).toBeLessThanOrEqual(Math.max(0, (plan.deductible ?? 0) - usage.deductibleApplied));
        expect(r.copayPart).toBeLessThanOrEqual(plan.copay ?? 0);
      }),
    );
  });

  it('left this year is never negative; the plan year holds the date and lasts a year', () => {
    fc.assert(
      fc.property(anyCase, ([plan, p, v, usage]) => {
        const r = checkCoverage(plan, p, v, usage);
        if (r.visitsLeft !== null) expect(r.visitsLeft).toBeGreaterThanOrEqual(0);
        if (r.amountLeft !== null) expect(r.amountLeft).toBeGreaterThanOrEqual(0);
        expect(r.planYear).toEqual(planYear(plan, v.date));
        expect(r.planYear.from <= v.date && v.date <= r.planYear.to).toBe(true);
        const days = (Date.parse(r.planYear.to) - Date.parse(r.planYear.from)) / 86_400_000 + 1;
        expect([365, 366]).toContain(days);
      }),
    );
  });

  it('a higher price never makes the insurer pay less, nor the client pay less', () => {
    fc.assert(
      fc.property(anyCase, fc.integer({ min: 0, max: 100_000 }), ([plan, p, v, usage], more) => {
        const a = checkCoverage(plan, p, v, usage);
        const b = checkCoverage(plan, p, { ...v, price: v.price + more }, usage);
        expect(b.insurerPays).toBeGreaterThanOrEqual(a.insurerPays);
        expect(b.clientPays).toBeGreaterThanOrEqual(a.clientPays);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkCoverage, type CoverageUsage, type CoverageVisit, type InsurancePlan } from '../../../shared/coverage';
import type { Prescription } from '../../../shared/prescriptions';
import { expectCode, minimal, specPrescription } from '../prescriptions/fixtures';
import { noUsage, specPlan } from './fixtures';

const visit = (extra: Partial<CoverageVisit> = {}): CoverageVisit => ({ date: '2026-11-20', minutes: 60, price: 100000, ...extra });
const reasons = (plan: InsurancePlan, p: Prescription | null, v = visit(), usage: CoverageUsage = noUsage) =>
  checkCoverage(plan, p, v, usage).reasons;
const backPain = minimal({ diagnoses: [{ text: 'back pain' }] });
const withCode = (code: string) => minimal({ diagnoses: [{ code, text: 'back pain' }] });

describe('the spec example plan', () => {
  it('covers the spec prescription: 80 % of at most 80,000 a visit', () => {
    expect(checkCoverage(specPlan, specPrescription, visit(), { visits: 3, insurerPaid: 192000, deductibleApplied: 0 })).toEqual({
      covered: true,
      reasons: [],
      insurerPays: 64000,
      clientPays: 36000,
      deductiblePart: 0,
      copayPart: 0,
      planYear: { from: '2026-01-01', to: '2026-12-31' },
      visitsLeft: 16,
      amountLeft: 244000,
    });
  });

  it('the first conversation: "back pain" in words is not enough, M54.6 is', () => {
    expect(reasons(specPlan, backPain)).toEqual([{ code: 'diagnosis-code-required' }]);
    const answer = checkCoverage(specPlan, withCode('M54.6'), visit(), noUsage);
    expect(answer.covered).toBe(true);
    expect(answer.insurerPays).toBe(64000);
  });

  it('M54.1 is excluded although M54 is covered; M79.1 is covered; M25.5 is not', () => {
    expect(reasons(specPlan, withCode('M54.16'))).toEqual([{ code: 'diagnosis-not-covered', codes: ['M54.16'] }]);
    expect(reasons(specPlan, withCode('m791'))).toEqual([]);
    expect(reasons(specPlan, withCode('M25.511'))).toEqual([{ code: 'diagnosis-not-covered', codes: ['M25.511'] }]);
  });

  it('one code that counts is enough; the reason lists all the codes when none counts', () => {
    const two = (a: string, b: string) => minimal({ diagnoses: [{ code: a }, { text: 'x' }, { code: b }] });
    expect(reasons(specPlan, two('M25.5', 'M54.50'))).toEqual([]);
    expect(reasons(specPlan, two('M25.5', 'M54.1'))).toEqual([{ code: 'diagnosis-not-covered', codes: ['M25.5', 'M54.1'] }]);
  });
});

describe('reasons', () => {
  it('1. prescription-required, then 5. diagnosis-code-required (no prescription has no codes)', () => {
    expect(reasons(specPlan, null)).toEqual([{ code: 'prescription-required' }, { code: 'diagnosis-code-required' }]);
    expect(reasons({}, null)).toEqual([]);
    expect(reasons({ requiresPrescription: true }, backPain)).toEqual([]);
  });

  it('2. prescription-not-yet-valid before issuedOn', () => {
    expect(reasons({}, backPain, visit({ date: '2026-11-01' }))).toEqual([{ code: 'prescription-not-yet-valid' }]);
    expect(reasons({}, backPain, visit({ date: '2026-11-02' }))).toEqual([]);
  });

  it('3. prescription-expired after expiresOn', () => {
    const p = minimal({ expiresOn: '2026-11-30' });
    expect(reasons({}, p, visit({ date: '2026-12-01' }))).toEqual([{ code: 'prescription-expired' }]);
    expect(reasons({}, p, visit({ date: '2026-11-30' }))).toEqual([]);
  });

  it('4. prescription-too-old: the same day N months later is the last valid day', () => {
    const plan = { prescriptionValidMonths: 3 };
    expect(reasons(plan, backPain, visit({ date: '2027-02-02' }))).toEqual([]);
    expect(reasons(plan, backPain, visit({ date: '2027-02-03' }))).toEqual([{ code: 'prescription-too-old' }]);
  });

  it('4. the spec example: issued 2026-01-31, 1 month -> valid through 2026-02-28', () => {
    const p = minimal({ issuedOn: '2026-01-31' });
    expect(reasons({ prescriptionValidMonths: 1 }, p, visit({ date: '2026-02-28' }))).toEqual([]);
    expect(reasons({ prescriptionValidMonths: 1 }, p, visit({ date: '2026-03-01' }))).toEqual([{ code: 'prescription-too-old' }]);
    // In a leap year the 29th exists.
    const leap = minimal({ issuedOn: '2028-01-31' });
    expect(reasons({ prescriptionValidMonths: 1 }, leap, visit({ date: '2028-02-29' }))).toEqual([]);
    expect(reasons({ prescriptionValidMonths: 1 }, leap, visit({ date: '2028-03-01' }))).toEqual([{ code: 'prescription-too-old' }]);
  });

  it('5. diagnosis-code-required also when only coveredCodes is set', () => {
    expect(reasons({ coveredCodes: ['M54'] }, backPain)).toEqual([{ code: 'diagnosis-code-required' }]);
    expect(reasons({ requiresDiagnosisCode: true }, backPain)).toEqual([{ code: 'diagnosis-code-required' }]);
    expect(reasons({ excludedCodes: ['M54.1'] }, backPain)).toEqual([]);
    expect(reasons({ coveredCodes: ['M54'] }, null)).toEqual([{ code: 'diagnosis-code-required' }]);
  });

  it('6. diagnosis-not-covered through excludedCodes alone', () => {
    expect(reasons({ excludedCodes: ['M54.1'] }, withCode('M54.12'))).toEqual([{ code: 'diagnosis-not-covered', codes: ['M54.12'] }]);
    expect(reasons({ excludedCodes: ['M54.1'] }, withCode('M54.2'))).toEqual([]);
  });

  it('7. visit-limit-reached when the visits used reach visitsPerYear', () => {
    expect(reasons({ visitsPerYear: 20 }, null, visit(), { ...noUsage, visits: 19 })).toEqual([]);
    expect(reasons({ visitsPerYear: 20 }, null, visit(), { ...noUsage, visits: 20 })).toEqual([{ code: 'visit-limit-reached' }]);
  });

  it('8. annual-max-reached when the plan has paid annualMax', () => {
    expect(reasons({ annualMax: 500000 }, null, visit(), { ...noUsage, insurerPaid: 499999 })).toEqual([]);
    expect(reasons({ annualMax: 500000 }, null, visit(), { ...noUsage, insurerPaid: 500000 })).toEqual([{ code: 'annual-max-reached' }]);
  });

  it('9. too-long over maxMinutes', () => {
    expect(reasons({ maxMinutes: 60 }, null, visit({ minutes: 60 }))).toEqual([]);
    expect(reasons({ maxMinutes: 60 }, null, visit({ minutes: 90 }))).toEqual([{ code: 'too-long' }]);
  });

  it('every reason that applies, in the spec order', () => {
    const p = minimal({ issuedOn: '2026-01-01', expiresOn: '2026-06-30', diagnoses: [{ code: 'M54.1' }] });
    const usage = { visits: 20, insurerPaid: 500000, deductibleApplied: 0 };
    expect(reasons(specPlan, p, visit({ date: '2027-02-01', minutes: 90 }), usage).map((r) => r.code)).toEqual([
      'prescription-expired',
      'prescription-too-old',
      'diagnosis-not-covered',
      'visit-limit-reached',
      'annual-max-reached',
      'too-long',
    ]);
    expect(reasons(specPlan, p, visit({ date: '2025-12-31' })).map((r) => r.code)).toEqual(['prescription-not-yet-valid', 'diagnosis-not-covered']);
  });

  it('not covered: the client pays the price, nothing is applied', () => {
    expect(checkCoverage(specPlan, backPain, visit({ price: 70000 }), { visits: 2, insurerPaid: 10000, deductibleApplied: 0 })).toEqual({
      covered: false,
      reasons: [{ code: 'diagnosis-code-required' }],
      insurerPays: 0,
      clientPays: 70000,
      deductiblePart: 0,
      copayPart: 0,
      planYear: { from: '2026-01-01', to: '2026-12-31' },
      visitsLeft: 18,
      amountLeft: 490000,
    });
  });
});

describe('the estimate', () => {
  it('1. allowed is the price capped by perVisitMax', () => {
    expect(checkCoverage({ perVisitMax: 50000 }, null, visit(), noUsage).insurerPays).toBe(50000);
    expect(checkCoverage({ perVisitMax: 500000 }, null, visit(), noUsage).insurerPays).toBe(100000);
  });

  it('2. the deductible left is taken first, at most the allowed amount', () => {
    const plan = { deductible: 30000 };
    expect(checkCoverage(plan, null, visit(), noUsage)).toMatchObject({ deductiblePart: 30000, insurerPays: 70000, clientPays: 30000 });
    expect(checkCoverage(plan, null, visit(), { ...noUsage, deductibleApplied: 25000 })).toMatchObject({ deductiblePart: 5000, insurerPays: 95000 });
    expect(checkCoverage(plan, null, visit(), { ...noUsage, deductibleApplied: 40000 })).toMatchObject({ deductiblePart: 0, insurerPays: 100000 });
    expect(checkCoverage({ deductible: 300000 }, null, visit(), noUsage)).toMatchObject({ deductiblePart: 100000, insurerPays: 0, clientPays: 100000 });
  });

  it('3. the copay comes out of what is left after the deductible', () => {
    expect(checkCoverage({ copay: 20000 }, null, visit(), noUsage)).toMatchObject({ copayPart: 20000, insurerPays: 80000 });
    expect(checkCoverage({ copay: 20000, deductible: 90000 }, null, visit(), noUsage)).toMatchObject({
      deductiblePart: 90000,
      copayPart: 10000,
      insurerPays: 0,
    });
  });

  it('4. the percent is rounded half up, exactly (decimal percents too)', () => {
    expect(checkCoverage({ coveragePercent: 50 }, null, visit({ price: 1 }), noUsage).insurerPays).toBe(1);
    expect(checkCoverage({ coveragePercent: 50 }, null, visit({ price: 3 }), noUsage).insurerPays).toBe(2);
    expect(checkCoverage({ coveragePercent: 33.3 }, null, visit({ price: 1000 }), noUsage).insurerPays).toBe(333);
    expect(checkCoverage({ coveragePercent: 12.5 }, null, visit({ price: 4 }), noUsage).insurerPays).toBe(1);
    expect(checkCoverage({ coveragePercent: 0 }, null, visit(), noUsage)).toMatchObject({ covered: true, insurerPays: 0, clientPays: 100000 });
  });

  it('5. Korean indemnity style: 70 %, but the client pays at least 30,000 won a visit', () => {
    const plan = { coveragePercent: 70, minClientShare: 30000 };
    expect(checkCoverage(plan, null, visit({ price: 50000 }), noUsage)).toMatchObject({ insurerPays: 20000, clientPays: 30000 });
    expect(checkCoverage(plan, null, visit({ price: 150000 }), noUsage)).toMatchObject({ insurerPays: 105000, clientPays: 45000 });
    expect(checkCoverage(plan, null, visit({ price: 20000 }), noUsage)).toMatchObject({ insurerPays: 0, clientPays: 20000 });
  });

  it('6. what is left of annualMax caps the payment', () => {
    const plan = { annualMax: 500000 };
    expect(checkCoverage(plan, null, visit(), { ...noUsage, insurerPaid: 460000 })).toMatchObject({ insurerPays: 40000, clientPays: 60000, amountLeft: 0 });
  });

  it('a US PPO: deductible, then copay, then 80 %', () => {
    // $500 deductible, $25 copay, 80 %; the visit costs $120.00 (minor units, cents).
    const ppo = { deductible: 50000, copay: 2500, coveragePercent: 80 };
    expect(checkCoverage(ppo, null, visit({ price: 12000 }), noUsage)).toMatchObject({ deductiblePart: 12000, copayPart: 0, insurerPays: 0, clientPays: 12000 });
    expect(checkCoverage(ppo, null, visit({ price: 12000 }), { ...noUsage, deductibleApplied: 45000 })).toMatchObject({
      deductiblePart: 5000,
      copayPart: 2500,
      insurerPays: 3600,
      clientPays: 8400,
    });
    expect(checkCoverage(ppo, null, visit({ price: 12000 }), { ...noUsage, deductibleApplied: 50000 })).toMatchObject({ insurerPays: 7600, clientPays: 4400 });
  });

  it('visitsLeft counts this visit only when covered; amountLeft subtracts this payment', () => {
    const plan = { visitsPerYear: 10, annualMax: 300000 };
    expect(checkCoverage(plan, null, visit(), { ...noUsage, visits: 4, insurerPaid: 100000 })).toMatchObject({ visitsLeft: 5, amountLeft: 100000 });
    expect(checkCoverage({ ...plan, maxMinutes: 30 }, null, visit(), { ...noUsage, visits: 4 })).toMatchObject({ visitsLeft: 6, amountLeft: 300000 });
    expect(checkCoverage(plan, null, visit(), { ...noUsage, visits: 12, insurerPaid: 400000 })).toMatchObject({ visitsLeft: 0, amountLeft: 0 });
    expect(checkCoverage({}, null, visit(), noUsage)).toMatchObject({ visitsLeft: null, amountLeft: null });
  });

  it('the plan year follows yearStart', () => {
    expect(checkCoverage({ yearStart: '07-01' }, null, visit({ date: '2027-03-10' }), noUsage).planYear).toEqual({ from: '2026-07-01', to: '2027-06-30' });
  });
});

describe('errors', () => {
  it('invalid-plan for a plan that breaks its rules', () => {
    expectCode(() => checkCoverage({ coveragePercent: 120 }, null, visit(), noUsage), 'invalid-plan');
  });

  it('invalid-prescription for a prescription that breaks its rules, including its areas', () => {
    expectCode(() => checkCoverage({}, minimal({ diagnoses: [] }), visit(), noUsage), 'invalid-prescription');
    expectCode(() => checkCoverage({}, minimal({ areas: [{ region: 'knee' }] }), visit(), noUsage), 'invalid-prescription');
    expectCode(() => checkCoverage({}, minimal({ diagnoses: [{ code: 'M5' }] }), visit(), noUsage), 'invalid-prescription');
  });

  it.each<[string, Partial<CoverageVisit> | null, CoverageUsage | null]>([
    ['a date that is not a day', { date: '2026-02-30' }, null],
    ['minutes 0', { minutes: 0 }, null],
    ['fractional minutes', { minutes: 1.5 }, null],
    ['a negative price', { price: -1 }, null],
    ['a fractional price', { price: 100.5 }, null],
    ['a price as text', { price: '100' as unknown as number }, null],
    ['negative visits used', null, { visits: -1, insurerPaid: 0, deductibleApplied: 0 }],
    ['fractional amount paid', null, { visits: 0, insurerPaid: 0.5, deductibleApplied: 0 }],
    ['no deductible applied', null, { visits: 0, insurerPaid: 0 } as CoverageUsage],
  ])('%s is invalid-request', (_, v, usage) => {
    expectCode(() => checkCoverage({}, null, visit(v ?? {}), usage ?? noUsage), 'invalid-request');
  });

  it('a price of 0 is allowed', () => {
    expect(checkCoverage({}, null, visit({ price: 0 }), noUsage)).toMatchObject({ covered: true, insurerPays: 0, clientPays: 0 });
  });
});

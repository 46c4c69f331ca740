import { describe, expect, it } from 'vitest';
import { planRules, planYear, validatePlan, type InsurancePlan } from '../../../shared/coverage';
import { expectCode } from '../prescriptions/fixtures';
import { specPlan } from './fixtures';

describe('plan defaults and checks', () => {
  it('an empty plan gets every default of the spec', () => {
    expect(planRules({})).toEqual({
      requiresPrescription: false,
      requiresDiagnosisCode: false,
      coveredCodes: null,
      excludedCodes: [],
      prescriptionValidMonths: null,
      visitsPerYear: null,
      annualMax: null,
      perVisitMax: null,
      maxMinutes: null,
      deductible: 0,
      copay: 0,
      minClientShare: 0,
      coveragePercent: 100,
      yearStart: { month: 1, day: 1 },
    });
  });

  it('accepts the spec example and normalizes code prefixes', () => {
    expect(validatePlan(specPlan)).toEqual(specPlan);
    expect(validatePlan({ coveredCodes: [' m546', 'm79'], excludedCodes: ['m54 1'] })).toEqual({
      coveredCodes: ['M54.6', 'M79'],
      excludedCodes: ['M54.1'],
    });
  });

  it('allows decimals in coveragePercent, 0 and 100', () => {
    for (const coveragePercent of [0, 12.5, 87.25, 100]) expect(planRules({ coveragePercent }).coveragePercent).toBe(coveragePercent);
  });

  it.each<[string, unknown]>([
    ['not an object', 'plan'],
    ['requiresPrescription not a boolean', { requiresPrescription: 'yes' }],
    ['requiresDiagnosisCode not a boolean', { requiresDiagnosisCode: 1 }],
    ['coveredCodes not a list', { coveredCodes: 'M54' }],
    ['a covered code badly formed', { coveredCodes: ['M5'] }],
    ['an excluded code badly formed', { excludedCodes: ['54.1'] }],
    ['an excluded code not text', { excludedCodes: [541] }],
    ['prescriptionValidMonths 0', { prescriptionValidMonths: 0 }],
    ['visitsPerYear fractional', { visitsPerYear: 2.5 }],
    ['annualMax 0', { annualMax: 0 }],
    ['perVisitMax negative', { perVisitMax: -1 }],
    ['maxMinutes as text', { maxMinutes: '60' }],
    ['deductible negative', { deductible: -100 }],
    ['copay fractional', { copay: 0.5 }],
    ['minClientShare as text', { minClientShare: '30000' }],
    ['coveragePercent over 100', { coveragePercent: 100.01 }],
    ['coveragePercent negative', { coveragePercent: -1 }],
    ['coveragePercent not a number', { coveragePercent: '80' }],
    ['coveragePercent NaN', { coveragePercent: Number.NaN }],
    ['yearStart 02-29', { yearStart: '02-29' }],
    ['yearStart 04-31', { yearStart: '04-31' }],
    ['yearStart 13-01', { yearStart: '13-01' }],
    ['yearStart 7-1', { yearStart: '7-1' }],
    ['yearStart a full date', { yearStart: '2026-07-01' }],
    ['null for an optional field', { annualMax: null }],
  ])('%s is invalid-plan', (_, plan) => {
    expectCode(() => validatePlan(plan as InsurancePlan), 'invalid-plan');
  });
});

describe('planYear', () => {
  it('the spec example: with 07-01, 2027-03-10 is in 2026-07-01 .. 2027-06-30', () => {
    expect(planYear({ yearStart: '07-01' }, '2027-03-10')).toEqual({ from: '2026-07-01', to: '2027-06-30' });
  });

  it.each([
    ['01-01', '2026-01-01', '2026-01-01', '2026-12-31'],
    ['01-01', '2026-12-31', '2026-01-01', '2026-12-31'],
    ['07-01', '2026-07-01', '2026-07-01', '2027-06-30'],
    ['07-01', '2026-06-30', '2025-07-01', '2026-06-30'],
    ['03-01', '2028-02-29', '2027-03-01', '2028-02-29'],
    ['03-01', '2027-02-28', '2026-03-01', '2027-02-28'],
    ['02-28', '2028-02-29', '2028-02-28', '2029-02-27'],
    ['12-31', '2026-12-30', '2025-12-31', '2026-12-30'],
  ])('yearStart %s: %s is in %s .. %s', (yearStart, date, from, to) => {
    expect(planYear({ yearStart }, date)).toEqual({ from, to });
  });

  it('defaults to the calendar year', () => {
    expect(planYear({}, '2027-03-10')).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('refuses a bad date (invalid-request) and a bad plan (invalid-plan)', () => {
    expectCode(() => planYear({}, '2027-02-29'), 'invalid-request');
    expectCode(() => planYear({ yearStart: '02-29' }, '2027-03-01'), 'invalid-plan');
  });
});

// The spec's example plan, and usage helpers.
import type { CoverageUsage, InsurancePlan } from '../../../shared/coverage';

export const specPlan: InsurancePlan = {
  id: 'hanul-basic',
  name: { ko: '하늘생명 기본형', en: 'Hanul Life Basic' },
  requiresPrescription: true,
  requiresDiagnosisCode: true,
  coveredCodes: ['M54', 'M79.1'],
  excludedCodes: ['M54.1'],
  prescriptionValidMonths: 12,
  visitsPerYear: 20,
  annualMax: 500000,
  perVisitMax: 80000,
  deductible: 0,
  copay: 0,
  coveragePercent: 80,
  minClientShare: 0,
  maxMinutes: 60,
  yearStart: '01-01',
};

export const noUsage: CoverageUsage = { visits: 0, insurerPaid: 0, deductibleApplied: 0 };

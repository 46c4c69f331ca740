// The plan's own rules (spec "Insurance plan"): checked, normalized, defaults applied.
import { daysInMonth } from '../pricing/dates';
import { isObject, isWhole } from '../prescriptions/checks';
import { tryNormalizeDiagnosisCode } from '../prescriptions/codes';
import { CoverageError } from './errors';
import type { InsurancePlan } from './types';

function invalid(field: string, reason: string): never {
  throw new CoverageError('invalid-plan', { field, reason });
}

/** The plan with every default applied: what the rules compute with. */
export type PlanRules = {
  requiresPrescription: boolean;
  requiresDiagnosisCode: boolean;
  coveredCodes: string[] | null;
  excludedCodes: string[];
  prescriptionValidMonths: number | null;
  visitsPerYear: number | null;
  annualMax: number | null;
  perVisitMax: number | null;
  deductible: number;
  copay: number;
  coveragePercent: number;
  minClientShare: number;
  maxMinutes: number | null;
  yearStart: { month: number; day: number };
};

export const LIMIT_FIELDS = ['prescriptionValidMonths', 'visitsPerYear', 'annualMax', 'perVisitMax', 'maxMinutes'] as const;
export const AMOUNT_FIELDS = ['deductible', 'copay', 'minClientShare'] as const;

/** "07-01" -> { 7, 1 }; null for anything that is not a real month-day or is "02-29". */
export function parseYearStart(text: unknown): { month: number; day: number } | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  // 2001 is not a leap year: February has 28 days, so "02-29" is refused.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2001, month)) return null;
  return { month, day };
}

function flag(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') invalid(field, 'not-true-or-false');
  return value;
}

function codeList(value: unknown, field: string): string[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) invalid(field, 'not-a-list');
  return value.map((code, i) =>
    (typeof code === 'string' ? tryNormalizeDiagnosisCode(code) : null) ?? invalid(`${field}[${i}]`, 'invalid-diagnosis-code'),
  );
}

/** Checks a plan against the spec's rules; returns the rules with defaults applied.
 *  Throws `invalid-plan`. Fields the rules do not use (id, name) are not looked at. */
export function planRules(plan: unknown): PlanRules {
  if (!isObject(plan)) invalid('', 'not-an-object');
  const limits = {} as Record<(typeof LIMIT_FIELDS)[number], number | null>;
  for (const field of LIMIT_FIELDS) {
    const value = plan[field];
    if (value !== undefined && !isWhole(value, 1)) invalid(field, 'whole-number-min-1');
    limits[field] = (value as number | undefined) ?? null;
  }
  const amounts = {} as Record<(typeof AMOUNT_FIELDS)[number], number>;
  for (const field of AMOUNT_FIELDS) {
    const value = plan[field];
    if (value !== undefined && !isWhole(value, 0)) invalid(field, 'whole-number-min-0');
    amounts[field] = (value as number | undefined) ?? 0;
  }
  const percent = plan.coveragePercent;
  if (percent !== undefined && (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100)) {
    invalid('coveragePercent', 'number-0-to-100');
  }
  const yearStart = plan.yearStart === undefined ? { month: 1, day: 1 } : parseYearStart(plan.yearStart);
  if (!yearStart) invalid('yearStart', 'not-a-month-day');
  return {
    requiresPrescription: flag(plan.requiresPrescription, 'requiresPrescription'),
    requiresDiagnosisCode: flag(plan.requiresDiagnosisCode, 'requiresDiagnosisCode'),
    coveredCodes: codeList(plan.coveredCodes, 'coveredCodes'),
    excludedCodes: codeList(plan.excludedCodes, 'excludedCodes') ?? [],
    ...limits,
    ...amounts,
    coveragePercent: (percent as number | undefined) ?? 100,
    yearStart,
  };
}

/** Checks a plan; returns it with its codes normalized (other fields as given). */
export function validatePlan(plan: InsurancePlan): InsurancePlan {
  const rules = planRules(plan);
  return {
    ...plan,
    ...(rules.coveredCodes ? { coveredCodes: rules.coveredCodes } : {}),
    ...(plan.excludedCodes !== undefined ? { excludedCodes: rules.excludedCodes } : {}),
  };
}

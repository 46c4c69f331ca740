// A stored plan (nulls for "no such limit", as the records and the API keep it) as the rules
// take it: absent limits left out. One function for the main process and the renderer.
import type { InsurancePlan } from './types';

export type StoredPlanRules = {
  requiresPrescription: boolean;
  requiresDiagnosisCode: boolean;
  coveredCodes: string[] | null;
  excludedCodes: string[] | null;
  prescriptionValidMonths: number | null;
  visitsPerYear: number | null;
  annualMax: number | null;
  perVisitMax: number | null;
  deductible: number;
  copay: number;
  coveragePercent: number;
  minClientShare: number;
  maxMinutes: number | null;
  yearStart: string;
};

export function planFromRecord(p: StoredPlanRules): InsurancePlan {
  const plan: InsurancePlan = {
    requiresPrescription: p.requiresPrescription,
    requiresDiagnosisCode: p.requiresDiagnosisCode,
    deductible: p.deductible,
    copay: p.copay,
    coveragePercent: p.coveragePercent,
    minClientShare: p.minClientShare,
    yearStart: p.yearStart,
  };
  if (p.coveredCodes !== null) plan.coveredCodes = p.coveredCodes;
  if (p.excludedCodes !== null) plan.excludedCodes = p.excludedCodes;
  for (const key of ['prescriptionValidMonths', 'visitsPerYear', 'annualMax', 'perVisitMax', 'maxMinutes'] as const) {
    const value = p[key];
    if (value !== null) plan[key] = value;
  }
  return plan;
}

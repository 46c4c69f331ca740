// Insurance plans and the coverage answer (spec "Insurance plan", "checkCoverage").
import type { Bilingual } from '../vocabulary';

export type InsurancePlan = {
  /** Not used by the rules; the records keep them. */
  id?: string;
  name?: Bilingual;
  requiresPrescription?: boolean;
  requiresDiagnosisCode?: boolean;
  /** Code prefixes; absent = every diagnosis. */
  coveredCodes?: string[];
  excludedCodes?: string[];
  prescriptionValidMonths?: number;
  visitsPerYear?: number;
  annualMax?: number;
  perVisitMax?: number;
  deductible?: number;
  copay?: number;
  /** 0..100, decimals allowed; default 100. */
  coveragePercent?: number;
  minClientShare?: number;
  maxMinutes?: number;
  /** "MM-DD", not "02-29"; default "01-01". */
  yearStart?: string;
};

export type CoverageVisit = { date: string; minutes: number; price: number };

export type CoverageUsage = { visits: number; insurerPaid: number; deductibleApplied: number };

export type CoverageReasonCode =
  | 'prescription-required'
  | 'prescription-not-yet-valid'
  | 'prescription-expired'
  | 'prescription-too-old'
  | 'diagnosis-code-required'
  | 'diagnosis-not-covered'
  | 'visit-limit-reached'
  | 'annual-max-reached'
  | 'too-long';

export type CoverageReason = { code: CoverageReasonCode; codes?: string[] };

export type PlanYear = { from: string; to: string };

export type Coverage = {
  covered: boolean;
  reasons: CoverageReason[];
  insurerPays: number;
  clientPays: number;
  deductiblePart: number;
  copayPart: number;
  planYear: PlanYear;
  /** null without `visitsPerYear`. */
  visitsLeft: number | null;
  /** null without `annualMax`. */
  amountLeft: number | null;
};

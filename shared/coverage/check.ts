// "Will my plan cover it?" (spec `checkCoverage`): the reasons in the spec's order, then
// the estimate. Pure: the date and the usage are inputs.
import { daysInMonth, type CivilDate } from '../pricing/dates';
import { percentOf } from '../pricing/money';
import { civil, dayNumber, isObject, isWhole } from '../prescriptions/checks';
import { codeMatches } from '../prescriptions/codes';
import { PrescriptionError } from '../prescriptions/errors';
import { codesOf, validatePrescription } from '../prescriptions/prescription';
import type { Prescription } from '../prescriptions/types';
import { CoverageError } from './errors';
import { planRules, type PlanRules } from './plan';
import { planYearOf } from './year';
import type { Coverage, CoverageReason, CoverageUsage, CoverageVisit, InsurancePlan } from './types';

function invalid(field: string, reason: string): never {
  throw new CoverageError('invalid-request', { field, reason });
}

/** The same day `months` months later, or that month's last day (2026-01-31 + 1 ->
 *  2026-02-28). */
function addMonths({ year, month, day }: CivilDate, months: number): CivilDate {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { year: y, month: m, day: Math.min(day, daysInMonth(y, m)) };
}

function checkedPrescription(prescription: unknown): Prescription | null {
  if (prescription === null) return null;
  try {
    return validatePrescription(prescription);
  } catch (e) {
    if (e instanceof PrescriptionError) throw new CoverageError('invalid-prescription', e.details);
    throw e;
  }
}

function checkedVisit(visit: unknown): { date: CivilDate; minutes: number; price: number } {
  if (!isObject(visit)) invalid('visit', 'not-an-object');
  const date = civil(visit.date) ?? invalid('visit.date', 'not-a-date');
  if (!isWhole(visit.minutes, 1)) invalid('visit.minutes', 'whole-number-min-1');
  if (!isWhole(visit.price, 0)) invalid('visit.price', 'whole-number-min-0');
  return { date, minutes: visit.minutes, price: visit.price };
}

function checkedUsage(usage: unknown): CoverageUsage {
  if (!isObject(usage)) invalid('usage', 'not-an-object');
  for (const field of ['visits', 'insurerPaid', 'deductibleApplied'] as const) {
    if (!isWhole(usage[field], 0)) invalid(`usage.${field}`, 'whole-number-min-0');
  }
  return usage as CoverageUsage;
}

function reasonsFor(plan: PlanRules, rx: Prescription | null, date: CivilDate, minutes: number, usage: CoverageUsage): CoverageReason[] {
  const reasons: CoverageReason[] = [];
  const day = dayNumber(date);
  if (plan.requiresPrescription && rx === null) reasons.push({ code: 'prescription-required' });
  if (rx !== null) {
    const issued = civil(rx.issuedOn)!;
    if (day < dayNumber(issued)) reasons.push({ code: 'prescription-not-yet-valid' });
    if (rx.expiresOn !== undefined && dayNumber(civil(rx.expiresOn)!) < day) reasons.push({ code: 'prescription-expired' });
    if (plan.prescriptionValidMonths !== null && day > dayNumber(addMonths(issued, plan.prescriptionValidMonths))) {
      reasons.push({ code: 'prescription-too-old' });
    }
  }
  const codes = rx === null ? [] : codesOf(rx);
  if ((plan.requiresDiagnosisCode || plan.coveredCodes !== null) && codes.length === 0) {
    reasons.push({ code: 'diagnosis-code-required' });
  }
  if (codes.length > 0 && !codes.some((code) => counts(plan, code))) reasons.push({ code: 'diagnosis-not-covered', codes });
  if (plan.visitsPerYear !== null && usage.visits >= plan.visitsPerYear) reasons.push({ code: 'visit-limit-reached' });
  if (plan.annualMax !== null && usage.insurerPaid >= plan.annualMax) reasons.push({ code: 'annual-max-reached' });
  if (plan.maxMinutes !== null && minutes > plan.maxMinutes) reasons.push({ code: 'too-long' });
  return reasons;
}

/** A code counts when it matches a covered prefix (or every code is covered) and no
 *  excluded prefix. */
function counts(plan: PlanRules, code: string): boolean {
  const covered = plan.coveredCodes === null || plan.coveredCodes.some((prefix) => codeMatches(code, prefix));
  return covered && !plan.excludedCodes.some((prefix) => codeMatches(code, prefix));
}

/** The estimate's steps 1-7, for a covered visit. */
function estimate(plan: PlanRules, price: number, usage: CoverageUsage) {
  const allowed = plan.perVisitMax === null ? price : Math.min(price, plan.perVisitMax);
  const deductiblePart = Math.min(allowed, Math.max(0, plan.deductible - usage.deductibleApplied));
  const base = allowed - deductiblePart;
  const copayPart = Math.min(plan.copay, base);
  let insurer = percentOf(base - copayPart, plan.coveragePercent);
  if (plan.minClientShare > 0) insurer = Math.min(insurer, Math.max(0, price - plan.minClientShare));
  if (plan.annualMax !== null) insurer = Math.min(insurer, plan.annualMax - usage.insurerPaid);
  return { insurerPays: insurer, deductiblePart, copayPart };
}

export function checkCoverage(
  plan: InsurancePlan,
  prescription: Prescription | null,
  visit: CoverageVisit,
  usage: CoverageUsage,
): Coverage {
  const rules = planRules(plan);
  const rx = checkedPrescription(prescription);
  const v = checkedVisit(visit);
  const used = checkedUsage(usage);
  const reasons = reasonsFor(rules, rx, v.date, v.minutes, used);
  const covered = reasons.length === 0;
  const money = covered ? estimate(rules, v.price, used) : { insurerPays: 0, deductiblePart: 0, copayPart: 0 };
  return {
    covered,
    reasons,
    insurerPays: money.insurerPays,
    clientPays: v.price - money.insurerPays,
    deductiblePart: money.deductiblePart,
    copayPart: money.copayPart,
    planYear: planYearOf(rules, v.date),
    visitsLeft: rules.visitsPerYear === null ? null : Math.max(0, rules.visitsPerYear - used.visits - (covered ? 1 : 0)),
    amountLeft: rules.annualMax === null ? null : Math.max(0, rules.annualMax - used.insurerPaid - money.insurerPays),
  };
}

// "Will my plan cover it?" from the records: the plan (through the client's policy, or
// picked by hand for a caller not on file), the prescription (theirs, or typed by hand), and
// the usage of the plan year before the visit from the client's recorded covered visits.
import type { Database } from 'better-sqlite3';
import type { CoverageAnswer, CoverageCheck, PlanRecord } from '../../../shared/api/prescriptions';
import { ApiFailure } from '../../../shared/api/result';
import { checkCoverage, planYear, type CoverageUsage } from '../../../shared/coverage';
import type { Prescription } from '../../../shared/prescriptions';
import { readCatalog } from '../catalog';
import { underRules } from './failures';
import { getPlan } from './plans';
import { getPolicy } from './policies';
import { getPrescription } from './records';
import { rulesPlan, rulesPrescription } from './rows';
import { planUsage } from './usage';

const NO_USAGE: CoverageUsage = { visits: 0, insurerPaid: 0, deductibleApplied: 0 };

type Visit = { date: string; minutes: number; price: number };

/** The answer for a client on file: their policy and (optionally) their prescription. */
export function coverageForClient(
  db: Database,
  policyId: number,
  prescriptionId: number | null,
  visit: Visit,
  typed: Prescription | null = null,
): CoverageAnswer {
  const policy = getPolicy(db, policyId);
  if (policy.archived) throw new ApiFailure('conflict', { reason: 'policy-archived', id: policyId });
  const plan = getPlan(db, policy.planId);
  let prescription: Prescription | null = typed;
  if (prescriptionId !== null) {
    const record = getPrescription(db, prescriptionId);
    if (record.clientId !== policy.clientId) throw new ApiFailure('not-found', { what: 'prescription', id: prescriptionId });
    prescription = rulesPrescription(record);
  }
  const rules = rulesPlan(plan);
  const year = underRules(() => planYear(rules, visit.date));
  const usage = planUsage(db, policy.clientId, plan.id, year, visit.date);
  return answer(plan, prescription, visit, usage, prescriptionId);
}

function answer(plan: PlanRecord, prescription: Prescription | null, visit: Visit, usage: CoverageUsage, prescriptionId: number | null): CoverageAnswer {
  const result = underRules(() => checkCoverage(rulesPlan(plan), prescription, visit, usage));
  return { ...result, plan, usage, prescriptionId };
}

/** A plan's amounts are in its own currency; compared with a price in another one they would
 *  mean nothing without an exchange rate, so the answer is refused ('plan-currency'). */
export function sameCurrency(db: Database, plan: PlanRecord): void {
  const currency = readCatalog(db).currency;
  if (plan.currency !== currency) {
    throw new ApiFailure('conflict', { reason: 'plan-currency', planCurrency: plan.currency, priceCurrency: currency });
  }
}

export function checkCoverageFor(db: Database, input: Required<CoverageCheck>): CoverageAnswer {
  const visit = { date: input.date, minutes: input.minutes, price: input.price };
  const typed = input.prescription
    ? rulesPrescription({
        ...input.prescription,
        expiresOn: input.prescription.expiresOn ?? null,
        sessions: input.prescription.sessions ?? null,
        perWeek: input.prescription.perWeek ?? null,
        maxMinutes: input.prescription.maxMinutes ?? null,
        prescriber: { license: '', clinic: '', phone: '', ...input.prescription.prescriber },
      })
    : null;
  if (input.policyId !== null) {
    const result = coverageForClient(db, input.policyId, input.prescriptionId, visit, typed);
    sameCurrency(db, result.plan);
    return result;
  }
  if (input.planId === null) throw new ApiFailure('invalid-input', { issues: [{ path: 'planId', message: 'a policy or a plan is needed' }] });
  const plan = getPlan(db, input.planId);
  sameCurrency(db, plan);
  const prescription = input.prescriptionId !== null ? rulesPrescription(getPrescription(db, input.prescriptionId)) : typed;
  return answer(plan, prescription, visit, NO_USAGE, input.prescriptionId);
}

// Visits: checked against the prescription before they are recorded (checkVisit); one
// outside it is recorded only when the user confirmed, and marked. With a policy, the plan's
// answer for that day is stored with the visit, so the plan year's usage can be counted.
import type { Database } from 'better-sqlite3';
import type { VisitCreate, VisitRecord } from '../../../shared/api/prescriptions';
import { ApiFailure } from '../../../shared/api/result';
import type { Area } from '../../../shared/body/areas';
import { checkVisit, type VisitCheck } from '../../../shared/prescriptions';
import { prepared } from '../../db/prepared';
import { getClient, liveClient } from '../clients';
import { coverageForClient, sameCurrency } from './coverage';
import { underRules } from './failures';
import { getPolicy, policyInForce } from './policies';
import { countedDates, getPrescription } from './records';
import { rulesPrescription, toVisitRecord, type VisitRow } from './rows';

type VisitInput = { clientId: number; date: string; minutes: number; areas: Area[]; prescriptionId: number | null };

export function checkPlannedVisit(db: Database, input: VisitInput): VisitCheck {
  liveClient(db, input.clientId);
  let prescription = null;
  let counted: string[] = [];
  if (input.prescriptionId !== null) {
    const record = getPrescription(db, input.prescriptionId);
    if (record.clientId !== input.clientId) throw new ApiFailure('not-found', { what: 'prescription', id: input.prescriptionId });
    prescription = rulesPrescription(record);
    counted = countedDates(db, record.id);
  }
  const visit = { date: input.date, minutes: input.minutes, areas: input.areas };
  return underRules(() => checkVisit(prescription, visit, counted));
}

export function getVisit(db: Database, id: number): VisitRecord {
  const row = prepared(db, 'SELECT * FROM visits WHERE id = ?').get(id) as VisitRow | undefined;
  if (!row) throw new ApiFailure('not-found', { what: 'visit', id });
  return toVisitRecord(row);
}

export function listVisits(db: Database, clientId: number): VisitRecord[] {
  getClient(db, clientId);
  return (prepared(db, 'SELECT * FROM visits WHERE client_id = ? ORDER BY date DESC, id DESC').all(clientId) as VisitRow[]).map(toVisitRecord);
}

export function createVisit(db: Database, input: Required<VisitCreate>, now: Date): VisitRecord {
  return db.transaction(() => {
    const check = checkPlannedVisit(db, input);
    if (!check.withinPrescription && !input.confirmOutside) {
      throw new ApiFailure('conflict', { reason: 'outside-prescription', findings: check.findings });
    }
    let coverage = { covered: false, insurerPaid: 0, deductibleApplied: 0 };
    if (input.policyId !== null) {
      const policy = getPolicy(db, input.policyId);
      if (policy.clientId !== input.clientId) throw new ApiFailure('not-found', { what: 'policy', id: input.policyId });
      const answer = coverageForClient(db, input.policyId, input.prescriptionId, { date: input.date, minutes: input.minutes, price: input.price });
      sameCurrency(db, answer.plan);
      // A visit outside the policy's dates is billed to it but not counted as covered: the
      // plan did not insure the client that day.
      if (policyInForce(policy, input.date)) {
        coverage = { covered: answer.covered, insurerPaid: answer.insurerPays, deductibleApplied: answer.deductiblePart };
      }
    }
    const id = prepared(
      db,
      `INSERT INTO visits (client_id, date, service_id, service_name_ko, service_name_en, minutes, areas, therapist, prescription_id,
         outside_prescription, findings, policy_id, covered, price, insurer_paid, deductible_applied, note, created_at)
       VALUES (@client_id, @date, @service_id, @ko, @en, @minutes, @areas, @therapist, @prescription_id, @outside, @findings,
         @policy_id, @covered, @price, @insurer_paid, @deductible_applied, @note, @at)`,
    ).run({
      client_id: input.clientId,
      date: input.date,
      service_id: input.serviceId,
      ko: input.serviceName.ko.trim(),
      en: input.serviceName.en.trim(),
      minutes: input.minutes,
      areas: JSON.stringify(input.areas),
      therapist: input.therapist.trim(),
      prescription_id: input.prescriptionId,
      outside: check.withinPrescription ? 0 : 1,
      findings: JSON.stringify(check.findings),
      policy_id: input.policyId,
      covered: coverage.covered ? 1 : 0,
      price: input.price,
      insurer_paid: coverage.insurerPaid,
      deductible_applied: coverage.deductibleApplied,
      note: input.note.trim(),
      at: now.toISOString(),
    }).lastInsertRowid;
    return getVisit(db, Number(id));
  })();
}

// Rows <-> records. JSON columns were written from checked values, so they are read back
// as they are.
import type { Area } from '../../../shared/body/areas';
import type { PlanRecord, PolicyRecord, PrescriptionRecord, ScanType, VisitRecord } from '../../../shared/api/prescriptions';
import { planFromRecord, type InsurancePlan, type StoredPlanRules } from '../../../shared/coverage';
import { prescriptionFromRecord, type Diagnosis, type Prescription, type StoredPrescriptionRules, type VisitFinding } from '../../../shared/prescriptions';
import { storedJson } from '../../db/stored-json';

export type PrescriptionRow = {
  id: number;
  client_id: number;
  issued_on: string;
  expires_on: string | null;
  prescriber_name: string;
  prescriber_license: string;
  prescriber_clinic: string;
  prescriber_phone: string;
  diagnoses: string;
  areas: string;
  sessions: number | null;
  per_week: number | null;
  max_minutes: number | null;
  note: string;
  scan_file: string | null;
  scan_type: ScanType | null;
  scan_bytes: number | null;
  replaced_by: number | null;
  created_at: string;
};

export function toPrescriptionRecord(r: PrescriptionRow): PrescriptionRecord {
  return {
    id: r.id,
    clientId: r.client_id,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    prescriber: { name: r.prescriber_name, license: r.prescriber_license, clinic: r.prescriber_clinic, phone: r.prescriber_phone },
    diagnoses: storedJson<Diagnosis[]>(r.diagnoses, { table: 'prescription', id: r.id, column: 'diagnoses' }),
    areas: storedJson<Area[]>(r.areas, { table: 'prescription', id: r.id, column: 'areas' }),
    sessions: r.sessions,
    perWeek: r.per_week,
    maxMinutes: r.max_minutes,
    note: r.note,
    scan: r.scan_type && r.scan_bytes ? { type: r.scan_type, bytes: r.scan_bytes } : null,
    replacedBy: r.replaced_by,
    createdAt: r.created_at,
  };
}

/** The record as the rules take it (blank optional text and nulls left out). */
export const rulesPrescription = (p: StoredPrescriptionRules): Prescription => prescriptionFromRecord(p);

export type VisitRow = {
  id: number;
  client_id: number;
  date: string;
  service_id: string;
  service_name_ko: string;
  service_name_en: string;
  minutes: number;
  areas: string;
  therapist: string;
  prescription_id: number | null;
  outside_prescription: number;
  findings: string;
  policy_id: number | null;
  covered: number;
  price: number;
  insurer_paid: number;
  deductible_applied: number;
  note: string;
  created_at: string;
};

export const toVisitRecord = (r: VisitRow): VisitRecord => ({
  id: r.id,
  clientId: r.client_id,
  date: r.date,
  serviceId: r.service_id,
  serviceName: { ko: r.service_name_ko, en: r.service_name_en },
  minutes: r.minutes,
  areas: storedJson<Area[]>(r.areas, { table: 'visit', id: r.id, column: 'areas' }),
  therapist: r.therapist,
  prescriptionId: r.prescription_id,
  outsidePrescription: r.outside_prescription === 1,
  findings: storedJson<VisitFinding[]>(r.findings, { table: 'visit', id: r.id, column: 'findings' }),
  policyId: r.policy_id,
  covered: r.covered === 1,
  price: r.price,
  insurerPaid: r.insurer_paid,
  deductibleApplied: r.deductible_applied,
  note: r.note,
  createdAt: r.created_at,
});

export type PlanRow = {
  id: string;
  name_ko: string;
  name_en: string;
  currency: string;
  requires_prescription: number;
  requires_diagnosis_code: number;
  covered_codes: string | null;
  excluded_codes: string | null;
  prescription_valid_months: number | null;
  visits_per_year: number | null;
  annual_max: number | null;
  per_visit_max: number | null;
  deductible: number;
  copay: number;
  coverage_percent: number;
  min_client_share: number;
  max_minutes: number | null;
  year_start: string;
  example: number;
  note: string;
  archived_at: string | null;
  row_version: number;
};

export const toPlanRecord = (r: PlanRow): PlanRecord => ({
  id: r.id,
  name: { ko: r.name_ko, en: r.name_en },
  currency: r.currency,
  requiresPrescription: r.requires_prescription === 1,
  requiresDiagnosisCode: r.requires_diagnosis_code === 1,
  coveredCodes: r.covered_codes === null ? null : storedJson<string[]>(r.covered_codes, { table: 'plan', id: r.id, column: 'covered codes' }),
  excludedCodes: r.excluded_codes === null ? null : storedJson<string[]>(r.excluded_codes, { table: 'plan', id: r.id, column: 'excluded codes' }),
  prescriptionValidMonths: r.prescription_valid_months,
  visitsPerYear: r.visits_per_year,
  annualMax: r.annual_max,
  perVisitMax: r.per_visit_max,
  deductible: r.deductible,
  copay: r.copay,
  coveragePercent: r.coverage_percent,
  minClientShare: r.min_client_share,
  maxMinutes: r.max_minutes,
  yearStart: r.year_start,
  example: r.example === 1,
  note: r.note,
  archived: r.archived_at !== null,
  rowVersion: r.row_version,
});

/** The plan as the rules take it: absent limits left out. */
export const rulesPlan = (p: StoredPlanRules): InsurancePlan => planFromRecord(p);

export type PolicyRow = {
  id: number;
  client_id: number;
  plan_id: string;
  member_id: string;
  holder: string;
  valid_from: string | null;
  valid_to: string | null;
  archived_at: string | null;
};

export const toPolicyRecord = (r: PolicyRow): PolicyRecord => ({
  id: r.id,
  clientId: r.client_id,
  planId: r.plan_id,
  memberId: r.member_id,
  holder: r.holder,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  archived: r.archived_at !== null,
});

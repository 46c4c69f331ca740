// Insurance plans: the price list's "insurance plans" section. Saved only when the spec's
// plan rules accept them (validatePlan), codes stored normalized.
import type { Database } from 'better-sqlite3';
import type { PlanRecord, PlanSave } from '../../../shared/api/prescriptions';
import { ApiFailure } from '../../../shared/api/result';
import { validatePlan } from '../../../shared/coverage';
import { prepared } from '../../db/prepared';
import { refuseStale } from '../../db/row-version';
import { underRules } from './failures';
import { rulesPlan, toPlanRecord, type PlanRow } from './rows';

export function listPlans(db: Database, includeArchived: boolean): PlanRecord[] {
  const where = includeArchived ? '' : 'WHERE archived_at IS NULL';
  return (prepared(db, `SELECT * FROM insurance_plans ${where} ORDER BY example, name_en, id`).all() as PlanRow[]).map(toPlanRecord);
}

export function getPlan(db: Database, id: string): PlanRecord {
  const row = prepared(db, 'SELECT * FROM insurance_plans WHERE id = ?').get(id) as PlanRow | undefined;
  if (!row) throw new ApiFailure('not-found', { what: 'plan', id });
  return toPlanRecord(row);
}

type SavedPlan = Omit<PlanRecord, 'example' | 'archived' | 'rowVersion'>;

/** Creates the plan, or replaces every field of the plan with this id (an example edited by
 *  the clinic is no longer an example). */
export function savePlan(db: Database, { expectedVersion, ...input }: Required<PlanSave>, now: Date): PlanRecord {
  const plan: SavedPlan = { ...input, name: { ko: input.name.ko.trim(), en: input.name.en.trim() }, note: input.note.trim() };
  const checked = underRules(() => validatePlan(rulesPlan(plan)));
  const row = {
    id: plan.id,
    name_ko: plan.name.ko,
    name_en: plan.name.en,
    currency: plan.currency,
    requires_prescription: plan.requiresPrescription ? 1 : 0,
    requires_diagnosis_code: plan.requiresDiagnosisCode ? 1 : 0,
    covered_codes: checked.coveredCodes ? JSON.stringify(checked.coveredCodes) : null,
    excluded_codes: checked.excludedCodes ? JSON.stringify(checked.excludedCodes) : null,
    prescription_valid_months: plan.prescriptionValidMonths,
    visits_per_year: plan.visitsPerYear,
    annual_max: plan.annualMax,
    per_visit_max: plan.perVisitMax,
    deductible: plan.deductible,
    copay: plan.copay,
    coverage_percent: plan.coveragePercent,
    min_client_share: plan.minClientShare,
    max_minutes: plan.maxMinutes,
    year_start: plan.yearStart,
    note: plan.note,
    at: now.toISOString(),
  };
  return db
    .transaction(() => {
      const stored = prepared(db, 'SELECT * FROM insurance_plans WHERE id = ?').get(plan.id) as PlanRow | undefined;
      if (stored || expectedVersion !== null) {
        if (!stored) throw new ApiFailure('not-found', { what: 'plan', id: plan.id });
        refuseStale(toPlanRecord(stored), expectedVersion ?? 0);
      }
      writePlan(db, row);
      return getPlan(db, plan.id);
    })
    .immediate();
}

function writePlan(db: Database, row: Record<string, unknown>): void {
  prepared(
    db,
    `INSERT INTO insurance_plans (id, name_ko, name_en, currency, requires_prescription, requires_diagnosis_code, covered_codes,
       excluded_codes, prescription_valid_months, visits_per_year, annual_max, per_visit_max, deductible, copay, coverage_percent,
       min_client_share, max_minutes, year_start, example, note, created_at, updated_at)
     VALUES (@id, @name_ko, @name_en, @currency, @requires_prescription, @requires_diagnosis_code, @covered_codes, @excluded_codes,
       @prescription_valid_months, @visits_per_year, @annual_max, @per_visit_max, @deductible, @copay, @coverage_percent,
       @min_client_share, @max_minutes, @year_start, 0, @note, @at, @at)
     ON CONFLICT (id) DO UPDATE SET name_ko = excluded.name_ko, name_en = excluded.name_en, currency = excluded.currency,
       requires_prescription = excluded.requires_prescription, requires_diagnosis_code = excluded.requires_diagnosis_code,
       covered_codes = excluded.covered_codes, excluded_codes = excluded.excluded_codes,
       prescription_valid_months = excluded.prescription_valid_months, visits_per_year = excluded.visits_per_year,
       annual_max = excluded.annual_max, per_visit_max = excluded.per_visit_max, deductible = excluded.deductible,
       copay = excluded.copay, coverage_percent = excluded.coverage_percent, min_client_share = excluded.min_client_share,
       max_minutes = excluded.max_minutes, year_start = excluded.year_start, example = 0, note = excluded.note,
       updated_at = excluded.updated_at, row_version = row_version + 1`,
  ).run(row);
}

export function archivePlan(db: Database, id: string, archived: boolean, now: Date): PlanRecord {
  getPlan(db, id);
  prepared(db, 'UPDATE insurance_plans SET archived_at = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?').run(
    archived ? now.toISOString() : null,
    now.toISOString(),
    id,
  );
  return getPlan(db, id);
}

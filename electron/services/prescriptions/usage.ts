// What a plan has already paid for a client in the plan year that holds a date, before a
// visit on that date (the spec's usage): their recorded covered visits under any of their
// policies for that plan, from the year's first day to the visit's date. Visits recorded on
// that same date came first; visits dated later do not count against an earlier one.
import type { Database } from 'better-sqlite3';
import type { CoverageUsage, PlanYear } from '../../../shared/coverage';
import { prepared } from '../../db/prepared';

export function planUsage(db: Database, clientId: number, planId: string, year: PlanYear, date: string): CoverageUsage {
  return prepared(
    db,
    `SELECT count(*) AS visits, coalesce(sum(v.insurer_paid), 0) AS insurerPaid, coalesce(sum(v.deductible_applied), 0) AS deductibleApplied
     FROM visits v JOIN policies p ON p.id = v.policy_id
     WHERE v.client_id = ? AND v.covered = 1 AND p.plan_id = ? AND v.date BETWEEN ? AND ?`,
  ).get(clientId, planId, year.from, date < year.to ? date : year.to) as CoverageUsage;
}

// The plan year that holds a date (spec `planYear`).
import { daysInMonth, formatDate, type CivilDate } from '../pricing/dates';
import { civil } from '../prescriptions/checks';
import { CoverageError } from './errors';
import { planRules, type PlanRules } from './plan';
import type { InsurancePlan, PlanYear } from './types';

function dayBefore({ year, month, day }: CivilDate): CivilDate {
  if (day > 1) return { year, month, day: day - 1 };
  if (month > 1) return { year, month: month - 1, day: daysInMonth(year, month - 1) };
  return { year: year - 1, month: 12, day: 31 };
}

/** From the latest year start on or before `date` to the day before the next one. */
export function planYearOf(rules: PlanRules, date: CivilDate): PlanYear {
  const { month, day } = rules.yearStart;
  const startsThisYear = date.month > month || (date.month === month && date.day >= day);
  const fromYear = startsThisYear ? date.year : date.year - 1;
  return {
    from: formatDate({ year: fromYear, month, day }),
    to: formatDate(dayBefore({ year: fromYear + 1, month, day })),
  };
}

/** With `yearStart` "07-01", 2027-03-10 is in 2026-07-01 .. 2027-06-30. Throws
 *  `invalid-plan` or `invalid-request` (not a real day). */
export function planYear(plan: InsurancePlan, date: string): PlanYear {
  const rules = planRules(plan);
  const day = civil(date);
  if (!day) throw new CoverageError('invalid-request', { field: 'date', reason: 'not-a-date' });
  return planYearOf(rules, day);
}

// "May we treat this today?" (spec `checkVisit`). Pure: the date is an input.
import type { Area } from '../body/areas';
import type { CivilDate } from '../pricing/dates';
import { areaCovers, requireArea } from './areas';
import { civil, dayNumber, isObject, isWhole, isoWeek } from './checks';
import { PrescriptionError } from './errors';
import { validatePrescription } from './prescription';
import type { Prescription, VisitCheck, VisitFinding, VisitRequest } from './types';

function invalid(field: string, reason: string): never {
  throw new PrescriptionError('invalid-request', { field, reason });
}

type CheckedVisit = { date: CivilDate; minutes: number; areas: Area[] };

function checkedVisit(visit: unknown): CheckedVisit {
  if (!isObject(visit)) invalid('visit', 'not-an-object');
  const date = civil(visit.date) ?? invalid('visit.date', 'not-a-date');
  if (!isWhole(visit.minutes, 1)) invalid('visit.minutes', 'whole-number-min-1');
  if (!Array.isArray(visit.areas) || visit.areas.length === 0) invalid('visit.areas', 'at-least-one');
  const areas = visit.areas.map((area, i) => requireArea(area, `visit.areas[${i}]`));
  return { date, minutes: visit.minutes, areas };
}

function checkedCounted(counted: unknown): CivilDate[] {
  if (!Array.isArray(counted)) invalid('counted', 'not-a-list');
  return counted.map((d, i) => civil(d) ?? invalid(`counted[${i}]`, 'not-a-date'));
}

/** Every finding that applies, in the spec's order; `withinPrescription` when none. */
export function checkVisit(
  prescription: Prescription | null,
  visit: VisitRequest,
  counted: readonly string[],
): VisitCheck {
  const rx = prescription === null ? null : validatePrescription(prescription);
  const v = checkedVisit(visit);
  const done = checkedCounted(counted);
  if (rx === null) {
    return { withinPrescription: false, findings: [{ code: 'no-prescription' }], sessionsLeft: null };
  }
  const findings: VisitFinding[] = [];
  const day = dayNumber(v.date);
  if (day < dayNumber(civil(rx.issuedOn)!)) findings.push({ code: 'not-yet-valid' });
  if (rx.expiresOn !== undefined && day > dayNumber(civil(rx.expiresOn)!)) findings.push({ code: 'expired' });
  const outside = v.areas.filter((treated) => !rx.areas.some((prescribed) => areaCovers(prescribed, treated)));
  if (outside.length > 0) findings.push({ code: 'area-not-prescribed', areas: outside });
  if (rx.sessions !== undefined && done.length >= rx.sessions) findings.push({ code: 'sessions-used-up' });
  if (rx.perWeek !== undefined) {
    const week = isoWeek(v.date);
    if (done.filter((d) => isoWeek(d) === week).length >= rx.perWeek) findings.push({ code: 'weekly-limit' });
  }
  if (rx.maxMinutes !== undefined && v.minutes > rx.maxMinutes) findings.push({ code: 'too-long' });
  return {
    withinPrescription: findings.length === 0,
    findings,
    sessionsLeft: rx.sessions === undefined ? null : Math.max(0, rx.sessions - done.length - 1),
  };
}

// When a client's intake form is due again, and whether a client signs with a guardian.
// Pure: today's date is an input, dates are "YYYY-MM-DD".
import { addMonths, daysInMonth, formatDate, parseDate } from '../pricing/dates';

export const DEFAULT_RENEWAL_MONTHS = 12;

/** The day the form signed on `signedOn` is due for renewal: `months` later (the month's
 *  last day where the day does not exist). */
export function renewalDueOn(signedOn: string, months: number): string {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`renewal months must be >= 1: ${months}`);
  return addMonths(signedOn, months);
}

/** "Intake due": no signed form yet, or the latest signed one is due on or before today. */
export function isIntakeDue(latestSignedOn: string | null, today: string, months: number): boolean {
  if (latestSignedOn === null) return true;
  return renewalDueOn(latestSignedOn, months) <= today;
}

/** Whole years of age on `today` (the international "만 나이", which Korea uses by law since
 *  2023): the birthday counts from that day. A 29 February birthday counts from 1 March in
 *  common years. */
export function ageOn(birthDate: string, today: string): number {
  const born = parseDate(birthDate);
  const now = parseDate(today);
  if (!born || !now) throw new RangeError('not a date "YYYY-MM-DD"');
  const hadBirthday = now.month > born.month || (now.month === born.month && now.day >= born.day);
  return now.year - born.year - (hadBirthday ? 0 : 1);
}

/** Korea: adults from 19 (Civil Act art. 4); most other places 18. */
export const defaultGuardianAge = (koreanBusiness: boolean): number => (koreanBusiness ? 19 : 18);

/** A client under `adultAge` signs with a guardian. Without a birth date nobody can tell:
 *  the desk is asked (null). */
export function needsGuardian(birthDate: string | null, today: string, adultAge: number): boolean | null {
  if (!birthDate) return null;
  return ageOn(birthDate, today) < adultAge;
}

/** The latest signing date that is due on `today`: a form signed on or before it is due
 *  (isIntakeDue), one signed after it is not. Lets a query compare dates instead of
 *  computing every client's due date. */
export function renewalCutoff(today: string, months: number): string {
  const back = addMonths(today, -months);
  const t = parseDate(today);
  const b = parseDate(back);
  if (!t || !b) throw new RangeError('not a date "YYYY-MM-DD"');
  // On the last day of a month, every day of the month `months` back is due today: a later
  // day there is clamped to the end of this month (2026-08-31 + 6 -> 2027-02-28).
  if (t.day !== daysInMonth(t.year, t.month)) return back;
  return formatDate({ year: b.year, month: b.month, day: daysInMonth(b.year, b.month) });
}

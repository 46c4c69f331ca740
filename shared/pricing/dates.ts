// Pure calendar helpers. Dates are "YYYY-MM-DD" strings and are computed from their numbers
// (proleptic Gregorian calendar), never through the machine's time zone.
import type { SurchargeWhen } from './types';

export type CivilDate = { year: number; month: number; day: number };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "2026-02-29" -> null (not a real day); "2028-02-29" -> { 2028, 2, 29 }. */
export function parseDate(text: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidDate(text: string): boolean {
  return parseDate(text) !== null;
}

export function formatDate({ year, month, day }: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function requireDate(text: string): CivilDate {
  const date = parseDate(text);
  if (!date) throw new RangeError(`not a date "YYYY-MM-DD": ${text}`);
  return date;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** 0 = Sunday .. 6 = Saturday. 1970-01-01 was a Thursday (4). */
export function weekdayOf(date: string): number {
  return (((daysFromCivil(requireDate(date)) + 4) % 7) + 7) % 7;
}

/** The same day of the month `months` months later (or earlier, if negative); where that
 *  day does not exist, the month's last day: 2027-01-31 + 1 -> 2027-02-28. */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be whole: ${months}`);
  const { year, month, day } = requireDate(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return formatDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** The date `days` days later (or earlier): 2026-12-20 + 30 -> 2027-01-19. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be whole: ${days}`);
  const { year, month, day } = requireDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** "HH:MM" (00:00 .. 23:59) -> minutes since midnight, or null. */
export function parseTime(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}

/** "YYYY-MM-DDTHH:MM" (local, no zone) -> its date and minute of the day, or null. Seconds
 *  (":SS", ":SS.sss") are a local date-time too and are accepted; the minute they fall in is
 *  what the rules look at (windows start and end on whole minutes, so nothing changes). */
export function parseLocalDateTime(text: string): { date: string; minuteOfDay: number } | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::([0-5]\d)(?:\.\d{1,3})?)?$/.exec(text);
  if (!m || !m[1] || !m[2] || !isValidDate(m[1])) return null;
  const minuteOfDay = parseTime(m[2]);
  return minuteOfDay === null ? null : { date: m[1], minuteOfDay };
}

/** Is a time of day inside the window [from, to)? The window crosses midnight when
 *  to <= from, so from == to covers the whole day. All values are minutes since midnight. */
export function inTimeWindow(minuteOfDay: number, from: number, to: number): boolean {
  return to > from ? minuteOfDay >= from && minuteOfDay < to : minuteOfDay >= from || minuteOfDay < to;
}

/** Does a surcharge's `when` match the local date-time `at`? A time window looks at the
 *  time of day only; weekdays and dates look at the calendar date of `at` itself (01:00 on
 *  Saturday is Saturday, even if the night began on Friday). */
export function matchesWhen(when: SurchargeWhen, at: string): boolean {
  const moment = parseLocalDateTime(at);
  if (!moment) throw new RangeError(`not a local date-time "YYYY-MM-DDTHH:MM[:SS]": ${at}`);
  if ('weekdays' in when) return when.weekdays.includes(weekdayOf(moment.date));
  if ('dates' in when) return when.dates.includes(moment.date);
  const from = parseTime(when.from);
  const to = parseTime(when.to);
  if (from === null || to === null) throw new RangeError(`bad time window ${when.from}-${when.to}`);
  return inTimeWindow(moment.minuteOfDay, from, to);
}

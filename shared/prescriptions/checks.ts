// Small shape checks shared by the prescription and coverage rules. Inputs may come from
// anywhere (a file, the boundary, a test), so they are checked even though they are typed.
import { daysFromCivil, parseDate, type CivilDate } from '../pricing/dates';

export const isWhole = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A real civil day "YYYY-MM-DD", or null. */
export const civil = (v: unknown): CivilDate | null => (typeof v === 'string' ? parseDate(v) : null);

/** Days since 1970-01-01 of a checked date. */
export const dayNumber = (date: CivilDate): number => daysFromCivil(date);

/** The ISO week (Monday to Sunday) a day falls in, as a running number: 1970-01-01 was a
 *  Thursday, so Monday 1969-12-29 starts week 0. */
export const isoWeek = (date: CivilDate): number => Math.floor((daysFromCivil(date) + 3) / 7);

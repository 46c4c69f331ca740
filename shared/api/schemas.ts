// Building blocks every domain's contract file uses. Objects are strict: an unknown key at
// the boundary is refused (like the catalog file's), never silently dropped.
import { z } from 'zod';
import { isValidDate } from '../pricing/dates';
import { LANGS } from '../vocabulary';

export const id = z.string().trim().min(1).max(100);
/** "YYYY-MM-DD" and a real day (isValidDate checks both): 2026-02-31 is refused. */
export const isoDate = z.string().refine(isValidDate, { error: 'must be a real date "YYYY-MM-DD"' });
export const lang = z.enum(LANGS);
/** Free text up to `max` characters. NUL is refused: it has no place in a name or a note,
 *  and SQLite's text functions stop at it. */
export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes('\u0000'), { error: 'must not contain NUL characters' });
export const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const empty = z.strictObject({});
/** The row version an editing screen loaded (migration 009): a save whose version is no
 *  longer the stored one is refused with 'conflict' and the current record. */
export const rowVersion = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** One channel of the map: its input schema and (as a phantom, for typing) its result. */
export function channel<I extends z.ZodType, R>(input: I) {
  return { input, result: undefined as unknown as R };
}

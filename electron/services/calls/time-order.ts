// Do call ids still follow created_at? Ids are given in recording order and created_at is the
// PC clock at that moment, so they agree unless the clock was set back between two calls.
// The date filters use that agreement (rowid bounds, see search.ts); the first call saved
// with a clock earlier than the newest call already stored sets a flag in `settings` for
// good, and the searches then filter on created_at alone (slower, always right).
import type { Database } from 'better-sqlite3';
import { prepared } from '../../db/prepared';

export const IDS_OUT_OF_TIME_ORDER_KEY = 'calls.idsOutOfTimeOrder';

/** Before inserting a call created at `createdAt` (ISO UTC): one index lookup (MAX of
 *  calls_by_created); if that is later, ids stop following time from now on. Call inside
 *  the inserting transaction. */
export function noteCallTime(db: Database, createdAt: string): void {
  const newest = prepared(db, 'SELECT max(created_at) FROM calls').pluck().get() as string | null;
  if (newest !== null && createdAt < newest) {
    prepared(db, `INSERT OR IGNORE INTO settings (key, value) VALUES ('${IDS_OUT_OF_TIME_ORDER_KEY}', '1')`).run();
  }
}

/** False once a call was saved with a clock earlier than an older call's (see above). */
export function idsFollowTime(db: Database): boolean {
  return prepared(db, `SELECT 1 FROM settings WHERE key = '${IDS_OUT_OF_TIME_ORDER_KEY}'`).get() === undefined;
}

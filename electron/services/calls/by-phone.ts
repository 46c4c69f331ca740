import type { Database } from 'better-sqlite3';
import type { CallSummary } from '../../../shared/api/types';
import { businessCountry } from '../phones';
import { normalisePhone } from './phone';
import { summaryColumns, toSummary, type SummaryRow } from './rows';

const BY_PHONE_LIMIT = 20;
export const byPhoneSql = `SELECT ${summaryColumns} FROM calls c WHERE c.phone_e164 = ? ORDER BY c.id DESC LIMIT ${BY_PHONE_LIMIT}`;

/** Earlier calls from the same number, however it was typed (compared as E.164), newest
 *  first. A number that is not valid (no E.164) has no history: [] rather than a guess. */
export function callsByPhone(db: Database, phone: string, currency?: string): CallSummary[] {
  const cur = currency ?? (db.prepare('SELECT currency FROM catalog_meta WHERE id = 1').pluck().get() as string | undefined) ?? '';
  const e164 = normalisePhone(phone, cur).e164;
  if (!e164) return [];
  const rows = db
    .prepare(byPhoneSql)
    .all(e164) as SummaryRow[];
  const country = businessCountry(db);
  return rows.map((row) => toSummary(row, country));
}

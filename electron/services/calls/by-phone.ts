import type { Database } from 'better-sqlite3';
import type { CallSummary } from '../../../shared/api/types';
import { prepared } from '../../db/prepared';
import { checkPhone } from '../../../shared/phone';
import { businessCountry } from '../phones';
import { summaryColumns, toSummary, type SummaryRow } from './rows';

const BY_PHONE_LIMIT = 20;
export const byPhoneSql = `SELECT ${summaryColumns} FROM calls c WHERE c.phone_e164 = ? ORDER BY c.id DESC LIMIT ${BY_PHONE_LIMIT}`;

/** Earlier calls from the same number, however it was typed (compared as E.164), newest
 *  first. A number that is not valid (no E.164) has no history: [] rather than a guess. */
export function callsByPhone(db: Database, phone: string): CallSummary[] {
  const country = businessCountry(db);
  const check = checkPhone(phone, country);
  if (check.kind !== 'valid') return [];
  const rows = prepared(db, byPhoneSql).all(check.e164) as SummaryRow[];
  return rows.map((row) => toSummary(row, country));
}

// A client's calls, and the client a call being saved belongs to.
import type { Database } from 'better-sqlite3';
import type { Client } from '../../../shared/api/clients';
import type { CallSummary } from '../../../shared/api/types';
import { checkPhone } from '../../../shared/phone';
import { prepared } from '../../db/prepared';
import { summaryColumns, toSummary, type SummaryRow } from '../calls/rows';
import { activeClientWithPhone, blankClient, getClient, insertClient, writeClient } from './records';
import { businessCountry } from '../phones';

export const clientCallsSql = `SELECT ${summaryColumns} FROM calls c WHERE c.client_id = ? ORDER BY c.id DESC LIMIT ? OFFSET ?`;

/** Newest first (the calls_by_client index walked backwards). */
export function clientCalls(db: Database, id: number, limit = 200, offset = 0): { rows: CallSummary[]; total: number } {
  getClient(db, id); // not-found for an unknown id
  const country = businessCountry(db);
  const rows = (prepared(db, clientCallsSql).all(id, limit, offset) as SummaryRow[]).map((row) => toSummary(row, country));
  const total =
    offset === 0 && rows.length < limit
      ? rows.length
      : (prepared(db, 'SELECT count(*) FROM calls WHERE client_id = ?').pluck().get(id) as number);
  return { rows, total };
}

/** The active client with this number typed any way, or null (also for a number that is
 *  not valid: this answers a lookup while typing, not a save). */
export function clientByPhone(db: Database, phone: string): Client | null {
  const check = checkPhone(phone, businessCountry(db));
  return check.kind === 'valid' ? (activeClientWithPhone(db, check.e164) ?? null) : null;
}

export type CallCaller = { name: string; e164: string | null; email: string; lang: Client['lang'] };

/** Inside the call's transaction: the client of the call's number, created when new unless
 *  `addClient` is false. A known client missing a name or email gets the call's. */
export function clientForCall(db: Database, caller: CallCaller, addClient: boolean, now: Date): number | null {
  if (caller.e164 === null) return null;
  const known = activeClientWithPhone(db, caller.e164);
  if (known) {
    const name = known.name || caller.name;
    const email = known.email || caller.email;
    if (name !== known.name || email !== known.email) {
      writeClient(db, { ...known, name, email, updatedAt: now.toISOString() });
    }
    return known.id;
  }
  if (!addClient) return null;
  const client = { ...blankClient(caller.lang, now), name: caller.name, phone: caller.e164, email: caller.email };
  return insertClient(db, client).id;
}

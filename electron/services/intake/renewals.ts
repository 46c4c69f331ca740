// Clients whose latest signed intake form is due for renewal, soonest due first. Archived
// clients are left out. The query compares dates with renewalCutoff (no per-row month
// arithmetic in SQL), then the due date is computed for the page shown.
import type { Database } from 'better-sqlite3';
import type { RenewalDue } from '../../../shared/api/intake';
import { renewalCutoff, renewalDueOn } from '../../../shared/intake';
import { localDate } from '../../../shared/local-date';
import { prepared } from '../../db/prepared';
import { getIntakeSettings } from './settings';

const latest = `SELECT f.client_id, max(f.signed_on) AS signed_on FROM intake_forms f
  WHERE f.status = 'signed' GROUP BY f.client_id`;

export const renewalsSql = `SELECT c.id AS client_id, c.name, c.phone, c.lang, l.signed_on
  FROM (${latest}) l JOIN clients c ON c.id = l.client_id
  WHERE c.archived_at IS NULL AND l.signed_on <= ?
  ORDER BY l.signed_on, c.id LIMIT ? OFFSET ?`;
const countSql = `SELECT count(*) FROM (${latest}) l JOIN clients c ON c.id = l.client_id
  WHERE c.archived_at IS NULL AND l.signed_on <= ?`;

type Row = { client_id: number; name: string; phone: string | null; lang: 'ko' | 'en'; signed_on: string };

export function renewalsDue(db: Database, now: Date, limit = 100, offset = 0): { rows: RenewalDue[]; total: number } {
  const { renewalMonths } = getIntakeSettings(db);
  const cutoff = renewalCutoff(localDate(now), renewalMonths);
  const rows = (prepared(db, renewalsSql).all(cutoff, limit, offset) as Row[]).map((r) => ({
    clientId: r.client_id,
    name: r.name,
    phone: r.phone,
    lang: r.lang,
    signedOn: r.signed_on,
    dueOn: renewalDueOn(r.signed_on, renewalMonths),
  }));
  return { rows, total: prepared(db, countSql).pluck().get(cutoff) as number };
}

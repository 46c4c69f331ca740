// Erasing a client on request (issue 8: "erased on request, with a confirmation; what was
// erased and when is kept, not the content"). One transaction erases the client's health
// records and personal details, and those of any record merged into it earlier:
// - intake forms: through the intake service (the lock trigger lets exactly this through);
// - prescriptions: deleted (they are nothing but health data); their scan files are deleted
//   after the commit (scans.ts);
// - visits: kept as what was sold (date, service, minutes, price, what the plan paid), with
//   the areas, findings, therapist and note erased and no link to a prescription;
// - policies: kept for the visits billed to them (which plan), member id and holder erased;
// - calls: the quote and its amounts kept, the caller's name, number, email, note and
//   follow-up erased (also calls from the client's number never linked to anyone);
// - the client row: a tombstone, with when and how many of each kind (never what).
import type { Database } from 'better-sqlite3';
import type { Client, ErasePreview, EraseResult, ErasureCounts } from '../../../shared/api/clients';
import type { SavedEnrollmentQuote, SavedSessionQuote } from '../../../shared/api/types';
import { ApiFailure } from '../../../shared/api/result';
import { confirmsErasure } from '../../../shared/erasure';
import { prepared } from '../../db/prepared';
import { searchNamesOf, searchTextOf } from '../calls/snapshot';
import { backupsKept } from '../backups';
import { getClient } from '../clients';
import { eraseForms } from '../intake';
import { finishScanDeletions, queueScanDeletions } from './scans';
import { storedJson } from '../../db/stored-json';

export { finishScanDeletions } from './scans';

/** What an erased client's name column holds (it may not be empty without a number); the
 *  screens show "erased client" from `erased`, never this. */
export const ERASED_NAME = '(erased)';

function erasable(db: Database, id: number): Client {
  const client = getClient(db, id);
  if (client.erased !== null) throw new ApiFailure('conflict', { reason: 'erased', clientId: id });
  return client;
}

/** The client and the records merged into it earlier (merges point them all at the kept one). */
function recordIds(db: Database, id: number): number[] {
  const merged = prepared(db, 'SELECT id FROM clients WHERE merged_into = ? AND erased_at IS NULL ORDER BY id').pluck().all(id) as number[];
  return [id, ...merged];
}

const inList = (ids: readonly number[]) => `(${ids.map(() => '?').join(', ')})`;

function count(db: Database, sql: string, ids: readonly number[]): number {
  return db.prepare(sql.replace('(@ids)', inList(ids))).pluck().get(...ids) as number;
}

function countsOf(db: Database, ids: readonly number[]): ErasureCounts {
  return {
    intakeForms: count(db, `SELECT count(*) FROM intake_forms WHERE client_id IN (@ids) AND status <> 'erased'`, ids),
    prescriptions: count(db, 'SELECT count(*) FROM prescriptions WHERE client_id IN (@ids)', ids),
    scans: count(db, 'SELECT count(*) FROM prescriptions WHERE client_id IN (@ids) AND scan_file IS NOT NULL', ids),
    visits: count(db, 'SELECT count(*) FROM visits WHERE client_id IN (@ids)', ids),
    policies: count(db, 'SELECT count(*) FROM policies WHERE client_id IN (@ids)', ids),
    calls: db.prepare(`SELECT count(*) FROM calls WHERE ${callsOf(ids)}`).pluck().get(...ids, ...ids, ...ids) as number,
    mergedRecords: ids.length - 1,
  };
}

export function erasePreview(db: Database, id: number): ErasePreview {
  const client = erasable(db, id);
  return { client, counts: countsOf(db, recordIds(db, id)), backupsKept: backupsKept(db) };
}

/** The client's calls: those linked to them, and those from their number that were never
 *  linked to anyone (saved without adding the caller, before the client was added) and give
 *  the client's name or none: the same person, whom the Calls tab would still find. A call
 *  from that number under another name (a shared home or office line) is someone else's and
 *  stays. Takes `ids` three times. */
const callsOf = (ids: readonly number[]) =>
  `client_id IN ${inList(ids)} OR (client_id IS NULL AND phone_e164 IN (SELECT phone FROM clients WHERE id IN ${inList(ids)} AND phone IS NOT NULL)
     AND (trim(caller_name) = '' OR trim(caller_name) IN (SELECT trim(name) FROM clients WHERE id IN ${inList(ids)})))`;

function eraseCalls(db: Database, ids: readonly number[]): void {
  const rows = db.prepare(`SELECT id, saved_quote FROM calls WHERE ${callsOf(ids)}`).all(...ids, ...ids, ...ids) as {
    id: number;
    saved_quote: string;
  }[];
  const update = prepared(
    db,
    `UPDATE calls SET caller_name = '', phone = '', phone_e164 = NULL, email = '', note = '', follow_up = NULL,
       search_text = ?, row_version = row_version + 1 WHERE id = ?`,
  );
  for (const row of rows) {
    const saved = storedJson<SavedSessionQuote | SavedEnrollmentQuote>(row.saved_quote, { table: 'call', id: row.id, column: 'quote' });
    // what the call is still found by: the services quoted, nothing of the caller
    const words = searchTextOf({ callerName: '', phone: '', phoneDigits: [], email: '', names: searchNamesOf(saved), note: '' });
    update.run(words, row.id);
  }
}

function eraseRecords(db: Database, ids: readonly number[], counts: ErasureCounts, at: Date): string[] {
  const when = at.toISOString();
  const list = inList(ids);
  for (const id of ids) eraseForms(db, id, at);
  const scans = db.prepare(`SELECT scan_file FROM prescriptions WHERE client_id IN ${list} AND scan_file IS NOT NULL`).pluck().all(...ids) as string[];
  queueScanDeletions(db, scans, when);
  db.prepare(
    `UPDATE visits SET areas = '[]', findings = '[]', therapist = '', note = '', outside_prescription = 0, prescription_id = NULL
     WHERE client_id IN ${list} OR prescription_id IN (SELECT id FROM prescriptions WHERE client_id IN ${list})`,
  ).run(...ids, ...ids);
  db.prepare(`DELETE FROM prescriptions WHERE client_id IN ${list}`).run(...ids);
  db.prepare(`UPDATE policies SET member_id = '', holder = '', archived_at = coalesce(archived_at, ?) WHERE client_id IN ${list}`).run(
    when,
    ...ids,
  );
  eraseCalls(db, ids);
  db.prepare(
    `UPDATE clients SET name = ?, phone = NULL, email = '', birth_date = NULL, address = '', emergency_name = '',
       emergency_phone = NULL, emergency_relationship = '', note = '', search_text = '', updated_at = ?,
       archived_at = coalesce(archived_at, ?), erased_at = ?, erased_counts = ?, row_version = row_version + 1 WHERE id IN ${list}`,
  ).run(ERASED_NAME, when, when, when, JSON.stringify(counts), ...ids);
  return scans;
}

/** Erases the client (see the top of this file), then deletes the scan files. Refused
 *  ('invalid-input' on `confirmation`) unless the typed confirmation matches; the refusal
 *  never repeats the name. */
export function eraseClient(db: Database, dataDir: string, input: { id: number; confirmation: string }, now: Date): EraseResult {
  const previous = db.pragma('secure_delete', { simple: true }) as number;
  // Freed and rewritten database pages are zeroed, so the erased text does not linger in them.
  db.pragma('secure_delete = ON');
  try {
    db.transaction(() => {
      const client = erasable(db, input.id);
      if (!confirmsErasure(client, input.confirmation)) {
        throw new ApiFailure('invalid-input', { issues: [{ path: 'confirmation', message: 'does not match the client' }] });
      }
      const ids = recordIds(db, input.id);
      eraseRecords(db, ids, countsOf(db, ids), now);
    }).immediate();
  } finally {
    db.pragma(`secure_delete = ${previous ? 'ON' : 'OFF'}`);
  }
  const { left } = finishScanDeletions(db, dataDir);
  return { client: getClient(db, input.id), scansLeft: left };
}

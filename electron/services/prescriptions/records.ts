// A client's prescriptions: recorded as the spec's rules accept them (codes normalized), with
// an optional scan of the paper; an updated prescription replaces an older one, and both
// stay. Each comes back with its status for today.
import type { Database } from 'better-sqlite3';
import type { PrescriptionCreate, PrescriptionRecord, PrescriptionStatus } from '../../../shared/api/prescriptions';
import { ApiFailure } from '../../../shared/api/result';
import { checkVisit, validatePrescription } from '../../../shared/prescriptions';
import { prepared } from '../../db/prepared';
import { getClient, liveClient } from '../clients';
import { underRules } from './failures';
import { readScan, removeScan, writeScan } from './scans';
import { rulesPrescription, toPrescriptionRecord, type PrescriptionRow } from './rows';

export function getPrescriptionRow(db: Database, id: number): PrescriptionRow {
  const row = prepared(db, 'SELECT * FROM prescriptions WHERE id = ?').get(id) as PrescriptionRow | undefined;
  if (!row) throw new ApiFailure('not-found', { what: 'prescription', id });
  return row;
}

export const getPrescription = (db: Database, id: number): PrescriptionRecord => toPrescriptionRecord(getPrescriptionRow(db, id));

/** The dates of the visits recorded with this prescription: what checkVisit counts. Every
 *  recorded visit that used it counts, also one recorded outside it (it used a session). */
export function countedDates(db: Database, prescriptionId: number, exceptVisitId = 0): string[] {
  return prepared(db, 'SELECT date FROM visits WHERE prescription_id = ? AND id <> ? ORDER BY date')
    .pluck()
    .all(prescriptionId, exceptVisitId) as string[];
}

/** A prescription is never edited in place: it is replaced by a newer one. Two desks
 *  replacing the same one: the second is refused with the replacement the first recorded. */
function refuseReplaced(db: Database, input: { clientId: number; replaces: number | null }): void {
  if (input.replaces === null) return;
  const old = getPrescriptionRow(db, input.replaces);
  if (old.client_id !== input.clientId) throw new ApiFailure('not-found', { what: 'prescription', id: input.replaces });
  if (old.replaced_by !== null) {
    throw new ApiFailure('conflict', { reason: 'already-replaced', by: old.replaced_by, current: getPrescription(db, old.replaced_by) });
  }
}

export function createPrescription(db: Database, dataDir: string, input: Required<PrescriptionCreate>, now: Date): PrescriptionRecord {
  liveClient(db, input.clientId);
  const checked = underRules(() =>
    validatePrescription(
      rulesPrescription({
        ...input,
        prescriber: { license: '', clinic: '', phone: '', ...input.prescriber },
        diagnoses: input.diagnoses.map((d) => ({ ...(d.code !== undefined ? { code: d.code } : {}), ...(d.text !== undefined ? { text: d.text } : {}) })),
      }),
    ),
  );
  refuseReplaced(db, input);
  const scan = input.scan ? writeScan(dataDir, input.scan.type, input.scan.data) : null;
  const at = now.toISOString();
  try {
    const id = db.transaction(() => {
      refuseReplaced(db, input); // again inside the write: nothing between the check and the write
      const newId = Number(
        prepared(
          db,
          `INSERT INTO prescriptions (client_id, issued_on, expires_on, prescriber_name, prescriber_license, prescriber_clinic,
             prescriber_phone, diagnoses, areas, sessions, per_week, max_minutes, note, scan_file, scan_type, scan_bytes, created_at, updated_at)
           VALUES (@client_id, @issued_on, @expires_on, @name, @license, @clinic, @phone, @diagnoses, @areas, @sessions, @per_week,
             @max_minutes, @note, @scan_file, @scan_type, @scan_bytes, @at, @at)`,
        ).run({
          client_id: input.clientId,
          issued_on: checked.issuedOn,
          expires_on: checked.expiresOn ?? null,
          name: checked.prescriber.name,
          license: checked.prescriber.license ?? '',
          clinic: checked.prescriber.clinic ?? '',
          phone: checked.prescriber.phone ?? '',
          diagnoses: JSON.stringify(checked.diagnoses),
          areas: JSON.stringify(checked.areas),
          sessions: checked.sessions ?? null,
          per_week: checked.perWeek ?? null,
          max_minutes: checked.maxMinutes ?? null,
          note: input.note.trim(),
          scan_file: scan?.file ?? null,
          scan_type: scan ? input.scan!.type : null,
          scan_bytes: scan?.bytes ?? null,
          at,
        }).lastInsertRowid,
      );
      if (input.replaces !== null) {
        prepared(db, 'UPDATE prescriptions SET replaced_by = ?, updated_at = ? WHERE id = ?').run(newId, at, input.replaces);
      }
      return newId;
    }).immediate();
    return getPrescription(db, id);
  } catch (error) {
    if (scan) removeScan(dataDir, scan.file); // nothing half-written
    throw error;
  }
}

/** The client's prescriptions, newest first, each with sessions used and left and what a
 *  visit of the prescribed areas `today` would find. */
export function listPrescriptions(db: Database, clientId: number, today: string): PrescriptionStatus[] {
  getClient(db, clientId);
  const rows = prepared(db, 'SELECT * FROM prescriptions WHERE client_id = ? ORDER BY issued_on DESC, id DESC').all(clientId) as PrescriptionRow[];
  return rows.map((row) => {
    const prescription = toPrescriptionRecord(row);
    const counted = countedDates(db, row.id);
    const rules = rulesPrescription(prescription);
    const todayCheck = checkVisit(rules, { date: today, minutes: prescription.maxMinutes ?? 1, areas: prescription.areas }, counted);
    return {
      prescription,
      sessionsUsed: counted.length,
      sessionsLeft: prescription.sessions === null ? null : Math.max(0, prescription.sessions - counted.length),
      today: todayCheck,
    };
  });
}

export function prescriptionScan(db: Database, dataDir: string, id: number): { type: NonNullable<PrescriptionRecord['scan']>['type']; data: string } {
  const row = getPrescriptionRow(db, id);
  if (!row.scan_file || !row.scan_type) throw new ApiFailure('not-found', { what: 'scan', id });
  return { type: row.scan_type, data: readScan(dataDir, row.scan_file) };
}

// The therapist's view: who was seen today and in the last days, and one client as treating
// needs them (intake flags and form, the current prescription with today's findings, today's
// visits), and recording the areas treated today. Built from the intake, prescription and
// visit services, so the rules (flags, checkVisit, the outside-the-prescription
// confirmation) are the desk's own. Nothing returned carries a price or a phone number.
import type { Database } from 'better-sqlite3';
import type { Client } from '../../../shared/api/clients';
import type { VisitRecord } from '../../../shared/api/prescriptions';
import {
  RECENT_DAYS,
  type RecordVisitInput,
  type TherapistClient,
  type TherapistClientView,
  type TherapistVisit,
} from '../../../shared/api/therapist';
import type { Prescriber } from '../../../shared/prescriptions';
import { localDate, localMidnightIso } from '../../../shared/local-date';
import { prepared } from '../../db/prepared';
import { getClient, searchClientsByName } from '../clients';
import { clientIntake } from '../intake';
import { createVisit, getPrescription, listPrescriptions } from '../prescriptions';
import { ApiFailure } from '../../../shared/api/result';
import { toVisitRecord, type VisitRow } from '../prescriptions/rows';

const daysBefore = (today: string, days: number) => localDate(new Date(localMidnightIso(today, -days)));

/** client id -> the latest local date they had a visit or a call, from `from` to `today`. */
function lastSeen(db: Database, today: string, from: string): Map<number, string> {
  const seen = new Map<number, string>();
  const note = (clientId: number, day: string) => {
    const known = seen.get(clientId);
    if (known === undefined || day > known) seen.set(clientId, day);
  };
  const visits = prepared(
    db,
    'SELECT client_id, max(date) AS day FROM visits WHERE date BETWEEN ? AND ? GROUP BY client_id',
  ).all(from, today) as { client_id: number; day: string }[];
  for (const v of visits) note(v.client_id, v.day);
  // Calls are stamped in UTC: the recent days are the local midnights' instants.
  const calls = prepared(
    db,
    `SELECT client_id, max(created_at) AS at FROM calls
     WHERE client_id IS NOT NULL AND created_at >= ? AND created_at < ? GROUP BY client_id`,
  ).all(localMidnightIso(from), localMidnightIso(today, 1)) as { client_id: number; at: string }[];
  for (const c of calls) note(c.client_id, localDate(new Date(c.at)));
  return seen;
}

function flagged(db: Database, clientId: number): boolean {
  const flags = prepared(
    db,
    `SELECT flags FROM intake_forms WHERE client_id = ? AND status = 'signed' ORDER BY signed_at DESC, id DESC LIMIT 1`,
  )
    .pluck()
    .get(clientId) as string | undefined;
  return flags !== undefined && flags !== '[]';
}

function asTherapistClient(db: Database, client: Client, seen: Map<number, string>, today: string): TherapistClient {
  const day = seen.get(client.id) ?? null;
  return {
    id: client.id,
    name: client.name,
    lang: client.lang,
    birthDate: client.birthDate,
    lastSeen: day,
    today: day === today,
    flagged: flagged(db, client.id),
  };
}

export function therapistClients(db: Database, filter: { text?: string; limit: number }, now: Date): { rows: TherapistClient[] } {
  const today = localDate(now);
  const seen = lastSeen(db, today, daysBefore(today, RECENT_DAYS));
  // By name only: phone numbers and e-mail addresses are the desk's, so a therapist cannot
  // learn whose number or address one is. Digits are no part of a name: "김민지 5678" is 김민지.
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const found = searchClientsByName(db, { text: filter.text.replace(/[0-9@+()-]/g, ' '), limit: filter.limit });
    return { rows: found.map((c) => asTherapistClient(db, c, seen, today)) };
  }
  const recent = [...seen.entries()].sort((a, b) => (a[1] === b[1] ? a[0] - b[0] : a[1] < b[1] ? 1 : -1));
  const rows: TherapistClient[] = [];
  for (const [id] of recent) {
    if (rows.length >= filter.limit) break;
    const client = getClient(db, id);
    if (client.archivedAt === null) rows.push(asTherapistClient(db, client, seen, today));
  }
  return { rows };
}

const withoutPhone = ({ phone, ...prescriber }: Prescriber): Prescriber => {
  void phone;
  return prescriber;
};

const withoutMoney = ({ price, insurerPaid, deductibleApplied, policyId, covered, ...visit }: VisitRecord): TherapistVisit => {
  void [price, insurerPaid, deductibleApplied, policyId, covered];
  return visit;
};

/** A client the tablet may open: on the desk's active list (not archived, not merged away). */
function activeClient(db: Database, clientId: number): Client {
  const client = getClient(db, clientId);
  if (client.archivedAt !== null || client.mergedInto !== null) throw new ApiFailure('not-found', { what: 'client', id: clientId });
  return client;
}

export function therapistClient(db: Database, clientId: number, now: Date): TherapistClientView {
  const today = localDate(now);
  const client = activeClient(db, clientId);
  const { current, history, due, dueOn } = clientIntake(db, clientId, now);
  const status = listPrescriptions(db, clientId, today).find((s) => s.prescription.replacedBy === null) ?? null;
  // The prescriber's phone is for the desk (who calls the physician), not the tablet.
  const prescription = status && {
    ...status,
    prescription: { ...status.prescription, prescriber: withoutPhone(status.prescription.prescriber) },
  };
  const todaysVisits = (prepared(db, 'SELECT * FROM visits WHERE client_id = ? AND date = ? ORDER BY id DESC').all(clientId, today) as VisitRow[])
    .map(toVisitRecord)
    .map(withoutMoney);
  return {
    client: asTherapistClient(db, client, lastSeen(db, today, daysBefore(today, RECENT_DAYS)), today),
    intake: { current, history, due, dueOn },
    prescription,
    todaysVisits,
    today,
  };
}

/** Today's visit by this device's therapist (their device name), at the hub's date. */
export function recordTherapistVisit(db: Database, input: Required<RecordVisitInput>, therapist: string, now: Date): TherapistVisit {
  activeClient(db, input.clientId);
  // A tablet that opened the client before the desk replaced the prescription would check the
  // areas against the old one: refused, with the current one to check against again.
  if (input.prescriptionId !== null) {
    const prescription = getPrescription(db, input.prescriptionId);
    if (prescription.replacedBy !== null) {
      throw new ApiFailure('conflict', { reason: 'prescription-replaced', by: prescription.replacedBy });
    }
  }
  const visit = createVisit(
    db,
    {
      ...input,
      date: localDate(now),
      therapist,
      serviceId: '',
      serviceName: { ko: '', en: '' },
      policyId: null,
      price: 0,
    },
    now,
  );
  return withoutMoney(visit);
}

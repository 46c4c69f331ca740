// The therapist's view (issue 13): today's and recent clients, one client's intake flags,
// current form and body map, the current prescription with today's checkVisit findings,
// and recording the areas treated today. Nothing here carries a price, a phone number or a
// setting: a tablet in a treatment room sees what treating needs, no more.
import { z } from 'zod';
import type { ClientIntake } from './intake';
import type { PrescriptionStatus, VisitRecord } from './prescriptions';
import { areasSchema } from './prescriptions';
import type { Lang } from '../vocabulary';
import { channel, rowId, text } from './schemas';

/** How many days back "recent" reaches (today included is day 0). */
export const RECENT_DAYS = 7;

/** A client as the therapist's list shows them. */
export type TherapistClient = {
  id: number;
  name: string;
  lang: Lang;
  birthDate: string | null;
  /** The latest visit or call within the recent days (local date), null if none. */
  lastSeen: string | null;
  /** A visit or a call today. */
  today: boolean;
  /** The current signed intake form has flags to check before treatment. */
  flagged: boolean;
};

/** A visit without what it cost or what a plan paid. */
export type TherapistVisit = Omit<VisitRecord, 'price' | 'insurerPaid' | 'deductibleApplied' | 'policyId' | 'covered'>;

export type TherapistClientView = {
  client: TherapistClient;
  /** Intake due, the current signed form (flags, answers, body map) and its history. */
  intake: Pick<ClientIntake, 'current' | 'history' | 'due' | 'dueOn'>;
  /** The current prescription (not replaced) with sessions left and today's findings. */
  prescription: PrescriptionStatus | null;
  /** Visits recorded today, newest first. */
  todaysVisits: TherapistVisit[];
  today: string;
};

const clientsFilter = z.strictObject({
  /** A name (or Korean initials) to find any client, not only recent ones. */
  text: text(100).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type TherapistClientsFilter = z.input<typeof clientsFilter>;

const clientRef = z.strictObject({ clientId: rowId });

export const recordVisitSchema = z.strictObject({
  clientId: rowId,
  /** The prescription the visit is counted against (null: none). */
  prescriptionId: rowId.nullable(),
  minutes: z.number().int().min(1).max(1440),
  areas: areasSchema,
  note: text(2000).default(''),
  /** The therapist saw the findings and confirmed treating outside the prescription. */
  confirmOutside: z.boolean().default(false),
});
export type RecordVisitInput = z.input<typeof recordVisitSchema>;

export const therapistChannels = {
  /** Clients with a visit or a call today or in the last RECENT_DAYS days (today first,
   *  then the latest seen), or, with `text`, any active client found by name. */
  'therapist.clients': channel<typeof clientsFilter, { rows: TherapistClient[] }>(clientsFilter),
  'therapist.client': channel<typeof clientRef, TherapistClientView>(clientRef),
  /** Records today's visit (the hub's date) by this device's therapist: areas checked with
   *  checkVisit; outside the prescription only with confirmOutside ('conflict' otherwise). */
  'therapist.recordVisit': channel<typeof recordVisitSchema, TherapistVisit>(recordVisitSchema),
} as const;

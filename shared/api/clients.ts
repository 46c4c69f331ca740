// Clients: one record per person; calls (and later intake forms, prescriptions, visits)
// hang from it. Phones are typed in any format and kept as E.164: the service checks them
// against the business's country ('invalid-phone') and one active client per number
// ('phone-in-use').
import { z } from 'zod';
import type { Lang } from '../vocabulary';
import { channel, isoDate, lang, rowId, rowVersion, text } from './schemas';
import type { CallSummary } from './types';

export type Client = {
  id: number;
  name: string;
  /** E.164, null = no number. */
  phone: string | null;
  /** The number as the screens show it (010-1234-5678; +1 415-555-0100 from abroad), formatted
   *  by the main process with the business's country; '' = no number. */
  phoneShown: string;
  email: string;
  birthDate: string | null;
  /** Their printouts and the sentences read to them. */
  lang: Lang;
  address: string;
  emergencyName: string;
  emergencyPhone: string | null;
  /** As phoneShown. */
  emergencyPhoneShown: string;
  emergencyRelationship: string;
  note: string;
  createdAt: string;
  updatedAt: string;
  /** null = active. */
  archivedAt: string | null;
  /** The record this one was merged into (then it is archived too). */
  mergedInto: number | null;
  /** Bumped by every write; clients.update sends the one it loaded (optimistic concurrency). */
  rowVersion: number;
  /** Set when the client was erased on request: the record is a tombstone from then on. */
  erased: ClientErasure | null;
};

/** What an erase covers, counted per kind (never the content). */
export type ErasureCounts = {
  intakeForms: number;
  prescriptions: number;
  scans: number;
  visits: number;
  policies: number;
  calls: number;
  /** Records merged into this one earlier: their details are erased with it. */
  mergedRecords: number;
};

export type ClientErasure = { at: string; counts: ErasureCounts };

/** What "erase this client's records" will do, shown before the receptionist confirms. */
export type ErasePreview = {
  client: Client;
  counts: ErasureCounts;
  /** How many daily backups are kept: how long older copies of the records remain in them. */
  backupsKept: number;
};

/** The erased client (a tombstone) and how many scan files could not be deleted yet (they
 *  are retried at the next start). */
export type EraseResult = { client: Client; scansLeft: number };

/** What a merge would do: the kept record as it will read, and how many rows of each
 *  table that points at clients (calls, and whatever later domains add) move to it. */
export type MergePreview = {
  keep: Client;
  merge: Client;
  result: Client;
  moves: { table: string; count: number }[];
};

const email = z.union([z.literal(''), z.email().max(200)]);
/** '' = no number. */
const phone = text(40);

const fields = {
  name: text(100),
  phone,
  email,
  birthDate: isoDate.nullable(),
  lang,
  address: text(500),
  emergencyName: text(100),
  emergencyPhone: phone,
  emergencyRelationship: text(50),
  note: text(2000),
};

export const clientCreateSchema = z.strictObject({ ...fields, lang }).partial().required({ lang: true });
export type ClientCreate = z.infer<typeof clientCreateSchema>;
/** `expectedVersion`: the version the screen loaded; a stale one is refused with 'conflict'
 *  and `details.current` (the record as it is now). */
export const clientPatchSchema = z
  .strictObject({ id: rowId, expectedVersion: rowVersion, ...fields })
  .partial()
  .required({ id: true, expectedVersion: true });
export type ClientPatch = z.infer<typeof clientPatchSchema>;

export const clientFilterSchema = z.strictObject({
  /** Name, Korean initials (ㄱㅁㅈ), phone digits (any part, e.g. the last 4) or email. */
  text: text(200).optional(),
  includeArchived: z.boolean().default(false),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type ClientFilter = z.input<typeof clientFilterSchema>;

const clientId = z.strictObject({ id: rowId });
const archive = z.strictObject({ id: rowId, archived: z.boolean() });
const merge = z.strictObject({ keepId: rowId, mergeId: rowId });
/** `confirmation`: what the receptionist typed (the client's name, see shared/erasure.ts). */
const erase = z.strictObject({ id: rowId, confirmation: text(200) });
const byPhone = z.strictObject({ phone });
const clientCalls = z.strictObject({
  id: rowId,
  limit: z.number().int().min(1).max(1000).default(200),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

export const clientChannels = {
  'clients.create': channel<typeof clientCreateSchema, Client>(clientCreateSchema),
  'clients.get': channel<typeof clientId, Client>(clientId),
  'clients.update': channel<typeof clientPatchSchema, Client>(clientPatchSchema),
  /** archived: false brings a record back (refused if its number is now someone else's). */
  'clients.archive': channel<typeof archive, Client>(archive),
  'clients.search': channel<
    typeof clientFilterSchema,
    /** `total` counts at most CLIENT_COUNT_CAP matches; `totalCapped` says there are more. */
    { rows: Client[]; total: number; totalCapped: boolean }
  >(clientFilterSchema),
  /** A client's calls, newest first. */
  'clients.calls': channel<typeof clientCalls, { rows: CallSummary[]; total: number }>(clientCalls),
  'clients.mergePreview': channel<typeof merge, MergePreview>(merge),
  /** Moves everything of `mergeId` to `keepId` in one transaction; `mergeId` is archived. */
  'clients.merge': channel<typeof merge, Client>(merge),
  /** What erasing the client would erase, counted. */
  'clients.erasePreview': channel<typeof clientId, ErasePreview>(clientId),
  /** Erases the client's health records and personal details in one transaction; the record
   *  stays as a tombstone (when, and how many of each kind). Refused unless `confirmation`
   *  matches (shared/erasure.ts). */
  'clients.erase': channel<typeof erase, EraseResult>(erase),
  /** The active client with this number (any format), or null. */
  'clients.byPhone': channel<typeof byPhone, Client | null>(byPhone),
} as const;

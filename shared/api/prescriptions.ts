// Prescriptions, visits, insurance plans, policies and the coverage answer
// (shared/specs/prescriptions-and-coverage.md). The inputs are strict here; the spec's own
// rules (a diagnosis needs a code or text, areas, plan limits...) are checked by the pure
// rules in shared/prescriptions and shared/coverage, whose refusals come back as
// 'invalid-input' with details.rule (the spec's error code) and details.field.
import { z } from 'zod';
import { REGION_IDS, SIDES, type Area } from '../body/areas';
import type { Coverage } from '../coverage';
import type { StoredPlanRules } from '../coverage/record';
import type { Diagnosis, Prescriber, VisitCheck, VisitFinding } from '../prescriptions';
import { SCAN_MAX_BYTES, SCAN_TYPES, type ScanType } from '../scans';
import type { Bilingual } from '../vocabulary';
import { channel, id, isoDate, rowId, rowVersion, text } from './schemas';

export type PrescriptionRecord = {
  id: number;
  clientId: number;
  issuedOn: string;
  expiresOn: string | null;
  prescriber: Prescriber;
  diagnoses: Diagnosis[];
  areas: Area[];
  sessions: number | null;
  perWeek: number | null;
  maxMinutes: number | null;
  note: string;
  /** The attached scan or photo of the paper, if any (fetched with prescriptions.scan). */
  scan: { type: ScanType; bytes: number } | null;
  /** The updated prescription that replaced this one (both are kept). */
  replacedBy: number | null;
  createdAt: string;
};

/** A prescription as the client page shows it: valid until, sessions used and left, and
 *  what checkVisit says about a visit today of the prescribed areas. */
export type PrescriptionStatus = {
  prescription: PrescriptionRecord;
  sessionsUsed: number;
  sessionsLeft: number | null;
  today: VisitCheck;
};

export type VisitRecord = {
  id: number;
  clientId: number;
  date: string;
  serviceId: string;
  serviceName: Bilingual;
  minutes: number;
  areas: Area[];
  therapist: string;
  prescriptionId: number | null;
  outsidePrescription: boolean;
  findings: VisitFinding[];
  policyId: number | null;
  covered: boolean;
  price: number;
  insurerPaid: number;
  deductibleApplied: number;
  note: string;
  createdAt: string;
};

/** A stored plan: its rules as the records keep them (nulls for "no such limit"), plus what
 *  the desk needs to tell plans apart. */
export type PlanRecord = StoredPlanRules & {
  id: string;
  name: Bilingual;
  currency: string;
  example: boolean;
  note: string;
  archived: boolean;
  /** Bumped by every write (migration 009); plans.save sends the one it loaded. */
  rowVersion: number;
};

export type PolicyRecord = {
  id: number;
  clientId: number;
  planId: string;
  memberId: string;
  holder: string;
  validFrom: string | null;
  validTo: string | null;
  archived: boolean;
};

/** The coverage answer, with what it was computed from. */
export type CoverageAnswer = Coverage & {
  plan: PlanRecord;
  usage: { visits: number; insurerPaid: number; deductibleApplied: number };
  prescriptionId: number | null;
};

export { SCAN_MAX_BYTES, SCAN_TYPES, type ScanType } from '../scans';

const area = z.union([
  z.strictObject({ region: z.enum(REGION_IDS) }),
  z.strictObject({ region: z.enum(REGION_IDS), side: z.enum(SIDES) }),
]);
/** Areas treated or prescribed: the spec's regions, a side exactly for a sided one. */
export const areasSchema = z.array(area).min(1).max(40);
const areas = areasSchema;
const whole = (min: number, max: number) => z.number().int().min(min).max(max);
const money = whole(0, 1_000_000_000_000);
const code = text(12);

const prescriptionFields = {
  issuedOn: isoDate,
  expiresOn: isoDate.nullable().default(null),
  prescriber: z.strictObject({
    name: text(100),
    license: text(50).default(''),
    clinic: text(100).default(''),
    phone: text(40).default(''),
  }),
  diagnoses: z.array(z.strictObject({ code: code.optional(), text: text(200).optional() })).min(1).max(20),
  areas,
  sessions: whole(1, 1000).nullable().default(null),
  perWeek: whole(1, 14).nullable().default(null),
  maxMinutes: whole(1, 1440).nullable().default(null),
  note: text(2000).default(''),
};

/** base64 of the file; the service checks the type from the bytes and the 10 MB cap. */
const scan = z.strictObject({ type: z.enum(SCAN_TYPES), data: z.base64().max(Math.ceil((SCAN_MAX_BYTES * 4) / 3) + 4) });

export const prescriptionCreateSchema = z.strictObject({
  clientId: rowId,
  ...prescriptionFields,
  scan: scan.nullable().default(null),
  /** This prescription updates that one: the older stays, marked as replaced. */
  replaces: rowId.nullable().default(null),
});
export type PrescriptionCreate = z.input<typeof prescriptionCreateSchema>;

const visitFields = {
  clientId: rowId,
  date: isoDate,
  minutes: whole(1, 1440),
  areas,
  prescriptionId: rowId.nullable(),
};
export const visitCheckSchema = z.strictObject(visitFields);

export const visitCreateSchema = z.strictObject({
  ...visitFields,
  serviceId: id.or(z.literal('')).default(''),
  serviceName: z.strictObject({ ko: text(200), en: text(200) }).default({ ko: '', en: '' }),
  therapist: text(100).default(''),
  policyId: rowId.nullable().default(null),
  price: money.default(0),
  note: text(2000).default(''),
  /** The user saw the findings and confirmed a visit outside the prescription. */
  confirmOutside: z.boolean().default(false),
});
export type VisitCreate = z.input<typeof visitCreateSchema>;

const limit = (max: number) => whole(1, max).nullable().default(null);
export const planSaveSchema = z.strictObject({
  id: id.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'lower-case letters, digits and dashes' }),
  name: z.strictObject({ ko: text(200).min(1), en: text(200).min(1) }),
  currency: z.string().regex(/^[A-Z]{3}$/),
  requiresPrescription: z.boolean().default(false),
  requiresDiagnosisCode: z.boolean().default(false),
  coveredCodes: z.array(code).max(200).nullable().default(null),
  excludedCodes: z.array(code).max(200).nullable().default(null),
  prescriptionValidMonths: limit(120),
  visitsPerYear: limit(1000),
  annualMax: money.nullable().default(null),
  perVisitMax: money.nullable().default(null),
  deductible: money.default(0),
  copay: money.default(0),
  coveragePercent: z.number().min(0).max(100).default(100),
  minClientShare: money.default(0),
  maxMinutes: limit(1440),
  yearStart: z.string().regex(/^\d{2}-\d{2}$/).default('01-01'),
  note: text(2000).default(''),
  /** The version the plan was loaded at; null = a new plan (an id already taken is refused
   *  with 'conflict' and the plan as it is, never replaced unseen). */
  expectedVersion: rowVersion.nullable().default(null),
});
export type PlanSave = z.input<typeof planSaveSchema>;

export const policyCreateSchema = z.strictObject({
  clientId: rowId,
  planId: id,
  memberId: text(100).default(''),
  holder: text(100).default(''),
  validFrom: isoDate.nullable().default(null),
  validTo: isoDate.nullable().default(null),
});

/** For a client on file: a policy and (optionally) a prescription of theirs. For a caller
 *  not on file: a plan and a prescription typed by hand; usage then counts as none. */
export const coverageCheckSchema = z.strictObject({
  date: isoDate,
  minutes: whole(1, 1440),
  price: money,
  policyId: rowId.nullable().default(null),
  planId: id.nullable().default(null),
  prescriptionId: rowId.nullable().default(null),
  prescription: z
    .strictObject({ ...prescriptionFields, note: text(2000).optional() })
    .nullable()
    .default(null),
});
export type CoverageCheck = z.input<typeof coverageCheckSchema>;

const clientId = z.strictObject({ clientId: rowId });
const byId = z.strictObject({ id: rowId });
const archivePlan = z.strictObject({ id, archived: z.boolean() });
const archivePolicy = z.strictObject({ id: rowId, archived: z.boolean() });
const plansList = z.strictObject({ includeArchived: z.boolean().default(false) });

export const prescriptionChannels = {
  /** The client's prescriptions, newest first, each with its status for `today`. */
  'prescriptions.list': channel<typeof clientId, PrescriptionStatus[]>(clientId),
  'prescriptions.create': channel<typeof prescriptionCreateSchema, PrescriptionRecord>(prescriptionCreateSchema),
  /** The attached scan: its type and base64 bytes. */
  'prescriptions.scan': channel<typeof byId, { type: ScanType; data: string }>(byId),
  /** checkVisit for a visit about to be recorded (counted = the prescription's recorded visits). */
  'visits.check': channel<typeof visitCheckSchema, VisitCheck>(visitCheckSchema),
  /** Records a visit. Outside the prescription without confirmOutside: 'conflict' with the
   *  findings. With a policy, the plan's answer for that day is stored with it. */
  'visits.create': channel<typeof visitCreateSchema, VisitRecord>(visitCreateSchema),
  'visits.list': channel<typeof clientId, VisitRecord[]>(clientId),
  'plans.list': channel<typeof plansList, PlanRecord[]>(plansList),
  /** Creates or replaces the plan with this id; checked with the spec's plan rules. */
  'plans.save': channel<typeof planSaveSchema, PlanRecord>(planSaveSchema),
  'plans.archive': channel<typeof archivePlan, PlanRecord>(archivePlan),
  'policies.list': channel<typeof clientId, PolicyRecord[]>(clientId),
  'policies.create': channel<typeof policyCreateSchema, PolicyRecord>(policyCreateSchema),
  'policies.archive': channel<typeof archivePolicy, PolicyRecord>(archivePolicy),
  'coverage.check': channel<typeof coverageCheckSchema, CoverageAnswer>(coverageCheckSchema),
} as const;

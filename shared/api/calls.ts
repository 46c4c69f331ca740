// The call log: every phone call or enrollment enquiry with the quote as it was given.
import { z } from 'zod';
import { CALL_OUTCOMES } from '../vocabulary';
import { enrollmentRequestSchema, quoteRequestSchema } from './quotes';
import { channel, isoDate, lang, rowId, rowVersion, text } from './schemas';
import type { CallRecord, CallSummary } from './types';

export const callOutcome = z.enum(CALL_OUTCOMES);

const callerSchema = z.strictObject({
  name: text(100).optional(),
  phone: text(40).optional(),
  email: z.union([z.literal(''), z.email().max(200)]).optional(),
});

const callCommon = {
  caller: callerSchema,
  quoteLang: lang,
  outcome: callOutcome,
  followUp: isoDate.optional(),
  note: text(2000).optional(),
  /** A number no active client has: add a client for it (default) or leave the call alone. */
  addClient: z.boolean().optional(),
};

export const callSaveSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('session'), request: quoteRequestSchema, ...callCommon }),
  z.strictObject({ kind: z.literal('enrollment'), request: enrollmentRequestSchema, ...callCommon }),
]);
export type CallSaveInput = z.infer<typeof callSaveSchema>;

export const callFilterSchema = z.strictObject({
  text: text(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  outcome: callOutcome.optional(),
  kind: z.enum(['session', 'enrollment']).optional(),
  /** Follow-ups due on or before this date and not booked/declined. */
  followUpDueBy: isoDate.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type CallFilter = z.input<typeof callFilterSchema>;

const callId = z.strictObject({ id: rowId });
const callPatch = z.strictObject({
  id: rowId,
  /** The version the call was loaded at; stale = 'conflict' with the call as it is now. */
  expectedVersion: rowVersion,
  outcome: callOutcome.optional(),
  note: text(2000).optional(),
  followUp: isoDate.nullable().optional(),
});
const byPhone = z.strictObject({ phone: text(40) });

export const callChannels = {
  'calls.save': channel<typeof callSaveSchema, CallRecord>(callSaveSchema),
  'calls.search': channel<
    typeof callFilterSchema,
    /** `total` counts at most CALL_COUNT_CAP matches; `totalCapped` says there are more. */
    { rows: CallSummary[]; total: number; totalCapped: boolean }
  >(callFilterSchema),
  'calls.get': channel<typeof callId, CallRecord>(callId),
  'calls.update': channel<typeof callPatch, CallRecord>(callPatch),
  /** Earlier calls of a phone number (any format; compared as normalised E.164). */
  'calls.byPhone': channel<typeof byPhone, CallSummary[]>(byPhone),
  'calls.exportCsv': channel<typeof callFilterSchema, { fileName: string; csv: string }>(callFilterSchema),
} as const;

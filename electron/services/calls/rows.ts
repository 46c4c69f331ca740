// calls rows <-> API shapes.
import type { CallOutcome } from '../../../shared/vocabulary';
import type { CallRecord, CallSummary, SavedEnrollmentQuote, SavedSessionQuote } from '../../../shared/api/types';
import type { Lang } from '../../../shared/pricing/types';
import { shownTypedPhone, type Country } from '../phones';
import { storedJson } from '../../db/stored-json';

/** What a list shows: no quote JSON, no search text. */
export const summaryColumns = `c.id, c.created_at, c.kind, c.caller_name, c.phone, c.phone_e164, c.client_id, c.outcome,
  c.follow_up, c.summary_ko, c.summary_en, c.total, c.currency, c.note`;

export type SummaryRow = {
  id: number;
  created_at: string;
  kind: 'session' | 'enrollment';
  caller_name: string;
  phone: string;
  phone_e164: string | null;
  client_id: number | null;
  outcome: CallOutcome;
  follow_up: string | null;
  summary_ko: string;
  summary_en: string;
  total: number;
  currency: string;
  note: string;
};

export type RecordRow = SummaryRow & { email: string; quote_lang: Lang; saved_quote: string; search_text: string; row_version: number };

/** A call as the CSV export writes it: the number as typed, none formatted. */
export type StoredSummary = Omit<CallSummary, 'phoneShown'>;

/** `country`: the business's (electron/services/phones), for the shown number. */
export function toSummary(r: SummaryRow, country: Country): CallSummary {
  return { ...toStoredSummary(r), phoneShown: shownTypedPhone(r.phone, r.phone_e164, country) };
}

export function toStoredSummary(r: SummaryRow): StoredSummary {
  return {
    id: r.id,
    createdAt: r.created_at,
    kind: r.kind,
    callerName: r.caller_name,
    phone: r.phone,
    phoneE164: r.phone_e164,
    clientId: r.client_id,
    outcome: r.outcome,
    followUp: r.follow_up,
    summary: { ko: r.summary_ko, en: r.summary_en },
    total: r.total,
    currency: r.currency,
    note: r.note,
  };
}

export function toRecord(r: RecordRow, country: Country): CallRecord {
  return {
    ...toSummary(r, country),
    rowVersion: r.row_version,
    email: r.email,
    quoteLang: r.quote_lang,
    saved: storedJson<SavedSessionQuote | SavedEnrollmentQuote>(r.saved_quote, { table: 'call', id: r.id, column: 'quote' }),
  };
}

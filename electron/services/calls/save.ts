// Saving and editing calls. The quote is recomputed here from the stored catalog: the
// renderer's numbers are never trusted, and the saved snapshot never changes afterwards.
import type { Database } from 'better-sqlite3';
import type { CallOutcome } from '../../../shared/vocabulary';
import type { CallSaveInput } from '../../../shared/api/calls';
import type { CallRecord, SavedEnrollmentQuote, SavedSessionQuote } from '../../../shared/api/types';
import { ApiFailure } from '../../../shared/api/result';
import { computeEnrollmentQuote, computeQuote, EnrollmentError, QuoteError } from '../../../shared/pricing';
import type { Catalog } from '../../../shared/pricing/types';
import { normalisePhone } from './phone';
import { clientForCall } from '../clients/calls';
import { liveClient } from '../clients/records';
import { businessCountry } from '../phones';
import { toRecord, type RecordRow } from './rows';
import { refuseStale } from '../../db/row-version';
import { noteCallTime } from './time-order';
import { enrollmentSnapshot, searchNamesOf, searchTextOf, sessionSnapshot, summaryOf } from './snapshot';

/** Pricing's refusal as the API's: 'quote-error' with the spec's code and its details. */
function priced<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof QuoteError || e instanceof EnrollmentError) {
      throw new ApiFailure('quote-error', { quoteCode: e.code, ...e.details });
    }
    throw e;
  }
}

export function snapshotFor(catalog: Catalog, input: CallSaveInput): SavedSessionQuote | SavedEnrollmentQuote {
  return input.kind === 'session'
    ? sessionSnapshot(catalog, input.request, priced(() => computeQuote(catalog, input.request)))
    : enrollmentSnapshot(catalog, input.request, priced(() => computeEnrollmentQuote(catalog, input.request)));
}

export type CallRowValues = {
  created_at: string;
  kind: 'session' | 'enrollment';
  caller_name: string;
  phone: string;
  phone_e164: string | null;
  /** Left out: no client (seeded calls). */
  client_id?: number | null;
  email: string;
  quote_lang: 'ko' | 'en';
  outcome: CallOutcome;
  follow_up: string | null;
  note: string;
  currency: string;
  total: number;
  summary_ko: string;
  summary_en: string;
  search_text: string;
  saved_quote: string;
};

export const insertCallSql = `INSERT INTO calls (created_at, kind, caller_name, phone, phone_e164, client_id, email, quote_lang,
  outcome, follow_up, note, currency, total, summary_ko, summary_en, search_text, saved_quote)
  VALUES (@created_at, @kind, @caller_name, @phone, @phone_e164, @client_id, @email, @quote_lang,
  @outcome, @follow_up, @note, @currency, @total, @summary_ko, @summary_en, @search_text, @saved_quote)`;

export function saveCall(db: Database, catalog: Catalog, input: CallSaveInput, now: Date): CallRecord {
  const saved = snapshotFor(catalog, input);
  const callerName = input.caller.name?.trim() ?? '';
  const phoneText = input.caller.phone?.trim() ?? '';
  const email = input.caller.email?.trim() ?? '';
  const note = input.note?.trim() ?? '';
  const phone = normalisePhone(phoneText, saved.quote.currency);
  // A typed number must be one (the raw text is kept, but "12" or "abcd" is a typo to fix).
  if (phoneText !== '' && phone.e164 === null) throw new ApiFailure('invalid-phone', { field: 'caller.phone' });
  const summary = summaryOf(saved);
  const values: CallRowValues = {
    created_at: now.toISOString(),
    kind: input.kind,
    caller_name: callerName,
    phone: phoneText,
    phone_e164: phone.e164,
    email,
    quote_lang: input.quoteLang,
    outcome: input.outcome,
    follow_up: input.followUp ?? null,
    note,
    currency: saved.quote.currency,
    total: saved.quote.total,
    summary_ko: summary.ko,
    summary_en: summary.en,
    search_text: searchTextOf({ callerName, phone: phoneText, phoneDigits: phone.searchDigits, email, names: searchNamesOf(saved), note }),
    saved_quote: JSON.stringify(saved),
  };
  const id = db.transaction(() => {
    noteCallTime(db, values.created_at);
    const caller = { name: callerName, e164: phone.e164, email, lang: input.quoteLang };
    const clientId = clientForCall(db, caller, input.addClient ?? true, now);
    return Number(db.prepare(insertCallSql).run({ ...values, client_id: clientId }).lastInsertRowid);
  }).immediate();
  return getCall(db, id);
}

export function getCall(db: Database, id: number): CallRecord {
  const row = db.prepare('SELECT * FROM calls c WHERE id = ?').get(id) as RecordRow | undefined;
  if (!row) throw new ApiFailure('not-found', { what: 'call', id });
  return toRecord(row, businessCountry(db));
}

export type CallUpdate = {
  id: number;
  expectedVersion: number;
  outcome?: CallOutcome;
  /** '' clears the note. */
  note?: string;
  /** null clears the follow-up date. */
  followUp?: string | null;
};

/** Outcome, note and follow-up only: what the caller was quoted stays as it was. The row is
 *  read once; search_text (whose update triggers rewrite both search indexes) is written
 *  only when the note changed. */
export function updateCall(db: Database, change: CallUpdate): CallRecord {
  return db.transaction(() => {
    const current = getCall(db, change.id);
    // An erased client's calls keep only their quotes: nothing may be written back onto them.
    if (current.clientId !== null) liveClient(db, current.clientId);
    refuseStale(current, change.expectedVersion);
    const next = {
      outcome: change.outcome ?? current.outcome,
      note: change.note === undefined ? current.note : change.note.trim(),
      followUp: change.followUp === undefined ? current.followUp : change.followUp,
    };
    const values = { id: current.id, outcome: next.outcome, note: next.note, follow_up: next.followUp };
    if (next.note === current.note) {
      db.prepare('UPDATE calls SET outcome = @outcome, follow_up = @follow_up, row_version = row_version + 1 WHERE id = @id').run(values);
    } else {
      const searchText = searchTextOf({
        callerName: current.callerName,
        phone: current.phone,
        phoneDigits: normalisePhone(current.phone, current.currency).searchDigits,
        email: current.email,
        names: searchNamesOf(current.saved),
        note: next.note,
      });
      db.prepare(
        'UPDATE calls SET outcome = @outcome, note = @note, follow_up = @follow_up, search_text = @search_text, row_version = row_version + 1 WHERE id = @id',
      ).run({ ...values, search_text: searchText });
    }
    return { ...current, ...next, rowVersion: current.rowVersion + 1 };
  }).immediate();
}

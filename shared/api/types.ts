// Result types of the API that are not pricing types.
import type { Bilingual, EnrollmentQuote, EnrollmentRequest, Lang, Quote, QuoteRequest } from '../pricing/types';
import type { CallOutcome } from '../vocabulary';
import type { Role } from '../vocabulary';
import type { StorageState } from './storage';

export type PaperSize = 'A4' | 'Letter';

export type Settings = {
  /** null until the first run has picked one from the system language. */
  uiLanguage: Lang;
  businessName: string;
  businessAddress: string;
  businessPhone: string;
  /** Derived, never stored: the business's number as its country writes it (02-555-0198), or
   *  as typed when it is not one; formatted by the main process. */
  businessPhoneShown: string;
  paperSize: PaperSize;
  /** Days a printed enrollment quote stays valid ("valid until" = issue date + this). */
  quoteValidDays: number;
};

export type AppInfo = {
  version: string;
  host: 'electron' | 'web';
  dataDir: string;
  dbPath: string;
  /** How the database opened; anything but 'ok' is shown before every screen. */
  storage: StorageState;
};

/** The answer of `app.session`. mode: 'local' = this PC alone; 'hub' = this PC shares its
 *  data on the clinic network; 'connected' = a desk PC working on a hub's data. */
export type Session = {
  role: Role;
  /** The paired device's name; null for the hub's own user. */
  deviceName: string | null;
  mode: 'local' | 'hub' | 'connected';
  /** 'hub': the address devices use (https://…); 'connected': the hub's; else null. */
  hubAddress: string | null;
};

export type CatalogSummary = {
  currency: string;
  services: number;
  addOns: number;
  surcharges: number;
  travelZones: number;
  discounts: number;
  programs: number;
};

/** Which list a snapshot name comes from: ids are unique only within a list, so a
 *  discount and a surcharge may both be "holiday". Session kinds are the quote line kinds. */
export type NamedKind = 'service' | 'addOn' | 'surcharge' | 'travel' | 'discount' | 'program' | 'plan' | 'fee';

/** Names of every catalog entry a saved quote mentions, as they were when it was saved,
 *  keyed by `nameKey(kind, id)`. */
export type NameSnapshot = Record<string, Bilingual>;

export const nameKey = (kind: NamedKind, id: string): string => `${kind}:${id}`;

export function snapshotName(names: NameSnapshot, kind: NamedKind, id: string): Bilingual | undefined {
  return names[nameKey(kind, id)];
}

export type SavedSessionQuote = {
  kind: 'session';
  request: QuoteRequest;
  quote: Quote;
  names: NameSnapshot;
};
export type SavedEnrollmentQuote = {
  kind: 'enrollment';
  request: EnrollmentRequest;
  quote: EnrollmentQuote;
  names: NameSnapshot;
  /** What the breakdown's labels need besides names, as it was (calls saved before this
   *  was kept have none: their installment fees show as one line without the per-payment
   *  amount, per-year fees without "× years"). */
  terms?: EnrollmentTerms;
};

export type EnrollmentTerms = {
  programMonths: number;
  installmentFee?: number;
  fees: { id: string; per: 'once' | 'year'; amount: number }[];
};

export type CallSummary = {
  id: number;
  createdAt: string; // ISO UTC
  kind: 'session' | 'enrollment';
  callerName: string;
  phone: string; // as typed
  phoneE164: string | null;
  /** The number as the screens show it: from the E.164 with the business's country
   *  (010-1234-5678), or as typed when it never was valid; '' = no number. */
  phoneShown: string;
  /** The client this call belongs to (by phone); null for a call without a number. */
  clientId: number | null;
  outcome: CallOutcome;
  followUp: string | null;
  /** Short description in both languages, e.g. "아로마 90분 x2" / "Aroma 90 min x2". */
  summary: Bilingual;
  total: number;
  currency: string;
  note: string;
};

export type CallRecord = CallSummary & {
  /** Bumped by every edit (migration 009); calls.update sends the one it loaded. */
  rowVersion: number;
  email: string;
  quoteLang: Lang;
  saved: SavedSessionQuote | SavedEnrollmentQuote;
};

// Types of the catalog and of quotes, as in ../shared/specs/catalog-and-pricing.md (v1).
// A `Catalog` is always the normalised form that parseCatalog returns: defaults applied,
// absent lists empty. Money is integer minor units everywhere.

import type { Bilingual } from '../vocabulary';
export type { Bilingual, Lang } from '../vocabulary';

export type TaxMode = 'inclusive' | 'exclusive' | 'none';

export type Rate = { minutes: number; price: number };

export type Service = {
  id: string;
  name: Bilingual;
  category?: string;
  active: boolean;
  rates: Rate[];
};

export type AddOn = {
  id: string;
  name: Bilingual;
  price: number;
  /** Service ids this add-on fits; undefined = fits every service. */
  services?: string[];
};

export type SurchargeWhen =
  | { from: string; to: string }
  | { weekdays: number[] }
  | { dates: string[] };

/** Exactly one of percent / amount is set. */
export type Surcharge = {
  id: string;
  name: Bilingual;
  when: SurchargeWhen;
  percent?: number;
  amount?: number;
};

export type TravelZone = { id: string; name: Bilingual; fee: number };

/** Exactly one of percent / amount is set. */
export type Discount = {
  id: string;
  name: Bilingual;
  percent?: number;
  amount?: number;
  code?: string;
  minSessions?: number;
};

export type Program = {
  id: string;
  name: Bilingual;
  hours: number;
  months: number;
  tuition: number;
};

export type SchoolFee = {
  id: string;
  name: Bilingual;
  amount: number;
  per: 'once' | 'year';
  dueAtEnrollment: boolean;
  optional: boolean;
  /** Program ids this fee is for; undefined = all programs. */
  programs?: string[];
};

export type PaymentPlan = {
  id: string;
  name: Bilingual;
  installments: number;
  downPayment?: number;
  installmentFee?: number;
  /** Payments are whole multiples of this (e.g. 10,000 won); the last one takes the rest. */
  installmentIncrement?: number;
  tuitionDiscountPercent?: number;
};

export type School = {
  programs: Program[];
  fees: SchoolFee[];
  paymentPlans: PaymentPlan[];
};

export type Catalog = {
  format: 'front-desk-catalog';
  version: 1;
  currency: string;
  tax: { mode: TaxMode; percent: number };
  rounding: { increment: number };
  services: Service[];
  addOns: AddOn[];
  surcharges: Surcharge[];
  travelZones: TravelZone[];
  discounts: Discount[];
  /** Absent for a business without a school. */
  school?: School;
};

// ---- Session quote -------------------------------------------------------------

export type QuoteItemRequest = {
  serviceId: string;
  minutes: number;
  persons?: number;
  addOnIds?: string[];
};

export type QuoteRequest = {
  items: QuoteItemRequest[];
  sessions?: number;
  /** Local date-time without zone, "YYYY-MM-DDTHH:MM". */
  at?: string;
  travelZoneId?: string;
  discountIds?: string[];
  promoCode?: string;
};

export type QuoteLineKind = 'service' | 'addOn' | 'surcharge' | 'travel' | 'discount' | 'rounding';

/** `item` is the index of the request item the line belongs to (absent for travel,
 *  discount and rounding). `quantity` = persons * sessions for item lines, sessions for travel. */
export type QuoteLine = {
  kind: QuoteLineKind;
  id: string;
  amount: number;
  item?: number;
  quantity?: number;
  unitAmount?: number;
};

export type Quote = {
  currency: string;
  lines: QuoteLine[];
  /** The saving, a positive number (0 when none applies); the discount line is negative. */
  discount: number;
  tax: number;
  taxMode: TaxMode;
  total: number;
  perSession: number;
};

// ---- Enrollment quote ----------------------------------------------------------

export type EnrollmentRequest = {
  programId: string;
  optionalFeeIds?: string[];
  paymentPlanId: string;
  /** "YYYY-MM-DD" */
  startDate: string;
};

export type EnrollmentQuote = {
  currency: string;
  tuition: number;
  tuitionDiscount: number;
  fees: { id: string; amount: number }[];
  total: number;
  dueAtEnrollment: number;
  schedule: { date: string; amount: number }[];
};

// ---- Errors --------------------------------------------------------------------

export type QuoteErrorCode =
  | 'invalid-request'
  | 'unknown-service'
  | 'inactive-service'
  | 'no-rate'
  | 'unknown-add-on'
  | 'add-on-not-allowed'
  | 'unknown-discount'
  | 'unknown-promo-code'
  | 'unknown-travel-zone';

export type EnrollmentErrorCode =
  | 'invalid-request'
  | 'unknown-program'
  | 'unknown-payment-plan'
  | 'unknown-fee'
  | 'fee-not-for-program';

/** One problem of an invalid catalog file. `message` is English for logs; the UI
 *  translates `code` with `params` (i18n key `errors:catalogProblem.<code>`). */
export type CatalogProblem = {
  path: string;
  code: CatalogProblemCode;
  params?: Record<string, string | number>;
  message: string;
};

export type CatalogProblemCode =
  | 'required'
  | 'wrong-type'
  | 'exact-value'
  | 'whole-number-min'
  | 'number-range'
  | 'non-empty-text'
  | 'one-of'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'exactly-one-of'
  | 'time-format'
  | 'date-format'
  | 'weekday-range'
  | 'duplicate-rate'
  | 'currency-code'
  | 'unknown-field'
  | 'too-many'
  | 'more-problems'
  | 'invalid-json';

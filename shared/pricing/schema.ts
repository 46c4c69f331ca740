// The catalog file (spec "The catalog file"): zod schemas for every entry kind and the
// whole file, plus the checks that span fields or lists. An invalid file is refused whole
// with EVERY problem listed by JSON path; see docs/pricing-decisions.md for the choices made
// where the spec is silent (unknown fields are problems, text is trimmed, limits, ...).
import { z } from 'zod';
import type { CatalogListName } from '../api/contract';
import { isValidDate, parseTime } from './dates';
import type {
  AddOn,
  Catalog,
  CatalogProblem,
  CatalogProblemCode,
  Discount,
  PaymentPlan,
  Program,
  SchoolFee,
  Service,
  Surcharge,
  SurchargeWhen,
  TravelZone,
} from './types';

type Params = Record<string, string | number>;
type Segment = string | number;

// ---- Problems ------------------------------------------------------------------------

const EXPECTED_TEXT: Record<string, string> = {
  number: 'a number',
  text: 'text',
  list: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/** English messages for logs; the UI translates `code` + `params` itself. */
const MESSAGES: Record<CatalogProblemCode, (p: Params) => string> = {
  required: () => 'is required',
  'wrong-type': (p) => `must be ${EXPECTED_TEXT[String(p.expected)] ?? String(p.expected)}`,
  'exact-value': (p) => `must be ${JSON.stringify(p.expected)}`,
  'whole-number-min': (p) => `must be a whole number >= ${p.min}`,
  'number-range': (p) => `must be a number from ${p.min} to ${p.max}`,
  'non-empty-text': () => 'must not be empty',
  'one-of': (p) => `must be one of: ${p.allowed}`,
  'duplicate-id': (p) => `id "${p.id}" is used more than once in this list`,
  'unknown-reference': (p) => `refers to "${p.id}", which is not in ${p.list}`,
  'exactly-one-of': (p) => `must have exactly one of: ${p.fields}`,
  'time-format': () => 'must be a time "HH:MM" from 00:00 to 23:59',
  'date-format': () => 'must be a real date "YYYY-MM-DD"',
  'weekday-range': () => 'must be a weekday number from 0 (Sunday) to 6 (Saturday)',
  'duplicate-rate': (p) => `a rate for ${p.minutes} minutes is listed more than once`,
  'currency-code': () => 'must be a 3-letter ISO 4217 currency code, e.g. KRW or USD',
  'unknown-field': () => 'is not a known field',
  'too-many': (p) => `must have at most ${p.max} ${p.unit}`,
  'invalid-json': (p) => `is not valid JSON${p.detail ? ` (${p.detail})` : ''}`,
};

function makeProblem(path: Segment[], code: CatalogProblemCode, params: Params = {}): CatalogProblem {
  const problem: CatalogProblem = { path: formatPath(path), code, message: MESSAGES[code](params) };
  if (Object.keys(params).length > 0) problem.params = params;
  return problem;
}

/** ['services', 2, 'rates', 0, 'price'] -> "services[2].rates[0].price"; [] -> "". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('');
}

export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    const shown = problems.slice(0, 5).map((p) => `${p.path || '(file)'}: ${p.message}`);
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    super(`Invalid catalog: ${shown.join('; ')}${more}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

// ---- Field schemas -------------------------------------------------------------------

/** Adds one of our problems as a zod custom issue; `params.problem` carries our code. */
function flag(ctx: z.core.ParsePayload<unknown>, code: CatalogProblemCode, params: Params = {}): void {
  ctx.issues.push({ code: 'custom', input: ctx.value, params: { problem: code, ...params }, message: MESSAGES[code](params) });
}

const MAX_ENTRIES = 1000;
const MAX_ID_LENGTH = 100; // the API accepts ids of at most 100 characters
const MAX_PROMO_CODE_LENGTH = 50; // the API accepts promo codes of at most 50 characters

/** A safe whole number >= min, and <= max when given. */
const whole = (min: number, max?: number) =>
  z.number().check((ctx) => {
    const v = ctx.value;
    if (!Number.isSafeInteger(v) || v < min) flag(ctx, 'whole-number-min', { min });
    else if (max !== undefined && v > max) flag(ctx, 'number-range', { min, max });
  });

const money = whole(0);

const percent = z.number().check((ctx) => {
  if (ctx.value < 0 || ctx.value > 100) flag(ctx, 'number-range', { min: 0, max: 100 });
});

const text = (maxLength?: number) =>
  z
    .string()
    .trim()
    .check((ctx) => {
      if (ctx.value.length === 0) flag(ctx, 'non-empty-text');
      else if (maxLength !== undefined && ctx.value.length > maxLength)
        flag(ctx, 'too-many', { max: maxLength, unit: 'characters' });
    });

const id = text(MAX_ID_LENGTH);

const list = <T extends z.ZodType>(item: T, max = MAX_ENTRIES) =>
  z.array(item).check((ctx) => {
    if (ctx.value.length > max) flag(ctx, 'too-many', { max, unit: 'entries' });
  });

const name = z.strictObject({ ko: text(), en: text() });

const time = z.string().check((ctx) => {
  if (parseTime(ctx.value) === null) flag(ctx, 'time-format');
});

const date = z.string().check((ctx) => {
  if (!isValidDate(ctx.value)) flag(ctx, 'date-format');
});

const weekday = z.number().check((ctx) => {
  if (!Number.isInteger(ctx.value) || ctx.value < 0 || ctx.value > 6) flag(ctx, 'weekday-range');
});

// Intl accepts any well-formed 3-letter code; the list of real ones is supportedValuesOf.
const knownCurrencies: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

const currency = z
  .string()
  .trim()
  .toUpperCase()
  .check((ctx) => {
    const ok = /^[A-Z]{3}$/.test(ctx.value) && (knownCurrencies?.has(ctx.value) ?? isIntlCurrency(ctx.value));
    if (!ok) flag(ctx, 'currency-code');
  });

function isIntlCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

// ---- Entry schemas -------------------------------------------------------------------

export const rateSchema = z.strictObject({ minutes: whole(1, 24 * 60), price: money });

export const serviceSchema = z.strictObject({
  id,
  name,
  // Free text; an empty category means none.
  category: z
    .string()
    .trim()
    .optional()
    .transform((c) => (c ? c : undefined)),
  active: z.boolean().default(true),
  rates: list(rateSchema, 50),
}) satisfies z.ZodType<Service>;

export const addOnSchema = z.strictObject({
  id,
  name,
  price: money,
  services: list(id).optional(),
}) satisfies z.ZodType<AddOn>;

/** The three forms share one object so that every field problem is reported; which form
 *  is used (exactly one) is checked by checkEntry. */
export const whenSchema = z
  .object({
    from: time.optional(),
    to: time.optional(),
    weekdays: list(weekday, 7).optional(),
    dates: list(date).optional(),
  })
  .transform((w): SurchargeWhen => {
    if (w.weekdays) return { weekdays: w.weekdays };
    if (w.dates) return { dates: w.dates };
    return { from: w.from ?? '', to: w.to ?? '' };
  });

export const surchargeSchema = z.strictObject({
  id,
  name,
  when: whenSchema,
  percent: percent.optional(),
  amount: money.optional(),
}) satisfies z.ZodType<Surcharge>;

export const travelZoneSchema = z.strictObject({ id, name, fee: money }) satisfies z.ZodType<TravelZone>;

export const discountSchema = z.strictObject({
  id,
  name,
  percent: percent.optional(),
  amount: money.optional(),
  code: text(MAX_PROMO_CODE_LENGTH).optional(),
  minSessions: whole(1).optional(),
}) satisfies z.ZodType<Discount>;

export const programSchema = z.strictObject({
  id,
  name,
  hours: whole(1),
  months: whole(1),
  tuition: money,
}) satisfies z.ZodType<Program>;

export const schoolFeeSchema = z.strictObject({
  id,
  name,
  amount: money,
  per: z.enum(['once', 'year']),
  dueAtEnrollment: z.boolean().default(false),
  optional: z.boolean().default(false),
  programs: list(id).optional(),
}) satisfies z.ZodType<SchoolFee>;

export const paymentPlanSchema = z.strictObject({
  id,
  name,
  installments: whole(0, 120),
  downPayment: money.optional(),
  installmentFee: money.optional(),
  tuitionDiscountPercent: percent.optional(),
}) satisfies z.ZodType<PaymentPlan>;

export const entrySchemas = {
  services: serviceSchema,
  addOns: addOnSchema,
  surcharges: surchargeSchema,
  travelZones: travelZoneSchema,
  discounts: discountSchema,
  programs: programSchema,
  fees: schoolFeeSchema,
  paymentPlans: paymentPlanSchema,
} as const satisfies Record<CatalogListName, z.ZodType>;

export type CatalogEntryOf = {
  services: Service;
  addOns: AddOn;
  surcharges: Surcharge;
  travelZones: TravelZone;
  discounts: Discount;
  programs: Program;
  fees: SchoolFee;
  paymentPlans: PaymentPlan;
};

// ---- The file ------------------------------------------------------------------------

const optionalList = <T extends z.ZodType>(item: T) => list(item).optional().transform((l) => l ?? []);

export const schoolSchema = z.strictObject({
  programs: optionalList(programSchema),
  fees: optionalList(schoolFeeSchema),
  paymentPlans: optionalList(paymentPlanSchema),
});

export const catalogSchema = z.strictObject({
  format: z.literal('front-desk-catalog'),
  version: z.literal(1),
  currency,
  tax: z
    .object({ mode: z.enum(['inclusive', 'exclusive', 'none']), percent: percent.optional() })
    // percent may be left out only with mode "none" (checkFile); it is then 0.
    .transform((t) => ({ mode: t.mode, percent: t.percent ?? 0 })),
  rounding: z
    .object({ increment: whole(1).optional() })
    .optional()
    .transform((r) => ({ increment: r?.increment ?? 1 })),
  services: list(serviceSchema),
  addOns: optionalList(addOnSchema),
  surcharges: optionalList(surchargeSchema),
  travelZones: optionalList(travelZoneSchema),
  discounts: optionalList(discountSchema),
  school: schoolSchema.optional(),
}) satisfies z.ZodType<Catalog>;

// ---- Checks across fields and lists (on the raw input, so that they run even when some
// ---- fields are malformed and every problem is listed at once) -----------------------

type Sink = (path: Segment[], code: CatalogProblemCode, params?: Params) => void;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (r: Record<string, unknown>, key: string) => r[key] !== undefined;
const arrayAt = (r: unknown, key: string): unknown[] =>
  isRecord(r) && Array.isArray(r[key]) ? (r[key] as unknown[]) : [];
const trimmedText = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);

function exactlyOneOf(entry: Record<string, unknown>, keys: string[], at: Segment[], add: Sink) {
  if (keys.filter((k) => has(entry, k)).length !== 1) add(at, 'exactly-one-of', { fields: keys.join(', ') });
}

function checkWhen(when: unknown, at: Segment[], add: Sink) {
  if (!isRecord(when)) return; // missing or wrong type: zod reports it
  const isWindow = has(when, 'from') || has(when, 'to');
  const forms = [isWindow, has(when, 'weekdays'), has(when, 'dates')].filter(Boolean).length;
  if (forms !== 1) return add(at, 'exactly-one-of', { fields: 'from/to, weekdays, dates' });
  if (isWindow) for (const key of ['from', 'to']) if (!has(when, key)) add([...at, key], 'required');
}

/** Checks inside one entry that span its fields. */
function checkEntry(listName: CatalogListName, entry: unknown, at: Segment[], add: Sink) {
  if (!isRecord(entry)) return;
  if (listName === 'services') {
    const seen = new Set<number>();
    arrayAt(entry, 'rates').forEach((rate, j) => {
      const minutes = isRecord(rate) ? rate.minutes : undefined;
      if (typeof minutes !== 'number') return;
      if (seen.has(minutes)) add([...at, 'rates', j, 'minutes'], 'duplicate-rate', { minutes });
      seen.add(minutes);
    });
  } else if (listName === 'surcharges') {
    exactlyOneOf(entry, ['percent', 'amount'], at, add);
    checkWhen(entry.when, [...at, 'when'], add);
  } else if (listName === 'discounts') {
    exactlyOneOf(entry, ['percent', 'amount'], at, add);
  }
}

/** Checks every entry of a list, then that ids are unique; returns the ids seen. */
function checkList(listName: CatalogListName, entries: unknown[], at: Segment[], add: Sink): Set<string> {
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    checkEntry(listName, entry, [...at, i], add);
    const entryId = isRecord(entry) ? trimmedText(entry.id) : undefined;
    if (!entryId) return;
    if (ids.has(entryId)) add([...at, i, 'id'], 'duplicate-id', { id: entryId });
    ids.add(entryId);
  });
  return ids;
}

function checkReferences(entries: unknown[], at: Segment[], field: string, known: Set<string>, target: string, add: Sink) {
  entries.forEach((entry, i) => {
    arrayAt(entry, field).forEach((ref, j) => {
      const refId = trimmedText(ref);
      if (refId && !known.has(refId)) add([...at, i, field, j], 'unknown-reference', { id: refId, list: target });
    });
  });
}

function checkFile(raw: unknown, add: Sink) {
  if (!isRecord(raw)) return;
  if (isRecord(raw.tax) && raw.tax.mode !== 'none' && !has(raw.tax, 'percent')) add(['tax', 'percent'], 'required');
  const services = arrayAt(raw, 'services');
  const serviceIds = checkList('services', services, ['services'], add);
  const addOns = arrayAt(raw, 'addOns');
  checkList('addOns', addOns, ['addOns'], add);
  checkReferences(addOns, ['addOns'], 'services', serviceIds, 'services', add);
  for (const listName of ['surcharges', 'travelZones', 'discounts'] as const) {
    checkList(listName, arrayAt(raw, listName), [listName], add);
  }
  const school = raw.school;
  const programIds = checkList('programs', arrayAt(school, 'programs'), ['school', 'programs'], add);
  const fees = arrayAt(school, 'fees');
  checkList('fees', fees, ['school', 'fees'], add);
  checkReferences(fees, ['school', 'fees'], 'programs', programIds, 'programs', add);
  checkList('paymentPlans', arrayAt(school, 'paymentPlans'), ['school', 'paymentPlans'], add);
}

// ---- zod issues -> problems ----------------------------------------------------------

const ZOD_TYPE_NAMES: Record<string, string> = { string: 'text', array: 'list', number: 'number', object: 'object', boolean: 'boolean' };

function fromIssue(issue: z.core.$ZodIssue): CatalogProblem {
  const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
  if (issue.code === 'custom') {
    const { problem, ...params } = (issue.params ?? {}) as Params & { problem?: CatalogProblemCode };
    return makeProblem(path, problem ?? 'wrong-type', params);
  }
  if (issue.input === undefined) return makeProblem(path, 'required');
  if (issue.code === 'invalid_type') return makeProblem(path, 'wrong-type', { expected: ZOD_TYPE_NAMES[issue.expected] ?? issue.expected });
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => (typeof v === 'number' ? v : String(v)));
    return values.length === 1 && values[0] !== undefined
      ? makeProblem(path, 'exact-value', { expected: values[0] })
      : makeProblem(path, 'one-of', { allowed: values.join(', ') });
  }
  return { ...makeProblem(path, 'wrong-type'), message: issue.message };
}

function collect(result: { success: boolean; error?: z.ZodError }, raw: unknown, extra: (add: Sink) => void): CatalogProblem[] {
  // An unknown key is a problem of its own place (a typo such as "optinal" would otherwise
  // silently turn an optional fee into a required one).
  const problems = (result.error?.issues ?? []).flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => makeProblem([...issue.path.map((s) => (typeof s === 'number' ? s : String(s))), key], 'unknown-field'))
      : [fromIssue(issue)],
  );
  extra((path, code, params) => problems.push(makeProblem(path, code, params)));
  const unique = new Map<string, CatalogProblem>();
  for (const p of problems) if (!unique.has(`${p.path}|${p.code}`)) unique.set(`${p.path}|${p.code}`, p);
  return sortInDocumentOrder([...unique.values()], raw);
}

// Field names in the order the spec lists them (for problems about missing fields).
const SPEC_ORDER = [
  'format', 'version', 'currency', 'tax', 'rounding', 'services', 'addOns', 'surcharges', 'travelZones',
  'discounts', 'school', 'programs', 'fees', 'paymentPlans', 'id', 'name', 'ko', 'en', 'category', 'active',
  'rates', 'minutes', 'price', 'hours', 'months', 'tuition', 'when', 'from', 'to', 'weekdays', 'dates', 'mode',
  'percent', 'increment', 'amount', 'per', 'dueAtEnrollment', 'optional', 'fee', 'code', 'minSessions',
  'installments', 'downPayment', 'installmentFee', 'tuitionDiscountPercent',
];

/** Orders problems as their places appear in the file (keys in the file's own order). */
function sortInDocumentOrder(problems: CatalogProblem[], raw: unknown): CatalogProblem[] {
  const parse = (path: string): Segment[] =>
    [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
  const compare = (a: Segment[], b: Segment[]): number => {
    let node: unknown = raw;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i];
      const y = b[i];
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (x !== y) {
        if (typeof x === 'number' && typeof y === 'number') return x - y;
        if (typeof x === 'number') return -1;
        if (typeof y === 'number') return 1;
        // Keys present in the file keep its order; missing ones follow, in the spec's order.
        const keys = isRecord(node) ? Object.keys(node) : [];
        const rank = (k: string) =>
          keys.includes(k) ? keys.indexOf(k) : keys.length + (SPEC_ORDER.includes(k) ? SPEC_ORDER.indexOf(k) : SPEC_ORDER.length);
        return rank(x) - rank(y) || x.localeCompare(y);
      }
      node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[x] : undefined;
    }
    return 0;
  };
  return problems
    .map((p, order) => ({ p, order, path: parse(p.path) }))
    .sort((l, r) => compare(l.path, r.path) || l.order - r.order)
    .map(({ p }) => p);
}

// ---- Public face ---------------------------------------------------------------------

/** Validates a parsed catalog file; returns the normalised Catalog or throws CatalogError
 *  listing every problem. */
export function parseCatalog(json: unknown): Catalog {
  const result = catalogSchema.safeParse(json, { reportInput: true });
  const problems = collect(result, json, (add) => checkFile(json, add));
  if (!result.success || problems.length > 0) throw new CatalogError(problems);
  return result.data;
}

/** Like parseCatalog, from the file's text. A UTF-8 byte order mark is ignored. */
export function parseCatalogText(text: string): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CatalogError([makeProblem([], 'invalid-json', { detail })]);
  }
  return parseCatalog(json);
}

/** Validates ONE entry of a list (price-list editor); paths are relative to the entry.
 *  Ids of other lists (uniqueness, references) are not checked here: run parseCatalog on
 *  the catalog with the entry merged in for that. */
export function parseEntry<L extends CatalogListName>(listName: L, entry: unknown): CatalogEntryOf[L] {
  const schema: z.ZodType = entrySchemas[listName];
  const result = schema.safeParse(entry, { reportInput: true });
  const problems = collect(result, entry, (add) => checkEntry(listName, entry, [], add));
  if (!result.success || problems.length > 0) throw new CatalogError(problems);
  return result.data as CatalogEntryOf[L];
}

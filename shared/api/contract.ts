// The API contract: one map channel -> input schema + result type. The preload object, the
// IPC handler registration, the web host and the renderer's client are all derived from it.
import { z } from 'zod';
import type { ApiResult } from './result';
import { isValidDate } from '../pricing/dates';
import type { Catalog, CatalogProblem, EnrollmentRequest, QuoteRequest } from '../pricing/types';
import type { CallRecord, CallSummary, Settings, AppInfo, CatalogSummary } from './types';

const id = z.string().trim().min(1).max(100);
/** "YYYY-MM-DD" and a real day (isValidDate checks both): 2026-02-31 is refused. */
const isoDate = z.string().refine(isValidDate, { error: 'must be a real date "YYYY-MM-DD"' });
const lang = z.enum(['ko', 'en']);
const text = (max: number) => z.string().max(max);

export const catalogListName = z.enum([
  'services',
  'addOns',
  'surcharges',
  'travelZones',
  'discounts',
  'programs',
  'fees',
  'paymentPlans',
]);
export type CatalogListName = z.infer<typeof catalogListName>;

export const quoteRequestSchema = z.object({
  items: z
    .array(
      z.object({
        serviceId: id,
        minutes: z.number().int().positive().max(24 * 60),
        persons: z.number().int().min(1).max(100).optional(),
        addOnIds: z.array(id).max(50).optional(),
      }),
    )
    .min(1)
    .max(20),
  sessions: z.number().int().min(1).max(1000).optional(),
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .optional(),
  travelZoneId: id.optional(),
  discountIds: z.array(id).max(20).optional(),
  promoCode: text(50).optional(),
}) satisfies z.ZodType<QuoteRequest>;

export const enrollmentRequestSchema = z.object({
  programId: id,
  optionalFeeIds: z.array(id).max(50).optional(),
  paymentPlanId: id,
  startDate: isoDate,
}) satisfies z.ZodType<EnrollmentRequest>;

export const callOutcome = z.enum(['booked', 'thinking', 'declined', 'no-answer']);
export type CallOutcome = z.infer<typeof callOutcome>;

const callerSchema = z.object({
  name: text(100).optional(),
  phone: text(40).optional(),
  email: z.union([z.literal(''), z.email().max(200)]).optional(),
});

export const callSaveSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('session'),
    caller: callerSchema,
    quoteLang: lang,
    request: quoteRequestSchema,
    outcome: callOutcome,
    followUp: isoDate.optional(),
    note: text(2000).optional(),
  }),
  z.object({
    kind: z.literal('enrollment'),
    caller: callerSchema,
    quoteLang: lang,
    request: enrollmentRequestSchema,
    outcome: callOutcome,
    followUp: isoDate.optional(),
    note: text(2000).optional(),
  }),
]);
export type CallSaveInput = z.infer<typeof callSaveSchema>;

export const callFilterSchema = z.object({
  text: text(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  outcome: callOutcome.optional(),
  kind: z.enum(['session', 'enrollment']).optional(),
  /** Follow-ups due on or before this date and not booked/declined. */
  followUpDueBy: isoDate.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});
export type CallFilter = z.input<typeof callFilterSchema>;

export const settingsPatchSchema = z
  .object({
    uiLanguage: lang,
    businessName: text(200),
    businessAddress: text(500),
    businessPhone: text(40),
    paperSize: z.enum(['A4', 'Letter']),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

const empty = z.object({}).strict();

/** The map. `result` is a phantom used only for typing. */
function channel<I extends z.ZodType, R>(input: I) {
  return { input, result: undefined as unknown as R };
}

export const contract = {
  // app
  'app.info': channel<typeof empty, AppInfo>(empty),

  // settings
  'settings.get': channel<typeof empty, Settings>(empty),
  'settings.update': channel<typeof settingsPatchSchema, Settings>(settingsPatchSchema),

  // catalog (price list)
  'catalog.get': channel<typeof empty, Catalog>(empty),
  'catalog.export': channel<typeof empty, { fileName: string; json: string }>(empty),
  /** Validates a catalog file without writing anything. */
  'catalog.checkImport': channel<
    z.ZodObject<{ text: z.ZodString }>,
    { problems: CatalogProblem[]; summary: CatalogSummary | null }
  >(z.object({ text: z.string().max(20_000_000) })),
  /** Replaces the whole catalog in one transaction; refused with every problem if invalid. */
  'catalog.import': channel<z.ZodObject<{ text: z.ZodString }>, Catalog>(
    z.object({ text: z.string().max(20_000_000) }),
  ),
  /** Adds or replaces one entry of a list; `originalId` names the entry being edited. */
  'catalog.saveEntry': channel<
    z.ZodObject<{ list: typeof catalogListName; entry: z.ZodUnknown; originalId: z.ZodOptional<z.ZodString> }>,
    Catalog
  >(z.object({ list: catalogListName, entry: z.unknown(), originalId: id.optional() })),
  'catalog.removeEntry': channel<
    z.ZodObject<{ list: typeof catalogListName; id: z.ZodString }>,
    Catalog
  >(z.object({ list: catalogListName, id })),
  /** Moves an entry to a new position in its list (0-based). */
  'catalog.moveEntry': channel<
    z.ZodObject<{ list: typeof catalogListName; id: z.ZodString; toIndex: z.ZodNumber }>,
    Catalog
  >(z.object({ list: catalogListName, id, toIndex: z.number().int().min(0) })),
  /** Currency, tax and rounding. */
  'catalog.saveBasics': channel<z.ZodUnknown, Catalog>(z.unknown()),

  // calls & clients
  'calls.save': channel<typeof callSaveSchema, CallRecord>(callSaveSchema),
  'calls.search': channel<
    typeof callFilterSchema,
    /** `total` counts at most CALL_COUNT_CAP matches; `totalCapped` says there are more. */
    { rows: CallSummary[]; total: number; totalCapped: boolean }
  >(
    callFilterSchema,
  ),
  'calls.get': channel<z.ZodObject<{ id: z.ZodNumber }>, CallRecord>(
    z.object({ id: z.number().int().positive() }),
  ),
  'calls.update': channel<
    z.ZodObject<{
      id: z.ZodNumber;
      outcome: z.ZodOptional<typeof callOutcome>;
      note: z.ZodOptional<z.ZodString>;
      followUp: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }>,
    CallRecord
  >(
    z.object({
      id: z.number().int().positive(),
      outcome: callOutcome.optional(),
      note: text(2000).optional(),
      followUp: isoDate.nullable().optional(),
    }),
  ),
  /** Earlier calls of a phone number (any format; compared as normalised E.164). */
  'calls.byPhone': channel<z.ZodObject<{ phone: z.ZodString }>, CallSummary[]>(
    z.object({ phone: text(40) }),
  ),
  'calls.exportCsv': channel<typeof callFilterSchema, { fileName: string; csv: string }>(
    callFilterSchema,
  ),

  // printing (Electron: print dialog / printToPDF; the web host answers 'unavailable' and
  // the renderer falls back to window.print())
  'print.dialog': channel<typeof empty, { printed: boolean }>(empty),
  'print.savePdf': channel<
    z.ZodObject<{ fileName: z.ZodString }>,
    { saved: boolean; path?: string }
  >(z.object({ fileName: text(200) })),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** The shape of the preload object and of the renderer's client: one named function per
 *  channel, e.g. `api['catalog.get']({})`. */
export type FrontDeskApi = {
  [C in Channel]: (input: InputOf<C>) => Promise<ApiResult<ResultOf<C>>>;
};

export const channels = Object.keys(contract) as Channel[];

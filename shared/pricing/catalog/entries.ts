// Entry schemas (one per catalog list) and the schema of the whole file.
import { z } from 'zod';
import type { CatalogListName } from '../../vocabulary';
import type {
  AddOn,
  Catalog,
  Discount,
  PaymentPlan,
  Program,
  SchoolFee,
  Service,
  Surcharge,
  SurchargeWhen,
  TravelZone,
} from '../types';
import { category, currency, date, id, list, MAX_PROMO_CODE_LENGTH, money, name, percent, text, time, weekday, whole } from './fields';

// ---- Entry schemas -------------------------------------------------------------------

export const rateSchema = z.strictObject({ minutes: whole(1, 24 * 60), price: money });

export const serviceSchema = z.strictObject({
  id,
  name,
  category,
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
 *  is used (exactly one) is checked by checkEntry. Strict like every object of the file: an
 *  unknown field is a problem, never silently dropped (docs/pricing-decisions.md). */
export const whenSchema = z
  .strictObject({
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
  installmentIncrement: whole(1).optional(),
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
    .strictObject({ mode: z.enum(['inclusive', 'exclusive', 'none']), percent: percent.optional() })
    // percent may be left out only with mode "none" (checkFile); it is then 0.
    .transform((t) => ({ mode: t.mode, percent: t.percent ?? 0 })),
  rounding: z
    .strictObject({ increment: whole(1).optional() })
    .optional()
    .transform((r) => ({ increment: r?.increment ?? 1 })),
  services: list(serviceSchema),
  addOns: optionalList(addOnSchema),
  surcharges: optionalList(surchargeSchema),
  travelZones: optionalList(travelZoneSchema),
  discounts: optionalList(discountSchema),
  school: schoolSchema.optional(),
}) satisfies z.ZodType<Catalog>;

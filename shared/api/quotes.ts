// The two quote requests as the boundary accepts them (the pricing spec's shapes, strict).
import { z } from 'zod';
import type { EnrollmentRequest, QuoteRequest } from '../pricing/types';
import { id, isoDate, text } from './schemas';

export const quoteRequestSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
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
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/)
    .optional(),
  travelZoneId: id.optional(),
  discountIds: z.array(id).max(20).optional(),
  promoCode: text(50).optional(),
}) satisfies z.ZodType<QuoteRequest>;

export const enrollmentRequestSchema = z.strictObject({
  programId: id,
  optionalFeeIds: z.array(id).max(50).optional(),
  paymentPlanId: id,
  startDate: isoDate,
}) satisfies z.ZodType<EnrollmentRequest>;

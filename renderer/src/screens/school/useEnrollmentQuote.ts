// The numbers of the screen, all from the shared pricing engine (the same code the main
// process runs when a call is saved): the chosen plan's quote and every plan side by side.
import { useMemo } from 'react';
// The engine's own modules, not the shared/pricing barrel: that also exports the catalog
// schema, and with it zod, which the renderer never needs (the main process validates).
import {
  compareEnrollmentPlans,
  computeEnrollmentQuote,
  EnrollmentError,
  type PlanComparison,
} from '../../../../shared/pricing/enrollment';
import type { Catalog, EnrollmentErrorCode, EnrollmentQuote, EnrollmentRequest } from '../../../../shared/pricing/types';

export type EnrollmentResult =
  | { status: 'incomplete' }
  | { status: 'error'; code: EnrollmentErrorCode; details: Record<string, string | number> }
  | { status: 'ok'; quote: EnrollmentQuote; comparison: PlanComparison[] };

function failure(error: unknown): EnrollmentResult {
  if (error instanceof EnrollmentError) return { status: 'error', code: error.code, details: error.details };
  throw error;
}

/** `request` is null until the receptionist has chosen enough for a quote. */
export function useEnrollmentQuote(catalog: Catalog, request: EnrollmentRequest | null): EnrollmentResult {
  return useMemo(() => {
    if (!request) return { status: 'incomplete' };
    try {
      const quote = computeEnrollmentQuote(catalog, request);
      const { paymentPlanId: _, ...choice } = request;
      return { status: 'ok', quote, comparison: compareEnrollmentPlans(catalog, choice) };
    } catch (error) {
      return failure(error);
    }
  }, [catalog, request]);
}

/** The first day of next month (local time): courses usually start at the beginning of a
 *  month, and a date in the future keeps the schedule meaningful. */
export function firstOfNextMonth(today: Date): string {
  const year = today.getMonth() === 11 ? today.getFullYear() + 1 : today.getFullYear();
  const month = ((today.getMonth() + 1) % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

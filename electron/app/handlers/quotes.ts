import {
  computeEnrollmentQuote,
  computeQuote,
  EnrollmentError,
  QuoteError,
} from '../../../shared/pricing';
import { ApiFailure } from '../../../shared/api/result';
import { readCatalog } from '../../services/catalog';
import type { HandlerMap } from '../types';

/** Pricing refusals become `quote-error` with the spec's code, so the UI can say which. */
function asApiFailure(error: unknown): never {
  if (error instanceof QuoteError || error instanceof EnrollmentError) {
    throw new ApiFailure('quote-error', { quoteCode: error.code, ...(error.details ?? {}) });
  }
  throw error;
}

export const quoteHandlers: HandlerMap<'quote.compute' | 'enrollment.compute'> = {
  'quote.compute': (request, { db }) => {
    try {
      return computeQuote(readCatalog(db), request);
    } catch (error) {
      return asApiFailure(error);
    }
  },
  'enrollment.compute': (request, { db }) => {
    try {
      return computeEnrollmentQuote(readCatalog(db), request);
    } catch (error) {
      return asApiFailure(error);
    }
  },
};

// The pricing module's public face: catalog parsing, session and enrollment quotes, and
// the money and date helpers they use.
export * from './types';
export { CatalogError, formatPath, parseCatalog, parseCatalogText, parseEntry } from './schema';
export type { CatalogEntryOf } from './schema';
export { computeQuote, QuoteError } from './quote';
export type { QuoteErrorDetails } from './quote';
export { compareEnrollmentPlans, computeEnrollmentQuote, EnrollmentError } from './enrollment';
export type { EnrollmentErrorDetails, PlanComparison } from './enrollment';
export {
  currencyExponent,
  divideWhole,
  formatMoney,
  includedTax,
  percentOf,
  roundHalfUp,
  roundToIncrement,
} from './money';
export {
  addDays,
  addMonths,
  daysInMonth,
  formatDate,
  inTimeWindow,
  isValidDate,
  matchesWhen,
  parseLocalDateTime,
  parseTime,
  weekdayOf,
} from './dates';
export type { CivilDate } from './dates';

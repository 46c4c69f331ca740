// The business's country (from the catalog's currency, as for calls) and the one way a
// typed number becomes a stored one: E.164, or refused with 'invalid-phone' naming the field.
import type { Database } from 'better-sqlite3';
import type { CountryCode } from 'libphonenumber-js';
import { ApiFailure } from '../../../shared/api/result';
import { checkPhone, countryForCurrency } from '../../../shared/phone';
import { prepared } from '../../db/prepared';

export function businessCountry(db: Database): CountryCode | undefined {
  const currency = prepared(db, 'SELECT currency FROM catalog_meta WHERE id = 1').pluck().get() as string | undefined;
  return currency ? countryForCurrency(currency) : undefined;
}

/** '' -> null; a valid number -> E.164; anything else is refused. */
export function storedPhone(raw: string, country: CountryCode | undefined, field: string): string | null {
  const check = checkPhone(raw, country);
  if (check.kind === 'empty') return null;
  if (check.kind === 'invalid') throw new ApiFailure('invalid-phone', { field });
  return check.e164;
}

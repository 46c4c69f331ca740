// Phones as the screens see them: every number is checked and formatted here, in the main
// process, with the business's country (from the catalog's currency, a Seoul clinic quotes in
// KRW), so the renderer ships none of libphonenumber-js (docs/architecture.md).
import type { Database } from 'better-sqlite3';
import type { CountryCode } from 'libphonenumber-js';
import type { PhoneCheckAnswer } from '../../../shared/api/phones';
import { checkPhone, countryForCurrency, displayPhone } from '../../../shared/phone';
import { prepared } from '../../db/prepared';
import { committedCurrency } from '../catalog/store';

export type Country = CountryCode | undefined;

/** The business's country as libphonenumber-js knows it; undefined = international only. */
export function businessCountry(db: Database): Country {
  // Every list of clients or calls asks: from the catalog in memory when it is there.
  const currency =
    committedCurrency(db) ?? (prepared(db, 'SELECT currency FROM catalog_meta WHERE id = 1').pluck().get() as string | undefined);
  return currency ? countryForCurrency(currency) : undefined;
}

/** A typed number, checked as a save would check it. */
export function checkTypedPhone(text: string, country: Country): PhoneCheckAnswer {
  const check = checkPhone(text, country);
  return check.kind === 'valid' ? { kind: 'valid', e164: check.e164, shown: displayPhone(check.e164, country) } : { kind: check.kind };
}

/** A stored number as shown: national at home, international from abroad; '' for none. */
export function shownPhone(e164: string | null, country: Country): string {
  return displayPhone(e164, country);
}

/** A number kept as typed beside its E.164 (a call's): shown from the E.164 when it was
 *  valid, else exactly as typed. */
export function shownTypedPhone(typed: string, e164: string | null, country: Country): string {
  return e164 ? displayPhone(e164, country) : typed;
}

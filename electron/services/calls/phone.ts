// Phone numbers on calls: kept as typed, plus E.164 when valid (shared/phone.ts has the
// rules; the default country follows the catalog's currency).
import { checkPhone, countryForCurrency, phoneSearchDigits } from '../../../shared/phone';

export type NormalisedPhone = {
  e164: string | null;
  /** Digit runs a search for part of the number should find (see phoneSearchDigits). */
  searchDigits: string[];
};

export function normalisePhone(raw: string, currency: string): NormalisedPhone {
  const check = checkPhone(raw, countryForCurrency(currency));
  return { e164: check.kind === 'valid' ? check.e164 : null, searchDigits: phoneSearchDigits(raw, check) };
}

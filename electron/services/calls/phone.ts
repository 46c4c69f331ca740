// Phone numbers: kept as typed, plus E.164 when libphonenumber-js calls them valid. The
// default country follows the catalog's currency (a Seoul clinic quotes in KRW).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const countryByCurrency: Record<string, CountryCode> = { KRW: 'KR', USD: 'US' };

export type NormalisedPhone = {
  e164: string | null;
  /** Digit runs a search for part of the number should find: as typed, national (with
   *  the trunk 0, e.g. 01012345678) and international (821012345678). */
  searchDigits: string[];
};

export function normalisePhone(raw: string, currency: string): NormalisedPhone {
  const typedDigits = raw.replace(/\D/g, '');
  const country = countryByCurrency[currency.toUpperCase()];
  const parsed = raw.trim() === '' ? undefined : parsePhoneNumberFromString(raw, country ? { defaultCountry: country } : {});
  const valid = parsed?.isValid() === true ? parsed : undefined;
  const digits = new Set<string>();
  if (typedDigits) digits.add(typedDigits);
  if (valid) {
    digits.add(valid.formatNational().replace(/\D/g, ''));
    digits.add(valid.number.replace(/\D/g, ''));
  }
  return { e164: valid?.number ?? null, searchDigits: [...digits] };
}

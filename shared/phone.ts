// Phone numbers: the rules the main process checks and formats every number with (the
// renderer has none of them: electron/services/phones, docs/architecture.md). A number is kept
// as E.164 (+821012345678) when libphonenumber-js calls it valid for the business's country
// (from the catalog's currency: a Seoul clinic quotes in KRW) or, written with + and a
// country code, for any country. Shown in the national format (010-1234-5678) at home and
// in the international one (+1 415-555-0100) for a number from abroad.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// Korea and the English-speaking countries whose currency is their own (EUR is not: an
// Irish clinic types numbers with +353, or its currency would name twenty countries).
const countryByCurrency: Record<string, CountryCode> = { KRW: 'KR', USD: 'US', CAD: 'CA', AUD: 'AU', NZD: 'NZ', GBP: 'GB', SGD: 'SG' };

/** The business's country from the catalog's currency (a Seoul clinic quotes in KRW);
 *  undefined = international numbers only. */
export function countryForCurrency(currency: string): CountryCode | undefined {
  return countryByCurrency[currency.toUpperCase()];
}

export type PhoneCheck =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'valid'; e164: string; national: string; international: string };

export function checkPhone(raw: string, country: CountryCode | undefined): PhoneCheck {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  // Letters are not a phone number ("abcd"; libphonenumber would read "1-800-FLOWERS").
  if (/[^\d\s\-().+/]/.test(text)) return { kind: 'invalid' };
  const parsed = parsePhoneNumberFromString(text, country ? { defaultCountry: country } : {});
  if (!parsed?.isValid()) return { kind: 'invalid' };
  return {
    kind: 'valid',
    e164: parsed.number,
    national: parsed.formatNational(),
    international: parsed.formatInternational(),
  };
}

/** Lists show the same numbers again and again; parsing one costs far more than a lookup. */
const shown = new Map<string, string>();
const SHOWN_MAX = 5000;

/** How a stored E.164 number is shown: national at home, international from abroad. */
export function displayPhone(e164: string | null | undefined, country: CountryCode | undefined): string {
  if (!e164) return '';
  const key = `${country ?? ''}${e164}`;
  const known = shown.get(key);
  if (known !== undefined) return known;
  const parsed = parsePhoneNumberFromString(e164);
  const text = !parsed ? e164 : country && parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
  if (shown.size >= SHOWN_MAX) shown.clear();
  shown.set(key, text);
  return text;
}

/** Digit runs a search for part of a number should find: as typed, national with the
 *  trunk 0 (01012345678) and international (821012345678). */
export function phoneSearchDigits(raw: string, check: PhoneCheck): string[] {
  const digits = new Set<string>();
  const typed = raw.replace(/\D/g, '');
  if (typed) digits.add(typed);
  if (check.kind === 'valid') {
    digits.add(check.national.replace(/\D/g, ''));
    digits.add(check.e164.replace(/\D/g, ''));
  }
  return [...digits];
}

// The business's country for phone numbers, from the catalog's currency (a Seoul clinic
// quotes in KRW). Apart from shared/phone.ts because it needs none of libphonenumber-js:
// the renderer knows the country at once and loads the phone rules only when it needs them.
import type { CountryCode } from 'libphonenumber-js';

const countryByCurrency: Record<string, CountryCode> = { KRW: 'KR', USD: 'US' };

/** The business's country as libphonenumber-js knows it; undefined = international only. */
export function countryForCurrency(currency: string): CountryCode | undefined {
  return countryByCurrency[currency.toUpperCase()];
}

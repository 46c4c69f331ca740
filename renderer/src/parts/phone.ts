// Phones as the screens show and check them: the business's country comes from the catalog's
// currency (as in the main process), numbers are shown in the national format at home.
import { useMemo } from 'react';
import type { CountryCode } from 'libphonenumber-js';
import { checkPhone, countryForCurrency, displayPhone } from '../../../shared/phone';
import { useAppData } from '../app-data';

export function useBusinessCountry(): CountryCode | undefined {
  const { catalog } = useAppData();
  return useMemo(() => countryForCurrency(catalog.currency), [catalog.currency]);
}

/** A stored E.164 number as shown; a call's number as typed when it never was valid. */
export function shownPhone(e164: string | null | undefined, typed: string, country: CountryCode | undefined): string {
  return e164 ? displayPhone(e164, country) : typed;
}

/** True for '' (no number) and for a number the main process will accept. */
export function phoneOk(text: string, country: CountryCode | undefined): boolean {
  return checkPhone(text, country).kind !== 'invalid';
}

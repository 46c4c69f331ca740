// Numbers shown and checked at once, for the screens that list them (calls, clients): these
// import the phone rules statically, so the rules load with the screen's own chunk. The quote
// screen loads them only when needed (see phone.ts).
import type { CountryCode } from 'libphonenumber-js';
import { checkPhone, displayPhone } from '../../../shared/phone';

/** A stored E.164 number as shown; a call's number as typed when it never was valid. */
export function shownPhone(e164: string | null | undefined, typed: string, country: CountryCode | undefined): string {
  return e164 ? displayPhone(e164, country) : typed;
}

/** True for '' (no number) and for a number the main process will accept. */
export function phoneOk(text: string, country: CountryCode | undefined): boolean {
  return checkPhone(text, country).kind !== 'invalid';
}

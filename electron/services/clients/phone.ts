// The one way a typed number becomes a stored one (E.164, or refused with 'invalid-phone'
// naming the field), and a client's numbers as the screens show them.
import type { Client } from '../../../shared/api/clients';
import { ApiFailure } from '../../../shared/api/result';
import { checkPhone } from '../../../shared/phone';
import { shownPhone, type Country } from '../phones';

/** '' -> null; a valid number -> E.164; anything else is refused. */
export function storedPhone(raw: string, country: Country, field: string): string | null {
  const check = checkPhone(raw, country);
  if (check.kind === 'empty') return null;
  if (check.kind === 'invalid') throw new ApiFailure('invalid-phone', { field });
  return check.e164;
}

/** The client with its shown numbers made from its stored ones (after any change to them). */
export function withShownPhones(client: Client, country: Country): Client {
  return { ...client, phoneShown: shownPhone(client.phone, country), emergencyPhoneShown: shownPhone(client.emergencyPhone, country) };
}

// Phone numbers as they are typed: the main process checks them (shared/phone.ts, with
// libphonenumber-js and its metadata) so the renderer carries none of the rules. Numbers
// that are stored come back from every channel already shown (`phoneShown` and the like).
import { z } from 'zod';
import { channel, text } from './schemas';

/** What a typed number is: nothing, not a number the app keeps, or one with its stored
 *  (E.164) and shown forms (010-1234-5678 at home, +1 415-555-0100 from abroad). */
export type PhoneCheckAnswer = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'valid'; e164: string; shown: string };

/** As long as any phone field (calls, clients) takes. */
const check = z.strictObject({ text: text(40) });

export const phoneChannels = {
  /** Checks a typed number against the business's country (from the catalog's currency),
   *  as a save would; nothing is stored. */
  'phones.check': channel<typeof check, PhoneCheckAnswer>(check),
} as const;

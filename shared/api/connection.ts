// Connect mode: this PC works on a hub's data (pairing with a one-time code) or on its own
// database again. Answered by the host's connectable core (electron/app/connectable.ts), never
// forwarded to a hub and never open to a paired device.
import { z } from 'zod';
import { channel, empty, text } from './schemas';

export const connectInputSchema = z.strictObject({
  /** "192.168.0.10:47820", or the pairing link of the hub's QR code (it carries the fingerprint). */
  address: text(500).trim().min(1),
  /** The clinic CA's SHA-256 fingerprint as the hub shows it; '' when the address carries it. */
  fingerprint: text(200).default(''),
  code: text(32).trim().min(1),
  deviceName: text(60).trim().min(1),
});

/** The hub PC's new address (its LAN address changed): the same hub, checked by the pinned
 *  clinic CA and this PC's credential, so nothing is paired again. */
export const moveHubSchema = z.strictObject({ address: text(500).trim().min(1) });

export const connectionChannels = {
  'connection.connect': channel<typeof connectInputSchema, { hubAddress: string }>(connectInputSchema),
  'connection.disconnect': channel<typeof empty, { mode: 'local' }>(empty),
  'connection.moveHub': channel<typeof moveHubSchema, { hubAddress: string }>(moveHubSchema),
} as const;

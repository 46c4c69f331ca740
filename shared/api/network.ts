// The clinic network, at the hub (docs/network.md): sharing on/off and port, a pairing code
// for a new device, the paired devices and revoking one. Only the hub's own user may use
// these (shared/api/roles.ts).
import { z } from 'zod';
import { DEFAULT_NETWORK_PORT, DEVICE_ROLES, type DeviceRole } from '../vocabulary';
import { channel, empty, rowId, text } from './schemas';

export { DEFAULT_NETWORK_PORT };

export const deviceName = text(60)
  .trim()
  .min(1)
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: 'must not contain control characters' });

export const networkUpdateSchema = z.strictObject({
  sharing: z.boolean().optional(),
  port: z.number().int().min(1024).max(65535).optional(),
});
export const pairingCodeSchema = z.strictObject({ role: z.enum(DEVICE_ROLES), deviceName });
const byId = z.strictObject({ id: rowId });

export type PairingCode = {
  /** 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
  code: string;
  role: DeviceRole;
  deviceName: string;
  expiresAt: string; // ISO UTC
  /** What the QR code holds: https://<address>:<port>/pair#fp=<fingerprint>. */
  url: string;
  /** The QR code of `url` as an SVG document (shown as an image with a text alternative). */
  qrSvg: string;
};

export type NetworkStatus = {
  sharing: boolean;
  port: number;
  /** The listener is up (sharing on and started); `problem` says why not when it should be. */
  running: boolean;
  problem: 'port-in-use' | 'no-address' | 'failed' | null;
  hostName: string;
  /** Addresses devices can type, e.g. https://192.168.0.10:47820. */
  addresses: string[];
  /** SHA-256 of the clinic CA certificate, upper-case hex with colons; null before first use. */
  fingerprint: string | null;
  /** The live pairing code, if any. */
  pairing: PairingCode | null;
};

export type DeviceRecord = {
  id: number;
  name: string;
  role: DeviceRole;
  createdAt: string;
  lastSeenAt: string | null;
  lastAddress: string | null;
  revokedAt: string | null;
};

export const networkChannels = {
  'network.status': channel<typeof empty, NetworkStatus>(empty),
  /** Turns sharing on or off and sets the port; the listener follows at once. */
  'network.update': channel<typeof networkUpdateSchema, NetworkStatus>(networkUpdateSchema),
  /** A new one-time pairing code (the previous one, if any, stops working). */
  'network.createPairingCode': channel<typeof pairingCodeSchema, PairingCode>(pairingCodeSchema),
  'network.cancelPairingCode': channel<typeof empty, NetworkStatus>(empty),
  'devices.list': channel<typeof empty, DeviceRecord[]>(empty),
  /** Shuts the device out at once: its next request is refused, its event stream ended. */
  'devices.revoke': channel<typeof byId, DeviceRecord>(byId),
} as const;

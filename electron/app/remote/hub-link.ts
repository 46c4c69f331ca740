// hub.json: how this PC reaches its hub (connect mode). Written once at pairing, in the data
// folder, readable by this user only (0600): it holds the device credential. Its presence is
// what puts the app in connect mode; removing it (disconnect) puts it back on its own database.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGS } from '../../../shared/vocabulary';
import { fingerprintOfPem, normalizeFingerprint } from './pinning';

export const HUB_FILE = 'hub.json';

const hubLinkSchema = z.strictObject({
  /** The hub's origin, e.g. "https://192.168.0.10:47820". */
  address: z.string().url(),
  /** SHA-256 of the clinic CA (DER), upper-case hex with colons. */
  fingerprint: z.string(),
  /** The clinic CA, PEM; its fingerprint is checked against `fingerprint` on every read. */
  caPem: z.string(),
  credential: z.string().min(20),
  deviceId: z.number().int().positive(),
  deviceName: z.string(),
  role: z.string(),
  pairedAt: z.string(),
  /** This PC's UI language (a desk keeps its own; the hub's settings are shared). */
  uiLanguage: z.enum(LANGS).optional(),
});

export type HubLink = z.infer<typeof hubLinkSchema>;

export function hubFilePath(dataDir: string): string {
  return path.join(dataDir, HUB_FILE);
}

/** The link, or null when there is none. A file that is unreadable, malformed or whose CA
 *  does not match its fingerprint is an error (never silently treated as "not connected",
 *  which would open a local database the user did not ask for). */
export function readHubLink(dataDir: string): HubLink | null {
  let text: string;
  try {
    text = fs.readFileSync(hubFilePath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const link = hubLinkSchema.parse(JSON.parse(text));
  const pinned = normalizeFingerprint(link.fingerprint);
  if (!pinned || fingerprintOfPem(link.caPem) !== pinned) {
    throw new Error(`${HUB_FILE}: the stored clinic CA does not match its fingerprint`);
  }
  return { ...link, fingerprint: pinned };
}

/** Written to a temporary file (0600) and renamed over the old one: never half a file. */
export function writeHubLink(dataDir: string, link: HubLink): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const target = hubFilePath(dataDir);
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(hubLinkSchema.parse(link), null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(temporary, 0o600); // the umask cannot widen it, an old file's mode does not matter
  fs.renameSync(temporary, target);
}

export function removeHubLink(dataDir: string): void {
  fs.rmSync(hubFilePath(dataDir), { force: true });
}

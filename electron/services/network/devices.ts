// Paired devices on the hub's database (migration 008). The credential is 256 random bits
// handed to the device once; the hub keeps only its SHA-256, so a copy of the database
// cannot be used to act as a device.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { DeviceRecord } from '../../../shared/api/network';
import { ApiFailure } from '../../../shared/api/result';
import type { DeviceRole } from '../../../shared/vocabulary';

type Row = {
  id: number;
  name: string;
  role: DeviceRole;
  created_at: string;
  last_seen_at: string | null;
  last_address: string | null;
  revoked_at: string | null;
};

const record = (row: Row): DeviceRecord => ({
  id: row.id,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  lastAddress: row.last_address,
  revokedAt: row.revoked_at,
});

const COLUMNS = 'id, name, role, created_at, last_seen_at, last_address, revoked_at';

export const hashCredential = (credential: string) => createHash('sha256').update(credential, 'utf8').digest('hex');

/** Adds a device; returns it with the credential, which is never readable again. */
export function addDevice(
  db: Database,
  device: { name: string; role: DeviceRole; address: string | null },
  now: Date,
): { device: DeviceRecord; credential: string } {
  const credential = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO devices (name, role, credential_hash, created_at, last_seen_at, last_address)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(device.name, device.role, hashCredential(credential), at, at, device.address);
  return { device: getDevice(db, Number(lastInsertRowid)), credential };
}

export function getDevice(db: Database, id: number): DeviceRecord {
  const row = db.prepare(`SELECT ${COLUMNS} FROM devices WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new ApiFailure('not-found', { device: id });
  return record(row);
}

/** Paired devices, the ones still allowed first, newest first. */
export function listDevices(db: Database): DeviceRecord[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM devices ORDER BY revoked_at IS NOT NULL, id DESC`).all() as Row[];
  return rows.map(record);
}

export function revokeDevice(db: Database, id: number, now: Date): DeviceRecord {
  db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), id);
  return getDevice(db, id);
}

/** The devices allowed now: id, name and credential hash. */
export function activeDevices(db: Database): { id: number; name: string; hash: string }[] {
  return db.prepare('SELECT id, name, credential_hash AS hash FROM devices WHERE revoked_at IS NULL ORDER BY id').all() as {
    id: number;
    name: string;
    hash: string;
  }[];
}

/** Revokes every allowed device whose credential is not in `allowed`; returns how many. */
export function revokeAllBut(db: Database, allowed: string[], now: Date): number {
  return db
    .prepare('UPDATE devices SET revoked_at = ? WHERE revoked_at IS NULL AND credential_hash NOT IN (SELECT value FROM json_each(?))')
    .run(now.toISOString(), JSON.stringify(allowed)).changes;
}

/** Last seen is written at most this often per device (every request would be a write). */
const SEEN_EVERY_MS = 60 * 1000;

/** The device a credential belongs to, if it is paired and not revoked; notes when and
 *  from where it was seen. Read on every request, so a revocation holds at once. */
export function deviceByCredential(db: Database, credential: string, address: string | null, now: Date): DeviceRecord | null {
  if (!credential || credential.length > 200) return null;
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM devices WHERE credential_hash = ? AND revoked_at IS NULL`)
    .get(hashCredential(credential)) as Row | undefined;
  if (!row) return null;
  const seen = row.last_seen_at ? Date.parse(row.last_seen_at) : 0;
  if (now.getTime() - seen >= SEEN_EVERY_MS || (address && address !== row.last_address)) {
    db.prepare('UPDATE devices SET last_seen_at = ?, last_address = coalesce(?, last_address) WHERE id = ?').run(
      now.toISOString(),
      address,
      row.id,
    );
    return getDevice(db, row.id);
  }
  return record(row);
}

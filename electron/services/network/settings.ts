// Whether this PC shares its data on the clinic network, and the port (migration 008).
import type { Database } from 'better-sqlite3';

export type NetworkSettings = { sharing: boolean; port: number };

export function getNetworkSettings(db: Database): NetworkSettings {
  const row = db.prepare('SELECT sharing, port FROM network_settings WHERE id = 1').get() as
    | { sharing: number; port: number }
    | undefined;
  return { sharing: row?.sharing === 1, port: row?.port ?? 47820 };
}

export function updateNetworkSettings(db: Database, patch: Partial<NetworkSettings>): NetworkSettings {
  const next = { ...getNetworkSettings(db), ...patch };
  db.prepare('UPDATE network_settings SET sharing = ?, port = ? WHERE id = 1').run(next.sharing ? 1 : 0, next.port);
  return next;
}

// "Every write records the device that made it" (docs/network.md): one row per successful
// write channel, in the write's own transaction. Channel and record id only, no content.
import type { Database } from 'better-sqlite3';

export function recordWrite(
  db: Database,
  write: { at: Date; deviceId: number | null; channel: string; recordId: number | null },
): void {
  db.prepare('INSERT INTO write_log (at, device_id, channel, record_id) VALUES (?, ?, ?, ?)').run(
    write.at.toISOString(),
    write.deviceId,
    write.channel,
    write.recordId,
  );
}

/** The record a write touched: the answer's id, else the input's (an update, an archive). */
export function recordIdOf(value: unknown, input: unknown): number | null {
  for (const source of [value, input]) {
    const id = (source as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'number' && Number.isSafeInteger(id)) return id;
  }
  return null;
}

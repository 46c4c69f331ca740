// Writes sent twice (docs/network.md): a device whose answer was lost sends the same write
// again with the same Idempotency-Key; the hub answers what it stored for that key instead
// of writing a second time. Kept in memory only, per requester (a device, or the loopback
// host), for 10 minutes after the write ended. Only successful answers are kept: a failed
// write wrote nothing (each write is one transaction), so running it again is right.
// Answers may hold health data: they are never logged.
import { createHash } from 'node:crypto';

export const KEEP_MS = 10 * 60 * 1000;
export const MAX_KEPT = 5000;
/** Per requester: one device's flood of writes drops its own oldest answers, not others'. */
export const MAX_KEPT_PER_SCOPE = 500;
/** A UUID, as crypto.randomUUID() makes (any version). */
export const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The same key came with another channel or body: not a repeat, so refused. */
export const KEY_REUSED = Symbol('key-reused');

type Entry<T> = { scope: string; channel: string; bodyHash: string; answer: Promise<T>; expires: number };

export type RepeatedWrites<T> = {
  /** The answer kept (or still coming) for this key, else `write`'s own, kept if it succeeds. */
  once(scope: string, key: string, channel: string, body: string, write: () => Promise<T>): Promise<T | typeof KEY_REUSED>;
  readonly size: number;
};

export function repeatedWrites<T>(options: {
  /** Whether an answer is worth keeping (a success). */
  keep: (answer: T) => boolean;
  now?: () => number;
  maxKept?: number;
  maxKeptPerScope?: number;
}): RepeatedWrites<T> {
  const now = options.now ?? Date.now;
  const maxKept = options.maxKept ?? MAX_KEPT;
  const maxPerScope = options.maxKeptPerScope ?? MAX_KEPT_PER_SCOPE;
  // In insertion order, which is expiry order: an entry is moved to the end when it settles.
  const entries = new Map<string, Entry<T>>();

  function dropExpired() {
    for (const [id, entry] of entries) {
      if (entry.expires > now()) break;
      entries.delete(id);
    }
  }

  function add(id: string, entry: Entry<T>) {
    entries.delete(id);
    entries.set(id, entry);
    let ofScope = 0;
    for (const kept of entries.values()) if (kept.scope === entry.scope) ofScope++;
    for (const [oldest, kept] of entries) {
      if (ofScope <= maxPerScope) break;
      if (kept.scope !== entry.scope) continue;
      entries.delete(oldest);
      ofScope--;
    }
    for (const oldest of entries.keys()) {
      if (entries.size <= maxKept) break;
      entries.delete(oldest);
    }
  }

  return {
    once(scope, key, channel, body, write) {
      dropExpired();
      const id = `${scope}\n${key.toLowerCase()}`;
      const bodyHash = createHash('sha256').update(body).digest('hex');
      const found = entries.get(id);
      if (found) return found.channel === channel && found.bodyHash === bodyHash ? found.answer : Promise.resolve(KEY_REUSED);
      const answer = write();
      const entry: Entry<T> = { scope, channel, bodyHash, answer, expires: now() + KEEP_MS };
      add(id, entry);
      const settle = (kept: boolean) => {
        if (entries.get(id) !== entry) return; // dropped meanwhile (the cap)
        if (kept) add(id, { ...entry, expires: now() + KEEP_MS });
        else entries.delete(id);
      };
      answer.then((result) => settle(options.keep(result)), () => settle(false));
      return answer;
    },
    get size() {
      return entries.size;
    },
  };
}

// Writes sent twice (docs/network.md): a write whose answer was lost may have been saved on
// the hub. Its Idempotency-Key is kept for that exact call (channel and input JSON), so
// saving the same thing again sends the same key and the hub answers what it stored instead
// of writing a second time. Shared by a desk PC (remote-front-desk.ts) and the browser
// client (renderer/src/api/client.ts); no Node, so both can use it.

/** How long the hub keeps an answer (electron/web/idempotency.ts): never reuse a key longer. */
export const UNANSWERED_KEEP_MS = 10 * 60 * 1000;
/** The header a write carries its key in. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export type UnansweredWrites = {
  /** The key to send: the kept one for this exact call, else a new one. */
  keyFor(channel: string, inputJson: string): string;
  /** The answer was lost after the request may have reached the hub. The key is kept for
   *  10 minutes from its first use, never longer: the hub's copy may end then. */
  remember(channel: string, inputJson: string, key: string, firstSentAt: number): void;
  /** Whether an earlier send of this exact call is still of unknown outcome. */
  isUnknown(channel: string, inputJson: string): boolean;
  /** The hub answered this write: its key goes, and so do the keys kept for earlier writes
   *  on the same record (the same channel and top-level `id`): a later write on it came
   *  after them, so saving one of those again is a new write. Without this, archiving a
   *  policy (answer lost), restoring it (answered) and archiving it again would send the
   *  first key, and the hub would answer from memory without archiving. Writes on other
   *  records keep theirs (a visit for one client saved does not settle another's lost one). */
  answered(channel: string, inputJson: string): void;
};

/** A busy desk makes a few unanswered writes, not thousands: the oldest goes beyond this. */
const MAX_KEPT = 1000;

export function unansweredWrites(now: () => number = Date.now): UnansweredWrites {
  const kept = new Map<string, { key: string; expires: number }>();
  const id = (channel: string, inputJson: string) => `${channel}\n${inputJson}`;
  const live = (channel: string, inputJson: string) => {
    const entry = kept.get(id(channel, inputJson));
    if (entry && entry.expires <= now()) kept.delete(id(channel, inputJson));
    return entry && entry.expires > now() ? entry : null;
  };
  return {
    keyFor: (channel, inputJson) => live(channel, inputJson)?.key ?? globalThis.crypto.randomUUID(),
    remember(channel, inputJson, key, firstSentAt) {
      // A key already kept keeps its first expiry (a later send does not lengthen it).
      if (live(channel, inputJson)?.key === key) return;
      kept.set(id(channel, inputJson), { key, expires: firstSentAt + UNANSWERED_KEEP_MS });
      for (const oldest of kept.keys()) {
        if (kept.size <= MAX_KEPT) break;
        kept.delete(oldest);
      }
    },
    isUnknown: (channel, inputJson) => live(channel, inputJson) !== null,
    answered(channel, inputJson) {
      kept.delete(id(channel, inputJson));
      const record = recordOf(inputJson);
      if (record === null) return;
      for (const name of kept.keys()) {
        if (name.startsWith(`${channel}\n`) && recordOf(name.slice(channel.length + 1)) === record) kept.delete(name);
      }
    },
  };
}

/** The record a write is about, when its input names one (`id`), else null. */
function recordOf(inputJson: string): string | null {
  try {
    const input = JSON.parse(inputJson) as { id?: unknown } | null;
    return typeof input?.id === 'number' || typeof input?.id === 'string' ? String(input.id) : null;
  } catch {
    return null;
  }
}

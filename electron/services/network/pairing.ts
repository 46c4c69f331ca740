// The one-time pairing code (docs/network.md): 8 characters from an alphabet without
// look-alikes, valid 5 minutes, dead after 5 wrong tries, used once. Kept in memory only:
// one live code at a time, so every wrong try counts against it (a guesser cannot spread
// tries over several codes), and a restart of the hub cancels it. The live code also proves the
// hub to a desk that has no fingerprint (pairing-proof.ts): at most 5 proofs per code.
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { DeviceRole } from '../../../shared/vocabulary';
import { newNonce, proofKey, proofOf, randomProof, type ProofAnswer } from './pairing-proof';

/** No 0/O, 1/I/L: read aloud or typed from the hub's screen without doubt. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;
export const CODE_LIFETIME_MS = 5 * 60 * 1000;
export const CODE_MAX_WRONG_TRIES = 5;
/** Proofs answered per live code; the next request kills it (as 5 wrong tries do). */
export const CODE_MAX_PROOFS = 5;

export type LiveCode = { code: string; role: DeviceRole; deviceName: string; expiresAt: Date };

export type PairingAttempt =
  | { ok: true; role: DeviceRole; deviceName: string }
  | { ok: false; reason: 'no-code' | 'expired' | 'wrong' | 'used-up' };

/** "ab2c-d3ef" and "AB2C D3EF" are the same code. */
export const normalizeCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

type Live = LiveCode & {
  wrongTries: number;
  proofs: number;
  /** Derived once per code and CA fingerprint (scrypt), then each proof is one HMAC. */
  key: { fingerprint: string; derived: Promise<Buffer> } | null;
};

export class PairingCodes {
  private live: Live | null = null;

  constructor(private readonly now: () => Date) {}

  create(role: DeviceRole, deviceName: string): LiveCode {
    this.live = {
      code: newCode(),
      role,
      deviceName,
      expiresAt: new Date(this.now().getTime() + CODE_LIFETIME_MS),
      wrongTries: 0,
      proofs: 0,
      key: null,
    };
    return this.current()!;
  }

  /** Starts deriving the proof key at once, so that the first proof of a live code takes no
   *  longer than an answer without one (its time would tell the network a code is live). */
  prepareProof(fingerprint: string): void {
    if (this.live) void this.keyOf(this.live, fingerprint).catch(() => undefined);
  }

  /** The proof for a desk's nonce, over the hub's CA fingerprint. Without a live code (none,
   *  expired, used, killed) a random answer of the same shape: nobody can tell the difference
   *  without the code. The 6th request for one code kills it. */
  async proof(nonce: Buffer, fingerprint: string): Promise<ProofAnswer> {
    const hubNonce = newNonce();
    const none = { hubNonce, proof: randomProof() };
    const live = this.live;
    if (!live || this.now() >= live.expiresAt) {
      if (live) this.live = null;
      return none;
    }
    live.proofs += 1;
    if (live.proofs > CODE_MAX_PROOFS) {
      this.live = null;
      return none;
    }
    let key: Buffer;
    try {
      key = await this.keyOf(live, fingerprint);
    } catch {
      return none; // scrypt failed (not expected): answered as without a code, never as an error
    }
    // Cancelled or replaced meanwhile: that code no longer pairs anything.
    return this.live === live ? { hubNonce, proof: proofOf(key, nonce, hubNonce) } : none;
  }

  private keyOf(live: Live, fingerprint: string): Promise<Buffer> {
    if (live.key?.fingerprint !== fingerprint) {
      const key = { fingerprint, derived: proofKey(live.code, fingerprint) };
      live.key = key;
      // A failed derivation is not kept: the next proof derives again.
      key.derived.catch(() => {
        if (live.key === key) live.key = null;
      });
    }
    return live.key.derived;
  }

  cancel(): void {
    this.live = null;
  }

  /** The live code, or null (none made, expired, used or killed by wrong tries). */
  current(): LiveCode | null {
    if (this.live && this.now() >= this.live.expiresAt) this.live = null;
    if (!this.live) return null;
    const { code, role, deviceName, expiresAt } = this.live;
    return { code, role, deviceName, expiresAt };
  }

  /** Checks a typed code. Right: the code is used up. Wrong: one of the 5 tries gone. */
  attempt(typed: string): PairingAttempt {
    const live = this.live;
    if (!live) return { ok: false, reason: 'no-code' };
    if (this.now() >= live.expiresAt) {
      this.live = null;
      return { ok: false, reason: 'expired' };
    }
    const given = Buffer.from(normalizeCode(typed));
    const expected = Buffer.from(live.code);
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      this.live = null;
      return { ok: true, role: live.role, deviceName: live.deviceName };
    }
    live.wrongTries += 1;
    if (live.wrongTries >= CODE_MAX_WRONG_TRIES) {
      this.live = null;
      return { ok: false, reason: 'used-up' };
    }
    return { ok: false, reason: 'wrong' };
  }
}

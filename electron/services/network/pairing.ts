// The one-time pairing code (docs/network.md): 8 characters from an alphabet without
// look-alikes, valid 5 minutes, dead after 5 wrong tries, used once. Kept in memory only:
// one live code at a time, so every wrong try counts against it (a guesser cannot spread
// tries over several codes), and a restart of the hub cancels it.
import { randomInt, timingSafeEqual } from 'node:crypto';
import type { DeviceRole } from '../../../shared/vocabulary';

/** No 0/O, 1/I/L: read aloud or typed from the hub's screen without doubt. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;
export const CODE_LIFETIME_MS = 5 * 60 * 1000;
export const CODE_MAX_WRONG_TRIES = 5;

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

export class PairingCodes {
  private live: (LiveCode & { wrongTries: number }) | null = null;

  constructor(private readonly now: () => Date) {}

  create(role: DeviceRole, deviceName: string): LiveCode {
    this.live = {
      code: newCode(),
      role,
      deviceName,
      expiresAt: new Date(this.now().getTime() + CODE_LIFETIME_MS),
      wrongTries: 0,
    };
    return this.current()!;
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

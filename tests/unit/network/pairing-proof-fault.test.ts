// A key derivation that fails (scrypt is not expected to, with fixed parameters) must answer
// as without a code, never as an error (a 500 would tell the network a code is live), and must
// not be kept: the next proof derives again.
import { describe, expect, it, vi } from 'vitest';

const failures = vi.hoisted(() => ({ left: 0 }));
vi.mock('../../../electron/services/network/pairing-proof', async (original) => {
  const real = await original<typeof import('../../../electron/services/network/pairing-proof')>();
  return {
    ...real,
    proofKey: (code: string, fingerprint: string) =>
      failures.left-- > 0 ? Promise.reject(new Error('scrypt failed')) : real.proofKey(code, fingerprint),
  };
});

const { PairingCodes } = await import('../../../electron/services/network/pairing');
const { newNonce, proofKey, proofMatches, proofOf } = await import('../../../electron/services/network/pairing-proof');

const FP = 'AB:'.repeat(31) + 'CD';

describe('a failed proof key', () => {
  it('answers as without a code, then derives again for the next proof', async () => {
    const made = new PairingCodes(() => new Date('2026-11-28T10:00:00Z'));
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const key = await proofKey(code, FP);
    failures.left = 1; // the hub's first derivation fails
    const first = await made.proof(nonce, FP);
    expect(first.proof).toHaveLength(32);
    expect(proofMatches(proofOf(key, nonce, first.hubNonce), first.proof)).toBe(false);
    const second = await made.proof(nonce, FP);
    expect(proofMatches(proofOf(key, nonce, second.hubNonce), second.proof)).toBe(true);
  });
});

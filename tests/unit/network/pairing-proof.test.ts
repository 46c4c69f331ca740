// The pairing code as the hub's proof (services/network/pairing-proof.ts, PairingCodes.proof):
// one answer per code, CA fingerprint and nonce; another code or another CA gives another
// proof; a code dies after 5 proofs; without a live code the answer is random and verifies
// against nothing.
import { describe, expect, it } from 'vitest';
import { CODE_MAX_PROOFS, PairingCodes } from '../../../electron/services/network/pairing';
import { newNonce, proofKey, proofMatches, proofOf } from '../../../electron/services/network/pairing-proof';

const FP = 'AB:'.repeat(31) + 'CD';
const OTHER_FP = '12:'.repeat(31) + '34';

function codes() {
  let clock = new Date('2026-11-28T10:00:00Z');
  const made = new PairingCodes(() => clock);
  return { made, later: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

/** What a desk expects for a typed code, the CA it sees and its nonce. */
const expected = async (code: string, fingerprint: string, nonce: Buffer) => proofOf(await proofKey(code, fingerprint), nonce);

describe('the pairing code as the hub\'s proof', () => {
  it('is the same for one code, fingerprint and nonce, and what the desk computes', async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const first = await made.proof(nonce, FP);
    expect(first).toHaveLength(32);
    expect((await made.proof(nonce, FP)).equals(first)).toBe(true);
    expect(proofMatches(await expected(code, FP, nonce), first)).toBe(true);
    // Another nonce, another proof (nothing to replay).
    expect((await made.proof(newNonce(), FP)).equals(first)).toBe(false);
  });

  it('differs for another CA fingerprint or another code: a relayed proof does not match', async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const atHub = await made.proof(nonce, FP);
    // The desk sees an impostor's CA: the real hub's proof is over the real CA.
    expect(proofMatches(await expected(code, OTHER_FP, nonce), atHub)).toBe(false);
    const wrong = code.replace(/^./, (c) => (c === '2' ? '3' : '2'));
    expect(proofMatches(await expected(wrong, FP, nonce), atHub)).toBe(false);
    // The hub's key follows its CA if asked over another one.
    expect((await made.proof(nonce, OTHER_FP)).equals(atHub)).toBe(false);
  });

  it(`answers ${CODE_MAX_PROOFS} proofs per code, then the code dies (its /pair too)`, async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const right = await expected(code, FP, nonce);
    const answers = await Promise.all(Array.from({ length: CODE_MAX_PROOFS }, () => made.proof(nonce, FP)));
    expect(answers.every((answer) => proofMatches(right, answer))).toBe(true);
    const beyond = await made.proof(nonce, FP);
    expect(beyond).toHaveLength(32);
    expect(proofMatches(right, beyond)).toBe(false);
    expect(made.current()).toBeNull();
    expect(made.attempt(code)).toEqual({ ok: false, reason: 'no-code' });
  });

  it('gives a random proof of the same shape without a live code: none, cancelled, expired or used', async () => {
    const { made, later } = codes();
    const nonce = newNonce();
    const none = await made.proof(nonce, FP);
    expect(none).toHaveLength(32);
    expect((await made.proof(nonce, FP)).equals(none)).toBe(false); // random, not derived

    const cancelled = made.create('desk', 'Desk 2').code;
    made.cancel();
    expect(proofMatches(await expected(cancelled, FP, nonce), await made.proof(nonce, FP))).toBe(false);

    const expired = made.create('desk', 'Desk 3').code;
    later(5 * 60 * 1000);
    expect(proofMatches(await expected(expired, FP, nonce), await made.proof(nonce, FP))).toBe(false);

    const used = made.create('desk', 'Desk 4').code;
    expect(made.attempt(used)).toMatchObject({ ok: true });
    expect(proofMatches(await expected(used, FP, nonce), await made.proof(nonce, FP))).toBe(false);
  });

  it('does not answer for a code replaced while its key was being derived', async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const pending = made.proof(nonce, FP);
    made.create('desk', 'Desk 3'); // the hub's user made a new code meanwhile
    expect(proofMatches(await expected(code, FP, nonce), await pending)).toBe(false);
  });

  it('leaves the 5 tries of /pair alone: proofs are counted apart', async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    for (let i = 0; i < CODE_MAX_PROOFS; i++) await made.proof(newNonce(), FP);
    for (let i = 0; i < 4; i++) expect(made.attempt('WRONG234')).toEqual({ ok: false, reason: 'wrong' });
    expect(made.attempt(code)).toMatchObject({ ok: true, deviceName: 'Desk 2' });
  });
});

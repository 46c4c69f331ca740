// The pairing code as the hub's proof (services/network/pairing-proof.ts, PairingCodes.proof):
// an answer is the hub's fresh nonce and an HMAC over the desk's nonce and it, keyed by the
// code and the CA fingerprint; another code or another CA gives another proof; a code dies
// after 5 proofs; without a live code the proof is random; and no two answers are alike,
// code or none, so asking twice with one nonce tells nobody whether a code is live.
import { describe, expect, it } from 'vitest';
import { CODE_MAX_PROOFS, PairingCodes } from '../../../electron/services/network/pairing';
import { newNonce, proofKey, proofMatches, proofOf, type ProofAnswer } from '../../../electron/services/network/pairing-proof';

const FP = 'AB:'.repeat(31) + 'CD';
const OTHER_FP = '12:'.repeat(31) + '34';

function codes() {
  let clock = new Date('2026-11-28T10:00:00Z');
  const made = new PairingCodes(() => clock);
  return { made, later: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

/** The desk's check of an answer, for a typed code, the CA it sees and its nonce. */
const verifies = async (code: string, fingerprint: string, nonce: Buffer, answer: ProofAnswer) =>
  proofMatches(proofOf(await proofKey(code, fingerprint), nonce, answer.hubNonce), answer.proof);

describe("the pairing code as the hub's proof", () => {
  it('verifies at the desk for the code and CA the hub holds, with a fresh hub nonce each time', async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const first = await made.proof(nonce, FP);
    expect(first.proof).toHaveLength(32);
    expect(first.hubNonce).toHaveLength(32);
    expect(await verifies(code, FP, nonce, first)).toBe(true);
    // The same nonce again: another hub nonce, another proof, both valid.
    const again = await made.proof(nonce, FP);
    expect(again.hubNonce.equals(first.hubNonce)).toBe(false);
    expect(again.proof.equals(first.proof)).toBe(false);
    expect(await verifies(code, FP, nonce, again)).toBe(true);
    // An answer is bound to its hub nonce: a proof moved to another nonce pair does not verify.
    expect(await verifies(code, FP, nonce, { hubNonce: again.hubNonce, proof: first.proof })).toBe(false);
  });

  it('differs for another CA fingerprint or another code: a relayed proof does not match', async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const atHub = await made.proof(nonce, FP);
    // The desk sees an impostor's CA: the real hub's proof is over the real CA.
    expect(await verifies(code, OTHER_FP, nonce, atHub)).toBe(false);
    const wrong = code.replace(/^./, (c) => (c === '2' ? '3' : '2'));
    expect(await verifies(wrong, FP, nonce, atHub)).toBe(false);
    // The hub's key follows its CA if asked over another one.
    expect(await verifies(code, OTHER_FP, nonce, await made.proof(nonce, OTHER_FP))).toBe(true);
  });

  it(`answers ${CODE_MAX_PROOFS} proofs per code, then the code dies (its /pair too)`, async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const answers = await Promise.all(Array.from({ length: CODE_MAX_PROOFS }, () => made.proof(nonce, FP)));
    for (const answer of answers) expect(await verifies(code, FP, nonce, answer)).toBe(true);
    const beyond = await made.proof(nonce, FP);
    expect(beyond.proof).toHaveLength(32);
    expect(await verifies(code, FP, nonce, beyond)).toBe(false);
    expect(made.current()).toBeNull();
    expect(made.attempt(code)).toEqual({ ok: false, reason: 'no-code' });
  });

  it('gives a random proof of the same shape without a live code: none, cancelled, expired or used', async () => {
    const { made, later } = codes();
    const nonce = newNonce();
    const none = await made.proof(nonce, FP);
    expect(none.proof).toHaveLength(32);
    expect(none.hubNonce).toHaveLength(32);
    const noneAgain = await made.proof(nonce, FP);
    expect(noneAgain.proof.equals(none.proof)).toBe(false);
    expect(noneAgain.hubNonce.equals(none.hubNonce)).toBe(false);

    const cancelled = made.create('desk', 'Desk 2').code;
    made.cancel();
    expect(await verifies(cancelled, FP, nonce, await made.proof(nonce, FP))).toBe(false);

    const expired = made.create('desk', 'Desk 3').code;
    later(5 * 60 * 1000);
    expect(await verifies(expired, FP, nonce, await made.proof(nonce, FP))).toBe(false);

    const used = made.create('desk', 'Desk 4').code;
    expect(made.attempt(used)).toMatchObject({ ok: true });
    expect(await verifies(used, FP, nonce, await made.proof(nonce, FP))).toBe(false);
  });

  it('does not answer for a code replaced while its key was being derived', async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    const nonce = newNonce();
    const pending = made.proof(nonce, FP);
    made.create('desk', 'Desk 3'); // the hub's user made a new code meanwhile
    expect(await verifies(code, FP, nonce, await pending)).toBe(false);
  });

  it('leaves the 5 tries of /pair alone: proofs are counted apart', async () => {
    const { made } = codes();
    const { code } = made.create('desk', 'Desk 2');
    for (let i = 0; i < CODE_MAX_PROOFS; i++) await made.proof(newNonce(), FP);
    for (let i = 0; i < 4; i++) expect(made.attempt('WRONG234')).toEqual({ ok: false, reason: 'wrong' });
    expect(made.attempt(code)).toMatchObject({ ok: true, deviceName: 'Desk 2' });
  });
});

// The pairing code as the hub's proof of identity (docs/network.md, "Pairing"): a desk PC
// that has only the address and the code asks the hub to prove it knows the code *for the
// clinic CA the desk sees*. Both sides run this same code: the hub with its live code and its
// own CA's fingerprint, the desk with the code typed and the fingerprint of the CA it fetched.
// An impostor with another CA cannot answer without the code; relaying to the real hub gives a
// proof over the real CA's fingerprint, which is not the one the desk sees.
import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url without padding: exactly 43 characters. */
export const NONCE_BYTES = 32;
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const KEY_SALT = 'front-desk pairing v1|';
const PROOF_LABEL = Buffer.from('front-desk pairing proof v1', 'utf8');
/** scrypt's cost: 16 MiB and tens of milliseconds per guess, once per live code on the hub. */
const SCRYPT = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

/** The key for one code and one clinic CA (fingerprint as the hub shows it: "AB:CD:…").
 *  Async scrypt: the hub's event loop keeps serving while it is derived. */
export function proofKey(code: string, fingerprint: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(Buffer.from(code, 'utf8'), KEY_SALT + fingerprint, KEY_BYTES, SCRYPT, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** HMAC-SHA256(key, label || desk's nonce || hub's nonce). The hub adds a fresh nonce of its
 *  own to every answer, so no two answers are alike, code or none: a desk sending one nonce
 *  twice cannot tell a live code's fixed answer from the random one given without a code. */
export function proofOf(key: Buffer, deskNonce: Buffer, hubNonce: Buffer): Buffer {
  return createHmac('sha256', key).update(PROOF_LABEL).update(deskNonce).update(hubNonce).digest();
}

/** The hub's answer to one proof request. */
export type ProofAnswer = { hubNonce: Buffer; proof: Buffer };

/** The desk's check, in constant time. */
export function proofMatches(expected: Buffer, given: Buffer): boolean {
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** What the hub answers when no code is live: the same shape as a real proof. */
export const randomProof = () => randomBytes(KEY_BYTES);

export const newNonce = () => randomBytes(NONCE_BYTES);

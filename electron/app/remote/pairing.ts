// Pairing from a desk PC: fetch the hub's clinic CA and check it, then present the one-time
// code over a connection pinned to that CA. Only then is a credential received and hub.json
// written. The CA is checked against the fingerprint the user has (typed, or in the pairing
// link), or, with none, by the code itself: the hub must prove it knows the code for the CA
// this PC sees (services/network/pairing-proof.ts) before the code is sent.
import https from 'node:https';
import { ApiFailure } from '../../../shared/api/result';
import { CODE_ALPHABET, CODE_LENGTH, normalizeCode } from '../../services/network/pairing';
import { newNonce, NONCE_PATTERN, proofKey, proofMatches, proofOf } from '../../services/network/pairing-proof';
import { parseHubAddress } from './address';
import { answerJson, hubRequest, HubUnreachable, type HubTarget } from './hub-request';
import type { HubLink } from './hub-link';
import { certificateToPem, fingerprintOfPem, normalizeFingerprint, pinnedAgent } from './pinning';

export type PairingRequest = {
  address: string;
  /** Optional: without it (typed or in the pairing link) the code proves the hub. */
  fingerprint?: string;
  code: string;
  deviceName: string;
  timeoutMs?: number;
  now?: () => Date;
};

/** The link to store in hub.json; refusals are ApiFailure('pairing' | 'hub-unreachable'). */
export async function pairWithHub(request: PairingRequest): Promise<HubLink> {
  const address = parseHubAddress(request.address);
  if (!address) throw new ApiFailure('pairing', { reason: 'address' });
  const typed = request.fingerprint?.trim() ? normalizeFingerprint(request.fingerprint) : null;
  if (request.fingerprint?.trim() && !typed) throw new ApiFailure('pairing', { reason: 'fingerprint-format' });
  if (typed && address.fingerprint && typed !== address.fingerprint) throw new ApiFailure('pairing', { reason: 'fingerprint' });
  const known = typed ?? address.fingerprint;
  const code = normalizeCode(request.code);
  // Without a fingerprint only the code can prove the hub; one that cannot be a code never could.
  if (!known && !isCodeShaped(code)) throw new ApiFailure('pairing', { reason: 'code-or-hub' });

  // Not trusted yet: whatever comes back is judged by its fingerprint alone.
  const unverified = new https.Agent({ rejectUnauthorized: false, minVersion: 'TLSv1.2' });
  let caPem: string;
  try {
    const answer = await hubRequest(
      { address: address.origin, agent: unverified },
      { method: 'GET', path: '/clinic-ca.crt', accept: 'application/x-x509-ca-cert, application/x-pem-file, */*', timeoutMs: request.timeoutMs },
    );
    if (answer.status !== 200) throw new ApiFailure('pairing', { reason: 'not-a-hub' });
    caPem = certificateToPem(answer.body);
  } catch (error) {
    throw asFailure(error);
  } finally {
    unverified.destroy();
  }
  const fingerprint = fingerprintOfPem(caPem);
  if (known && fingerprint !== known) throw new ApiFailure('pairing', { reason: 'fingerprint' });

  const agent = pinnedAgent({ caPem, fingerprint });
  try {
    if (!known) await checkProof({ address: address.origin, agent }, code, fingerprint, request.timeoutMs);
    const answer = await hubRequest(
      { address: address.origin, agent },
      { method: 'POST', path: '/pair', json: { code: request.code.trim(), deviceName: request.deviceName.trim() }, timeoutMs: request.timeoutMs },
    );
    const body = answerJson(answer) as Partial<{ credential: string; role: string; deviceId: number }> | null;
    if (answer.status !== 200 || !body || typeof body.credential !== 'string' || typeof body.deviceId !== 'number') {
      throw new ApiFailure('pairing', { reason: answer.status === 400 || answer.status === 413 ? 'invalid' : 'code' });
    }
    return {
      address: address.origin,
      fingerprint,
      caPem,
      credential: body.credential,
      deviceId: body.deviceId,
      deviceName: request.deviceName.trim(),
      role: typeof body.role === 'string' ? body.role : 'desk',
      pairedAt: (request.now?.() ?? new Date()).toISOString(),
    };
  } catch (error) {
    throw asFailure(error);
  } finally {
    agent.destroy();
  }
}

const isCodeShaped = (code: string) => code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));

/** The hub proves it holds this code for the CA seen here, or the code is not sent: a
 *  mistyped code spends none of its 5 tries, and an impostor never learns it. */
async function checkProof(target: HubTarget, code: string, fingerprint: string, timeoutMs?: number): Promise<void> {
  const nonce = newNonce();
  const [answer, key] = await Promise.all([
    hubRequest(target, { method: 'POST', path: '/pair/proof', json: { nonce: nonce.toString('base64url') }, timeoutMs }),
    proofKey(code, fingerprint),
  ]);
  const body = answer.status === 200 ? (answerJson(answer) as { proof?: unknown; hubNonce?: unknown } | null) : null;
  const { proof, hubNonce } = body ?? {};
  // Not the hub's answer (no hub nonce of the right shape): as a wrong proof.
  if (typeof proof !== 'string' || typeof hubNonce !== 'string' || !NONCE_PATTERN.test(hubNonce)) {
    throw new ApiFailure('pairing', { reason: 'code-or-hub' });
  }
  const expected = proofOf(key, nonce, Buffer.from(hubNonce, 'base64url'));
  if (!proofMatches(expected, Buffer.from(proof, 'base64url'))) throw new ApiFailure('pairing', { reason: 'code-or-hub' });
}

function asFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (error instanceof HubUnreachable) return new ApiFailure('hub-unreachable', { reason: error.reason });
  // A body that is no certificate: something else answers at that address.
  return new ApiFailure('pairing', { reason: 'not-a-hub' });
}

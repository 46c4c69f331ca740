// Pairing from a desk PC: fetch the hub's clinic CA, check it against the fingerprint the
// user has (typed, or in the pairing link), then present the one-time code over a connection
// pinned to that CA. Only then is a credential received and hub.json written.
import https from 'node:https';
import { ApiFailure } from '../../../shared/api/result';
import { parseHubAddress } from './address';
import { answerJson, hubRequest, HubUnreachable } from './hub-request';
import type { HubLink } from './hub-link';
import { certificateToPem, fingerprintOfPem, normalizeFingerprint, pinnedAgent } from './pinning';

export type PairingRequest = {
  address: string;
  /** Optional when the address is the pairing link that carries it. */
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
  const fingerprint = typed ?? address.fingerprint;
  if (!fingerprint) throw new ApiFailure('pairing', { reason: 'fingerprint-missing' });

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
  if (fingerprintOfPem(caPem) !== fingerprint) throw new ApiFailure('pairing', { reason: 'fingerprint' });

  const agent = pinnedAgent({ caPem, fingerprint });
  try {
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

function asFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  if (error instanceof HubUnreachable) return new ApiFailure('hub-unreachable', { reason: error.reason });
  // A body that is no certificate: something else answers at that address.
  return new ApiFailure('pairing', { reason: 'not-a-hub' });
}

// The hub PC got a new LAN address (DHCP, another Wi-Fi): a desk that was paired keeps its
// pairing and takes the new address, once the hub there proves to be the same one. The check
// is the one every request makes: TLS pinned to the clinic CA stored at pairing, and this
// PC's credential accepted (an authenticated `app.session`). Another hub or an impostor at
// that address fails the pin and is sent nothing but the TLS handshake; nothing is written
// until the check passes.
import { ApiFailure, type ApiResult } from '../../../shared/api/result';
import { parseHubAddress } from './address';
import type { HubLink } from './hub-link';
import { answerJson, hubRequest, HubUnreachable } from './hub-request';
import { pinnedAgent } from './pinning';

export async function linkAtNewAddress(link: HubLink, typed: string, timeoutMs?: number): Promise<HubLink> {
  const address = parseHubAddress(typed);
  if (!address) throw new ApiFailure('pairing', { reason: 'address' });
  // A pairing link of a hub with another CA (set up again, or another clinic's) says so
  // before anything is sent.
  if (address.fingerprint && address.fingerprint !== link.fingerprint) throw new ApiFailure('pairing', { reason: 'other-hub' });
  const agent = pinnedAgent(link);
  try {
    const answer = await hubRequest(
      { address: address.origin, agent },
      { method: 'POST', path: '/api/app.session', credential: link.credential, json: {}, ...(timeoutMs ? { timeoutMs } : {}) },
    );
    if (answer.status === 401) throw new ApiFailure('unauthorized', { hubAddress: address.origin });
    const body = answerJson(answer) as ApiResult<unknown> | null;
    if (!body || typeof body.ok !== 'boolean') throw new ApiFailure('pairing', { reason: 'not-a-hub' });
    // The hub itself answered with a refusal (e.g. its storage): said as it is.
    if (!body.ok) throw new ApiFailure(body.error.code, body.error.details);
    return { ...link, address: address.origin };
  } catch (error) {
    if (!(error instanceof HubUnreachable)) throw error;
    // The hub's certificate does not name what was typed (a host name, not the address its
    // Settings shows): the address to type, not another pairing.
    if ((error.cause as { code?: unknown } | undefined)?.code === 'ERR_TLS_CERT_ALTNAME_INVALID') throw new ApiFailure('pairing', { reason: 'address-name' });
    // The pin refused the certificate: not this clinic's hub. Nothing answering: no hub there.
    if (error.reason === 'certificate') throw new ApiFailure('hub-unreachable', { reason: 'certificate', hubAddress: address.origin, write: false });
    throw new ApiFailure('pairing', { reason: 'not-a-hub' });
  } finally {
    agent.destroy();
  }
}

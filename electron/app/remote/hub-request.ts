// One HTTPS request to the hub over the pinned agent, with a deadline. Failures come back as
// a HubUnreachable with a reason the screens can explain: the hub did not answer
// ('network'), or it answered with a certificate that is not the pinned clinic CA's
// ('certificate': nothing was sent). `sent` tells a lost answer (the whole request was handed
// to the network, so the hub may have done it) from a request that never left (refused,
// no route, TLS failed: nothing was done).
import https from 'node:https';
import { IDEMPOTENCY_HEADER } from '../../../shared/api/unanswered-writes';

export type HubTarget = { address: string; agent: https.Agent };

export type HubAnswer = { status: number; contentType: string; body: Buffer };

export type UnreachableReason = 'network' | 'certificate' | 'answer';

export class HubUnreachable extends Error {
  constructor(
    readonly reason: UnreachableReason,
    cause?: unknown,
    /** The whole request was handed to the network: the hub may have acted on it. */
    readonly sent = false,
  ) {
    super(`hub unreachable (${reason})`, { cause });
    this.name = 'HubUnreachable';
  }
}

/** OpenSSL's verification failures and Node's host-name and pin checks. */
const CERTIFICATE_CODES = new Set([
  'ERR_FRONT_DESK_PIN',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'INVALID_CA',
  'HOSTNAME_MISMATCH',
]);

export function isCertificateError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CERTIFICATE_CODES.has(code);
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

export function hubRequest(
  target: HubTarget,
  options: {
    method: 'GET' | 'POST';
    path: string;
    credential?: string;
    json?: unknown;
    timeoutMs?: number;
    accept?: string;
    /** A write's key (docs/network.md, "Writes sent twice"). */
    idempotencyKey?: string;
  },
): Promise<HubAnswer> {
  const url = new URL(options.path, target.address);
  const body = options.json === undefined ? undefined : Buffer.from(JSON.stringify(options.json));
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  if (body) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(body.length);
  }
  if (options.credential) headers.authorization = `Bearer ${options.credential}`;
  if (options.idempotencyKey) headers[IDEMPOTENCY_HEADER] = options.idempotencyKey;
  return new Promise((resolve, reject) => {
    // 'finish' comes once the last byte is handed to the socket, which is only after the TLS
    // handshake: a refused connection or a refused certificate never gets there.
    let sent = false;
    const request = https.request(url, { method: options.method, agent: target.agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) request.destroy(new HubUnreachable('answer'));
        else chunks.push(chunk);
      });
      response.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks),
        });
      });
      response.on('error', fault);
    });
    request.on('finish', () => (sent = true));
    // The whole exchange, not just idle time: a hub that trickles is as good as gone.
    const timer = setTimeout(() => request.destroy(new HubUnreachable('network')), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    function fault(error: unknown) {
      clearTimeout(timer);
      const reason = error instanceof HubUnreachable ? error.reason : isCertificateError(error) ? 'certificate' : 'network';
      const cause = error instanceof HubUnreachable ? error.cause : error;
      reject(new HubUnreachable(reason, cause, sent && reason !== 'certificate'));
    }
    request.on('error', fault);
    request.end(body);
  });
}

/** The JSON of an answer, or null when it is not JSON (something else answers there). */
export function answerJson(answer: HubAnswer): unknown {
  if (!answer.contentType.startsWith('application/json')) return null;
  try {
    return JSON.parse(answer.body.toString('utf8'));
  } catch {
    return null;
  }
}

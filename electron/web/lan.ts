// The clinic-network listener (docs/network.md): HTTPS only, TLS 1.2 or newer, beside the
// loopback web host. The same guards as the loopback host (guards.ts), plus who is asking:
// a device credential (Authorization: Bearer, or the fd_device cookie a tablet got when it
// paired) on every API call, checked against the hub's database each time, so a revoked
// device is refused at once. Tablets get the pairing page (with how to install the clinic
// CA) until they have a cookie, then the renderer, which works with the cookie.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { HubFrontDesk } from '../app/front-desk';
import type { HubCertificates } from '../services/network';
import { httpsAddress } from '../services/network/addresses';
import { NONCE_PATTERN } from '../services/network/pairing-proof';
import { fail } from '../../shared/api/result';
import type { Caller } from '../../shared/api/roles';
import { ApiFailure } from '../../shared/api/result';
import { text } from '../../shared/api/schemas';
import { serveEvents } from './events';
import { atBodyEnd, firstAnswersElement } from './first-answers';
import { answerApiCall, guarded, MAX_BODY_BYTES, readJson, requestPath, sendJson, setSecurityHeaders } from './guards';
import { repeatedWrites, type RepeatedWrites } from './idempotency';
import type { ApiResult } from '../../shared/api/result';
import { sendText, serveStatic } from './static';

export const DEVICE_COOKIE = 'fd_device';
/** A tablet keeps its credential (only that) until it is revoked or the browser's data is
 *  cleared: 400 days, the longest browsers allow. */
const COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;
/** How often the listener checks whether its certificate needs renewing. */
const RENEW_CHECK_MS = 12 * 60 * 60 * 1000;

const pairSchema = z.strictObject({ code: text(40), deviceName: text(60).optional() });
/** A desk's 32 random bytes, base64url (pairing-proof.ts). */
const proofSchema = z.strictObject({ nonce: z.string().regex(NONCE_PATTERN) });
const PAIRING_BODY_BYTES = 16 * 1024;
const PROOF_BODY_BYTES = 1024;

export type LanListener = {
  port: number;
  /** The address it is bound to ('0.0.0.0' = every interface). */
  bound: string;
  /** The PC's addresses changed: new connections get the certificate made for them and the
   *  Host check takes the new names. Nothing open is cut (a write on its way finishes and
   *  its answer is kept for a retry). */
  readdress(hostNames: string[], certificates: HubCertificates): void;
  close(): Promise<void>;
};

export async function startLanListener(options: {
  frontDesk: HubFrontDesk;
  rendererDir: string;
  certificates: HubCertificates;
  /** Made again or renewed as needed (checked twice a day while running). */
  renew: () => Promise<HubCertificates>;
  port: number;
  /** Default every interface; tests and the cross-host e2e give one address. */
  bindAddress?: string;
  /** The names the Host header may carry (addresses and host name), without the port. */
  hostNames: string[];
  log?: (message: string, error?: unknown) => void;
  maxBodyBytes?: number;
  /** Writes answered per device (idempotency.ts), kept by the caller across restarts of the
   *  listener (a new port); the listener's own otherwise. */
  writes?: RepeatedWrites<ApiResult<unknown>>;
}): Promise<LanListener> {
  const { frontDesk } = options;
  const network = frontDesk.network;
  const log = options.log ?? ((message, error) => console.error(message, error));
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = options.port;
  let certificates = options.certificates;
  let hostNames = options.hostNames;
  const hosts = () => new Set(hostNames.flatMap((name) => [hostWithPort(name, port), hostWithPort(name, port).toLowerCase()]));
  const origins = () => new Set(hostNames.map((name) => httpsAddress(name, port).toLowerCase()));
  /** Open event streams per device, ended when it is revoked. */
  const streams = new Map<number, Set<() => void>>();
  /** Writes sent again by a device whose answer was lost, kept per device. */
  const writes = options.writes ?? answeredWrites();

  const server: Server = createServer(
    {
      key: certificates.keyPem,
      cert: certificates.certChainPem,
      minVersion: 'TLSv1.2',
    },
    (request, response) => {
      setSecurityHeaders(response);
      // Every answer of this listener may carry health data or a credential: never cached.
      response.setHeader('Cache-Control', 'no-store');
      if (!hosts().has(request.headers.host ?? '')) return sendText(response, 421, '이 주소로는 열 수 없습니다. 허브가 보여 주는 주소를 쓰세요.\nMisdirected request: use the address the hub shows.');
      const url = requestPath(request.url);
      if (!url) return sendText(response, 400, '잘못된 요청입니다.\nBad request target.');
      const origin = request.headers.origin;
      if (origin && !origins().has(origin.toLowerCase())) return sendText(response, 403, '다른 사이트에서 온 요청은 받지 않습니다.\nForbidden origin.');
      guarded(response, log, () => route(request, response, url));
    },
  );
  // A failed TLS handshake (TLS 1.1, plain HTTP, a device that does not trust the CA yet)
  // is the client's business: nothing to log. With a listener here Node no longer closes
  // the socket itself, so it is closed here (else each one would stay open).
  server.on('tlsClientError', (_error, socket) => socket.destroy());

  async function route(request: IncomingMessage, response: ServerResponse, url: URL) {
    const path = url.pathname;
    const method = request.method ?? 'GET';
    if (path === '/pair' && method === 'POST') return pair(request, response);
    if (path === '/pair/proof' && method === 'POST') return proof(request, response);
    if (path === '/clinic-ca.crt' && (method === 'GET' || method === 'HEAD')) {
      response.writeHead(200, {
        'Content-Type': 'application/x-x509-ca-cert',
        'Content-Disposition': 'attachment; filename="front-desk-clinic-ca.crt"',
      });
      response.end(certificates.caDer);
      return;
    }
    if (path.startsWith('/api/')) {
      const caller = authenticate(request);
      if (!caller) return sendJson(response, 401, fail('unauthorized'));
      if (path === '/api/events' && method === 'GET') return events(request, response, caller);
      if (method !== 'POST') return sendText(response, 405, 'Method not allowed');
      const repeats = { writes, scope: `device:${caller.deviceId ?? 'hub'}` };
      return answerApiCall(request, response, path.slice('/api/'.length), { frontDesk, caller, maxBodyBytes, repeats });
    }
    if (method !== 'GET' && method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
    if (path === '/' || path === '/index.html') {
      // The renderer with a valid cookie (its first answers written in, as the device's own);
      // otherwise how to install the CA and pair.
      const caller = authenticate(request);
      if (!caller) return serveStatic(response, options.rendererDir, '/pair.html', noTransform);
      const answers = method === 'HEAD' ? '' : await firstAnswersElement(frontDesk, caller);
      return serveStatic(response, options.rendererDir, '/index.html', (html) => atBodyEnd(html, answers));
    }
    if (path === '/pair' || path === '/pair.html') return serveStatic(response, options.rendererDir, '/pair.html', noTransform);
    return serveStatic(response, options.rendererDir, path);
  }

  function authenticate(request: IncomingMessage): Caller | null {
    const header = request.headers.authorization ?? '';
    const bearer = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header)?.[1];
    const credential = bearer ?? cookieValue(request.headers.cookie, DEVICE_COOKIE);
    return credential ? network.authenticate(credential, remoteAddress(request)) : null;
  }

  async function pair(request: IncomingMessage, response: ServerResponse) {
    const body = await readJson(request, response, PAIRING_BODY_BYTES);
    if (!body) return;
    const parsed = pairSchema.safeParse(body.value);
    if (!parsed.success) return sendJson(response, 400, fail('invalid-input'));
    try {
      const paired = await network.pair(parsed.data.code, remoteAddress(request));
      response.setHeader(
        'Set-Cookie',
        `${DEVICE_COOKIE}=${paired.credential}; Path=/; Max-Age=${COOKIE_MAX_AGE_S}; HttpOnly; Secure; SameSite=Strict`,
      );
      // A desk (Node, connect mode) stores the credential from the answer; a tablet's pairing
      // page (a browser: it sends Origin or Sec-Fetch-Mode, which its scripts cannot leave
      // out) gets it only in the HttpOnly cookie, so no script on the page ever reads it.
      const fromPage = request.headers.origin !== undefined || request.headers['sec-fetch-mode'] !== undefined;
      const { credential, ...rest } = paired;
      sendJson(response, 200, fromPage ? rest : { credential, ...rest });
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'unauthorized') {
        // "No code at the moment" answers like a wrong code: nobody on the network can watch
        // for the moment a code is live (and then spend its tries).
        const reason = (error.details as { reason?: string } | undefined)?.reason;
        return sendJson(response, 401, fail('unauthorized', { reason: reason === 'no-code' ? 'wrong' : reason }));
      }
      throw error;
    }
  }

  /** The live code proves this hub to a desk that has no fingerprint. Always 200 with a proof,
   *  live code or not (a random one then): like /pair, it never tells when a code is live. */
  async function proof(request: IncomingMessage, response: ServerResponse) {
    const body = await readJson(request, response, PROOF_BODY_BYTES);
    if (!body) return;
    const parsed = proofSchema.safeParse(body.value);
    if (!parsed.success) return sendJson(response, 400, fail('invalid-input'));
    const answer = await network.pairingProof(Buffer.from(parsed.data.nonce, 'base64url'));
    sendJson(response, 200, { hubNonce: answer.hubNonce.toString('base64url'), proof: answer.proof.toString('base64url') });
  }

  function events(request: IncomingMessage, response: ServerResponse, caller: Caller) {
    const end = serveEvents(request, response, frontDesk);
    const id = caller.deviceId ?? 0;
    const open = streams.get(id) ?? new Set();
    streams.set(id, open);
    open.add(end);
    request.on('close', () => open.delete(end));
  }

  const stopRevoked = network.onRevoked((deviceId) => {
    for (const end of streams.get(deviceId) ?? []) end();
    streams.delete(deviceId);
  });

  // Renewed while running: new connections get the new certificate (devices pin the CA). A
  // renewal still on its way when new addresses came is dropped: it was made for the old ones.
  let addressing = 0;
  const renewal = setInterval(() => {
    const started = addressing;
    void options
      .renew()
      .then((next) => {
        if (started !== addressing || next.certChainPem === certificates.certChainPem) return;
        certificates = next;
        server.setSecureContext({ key: next.keyPem, cert: next.certChainPem, minVersion: 'TLSv1.2' });
      })
      .catch((error: unknown) => log('front-desk: the hub certificate could not be renewed', error));
  }, RENEW_CHECK_MS);
  renewal.unref();

  const bound = options.bindAddress ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, bound, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => log('front-desk: the clinic-network listener failed', error));
  port = (server.address() as AddressInfo).port;

  return {
    port,
    bound,
    readdress(names, next) {
      addressing++;
      hostNames = names;
      if (next.certChainPem === certificates.certChainPem) return;
      certificates = next;
      server.setSecureContext({ key: next.keyPem, cert: next.certChainPem, minVersion: 'TLSv1.2' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(renewal);
        stopRevoked();
        for (const open of streams.values()) for (const end of open) end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const noTransform = (html: string) => html;

/** The memory of answered writes a listener keeps per device (only successes are kept). */
export const answeredWrites = () => repeatedWrites<ApiResult<unknown>>({ keep: (result) => result.ok });

const hostWithPort = (name: string, port: number) => `${name.includes(':') ? `[${name}]` : name}:${port}`;

function remoteAddress(request: IncomingMessage): string | null {
  const address = request.socket.remoteAddress ?? null;
  return address?.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=') || null;
  }
  return null;
}

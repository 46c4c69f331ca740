// The web host: the same core as the Electron app, served over HTTP on 127.0.0.1 to the same
// renderer in a browser (used where no Electron runtime exists, and by end-to-end tests).
// Guards: loopback only, a per-run secret token on every API call, the Host header checked
// (no DNS rebinding), no CORS, the same CSP as the app.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrontDesk } from '../app/front-desk';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { fail } from '../../shared/api/result';
import { sendText, serveStatic } from './static';
import { serveEvents } from './events';

export type WebHost = { url: string; origin: string; token: string; port: number; close(): Promise<void> };

const MAX_BODY_BYTES = 25 * 1024 * 1024;
const TOKEN_HEADER = 'x-front-desk-token';

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export async function startWebHost(options: {
  frontDesk: FrontDesk;
  rendererDir: string;
  port?: number;
  token?: string;
  log?: (message: string, error?: unknown) => void;
  /** Tests only: a smaller body limit. */
  maxBodyBytes?: number;
}): Promise<WebHost> {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = options.log ?? ((message, error) => console.error(message, error));
  const token = options.token ?? randomBytes(24).toString('hex');
  let port = 0;

  const tokenMatches = (given: string | null | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const originAllowed = (origin: string | undefined) =>
    !origin || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendText(response, 421, 'Misdirected request');
    }
    const url = requestPath(request.url);
    if (!url) return sendText(response, 400, 'Bad request target');
    if (url.pathname === '/api/events' && request.method === 'GET') {
      // EventSource cannot send a header: the token comes in the query, as on the page's URL.
      response.setHeader('Cache-Control', 'no-store');
      if (!tokenMatches(url.searchParams.get('token') ?? (request.headers[TOKEN_HEADER] as string | undefined))) {
        return sendText(response, 401, 'Unauthorized');
      }
      if (!originAllowed(request.headers.origin)) return sendText(response, 403, 'Forbidden origin');
      serveEvents(request, response, options.frontDesk);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      // Never an unhandled rejection (it would end the process): an unexpected failure is
      // answered 500 'internal', or the connection dropped if the answer had begun.
      handleApi(request, response, url.pathname.slice('/api/'.length)).catch((error: unknown) => {
        log('front-desk web host: API request failed', error);
        if (response.headersSent) response.destroy();
        else sendJson(response, 500, fail('internal'));
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'Method not allowed');
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // The page carries the token to the renderer; without the token no page.
      if (!tokenMatches(url.searchParams.get('token'))) {
        return sendText(
          response,
          403,
          '이 주소에는 토큰이 필요합니다. 시작할 때 출력된 주소를 여세요.\nThis address needs its token: open the URL printed at start-up.',
        );
      }
      return serveStatic(response, options.rendererDir, '/index.html', (html) =>
        html.replace('<head>', `<head>\n    <meta name="front-desk-token" content="${token}" />`),
      );
    }
    return serveStatic(response, options.rendererDir, url.pathname);
  });

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string) {
    response.setHeader('Cache-Control', 'no-store');
    if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed');
    if (!tokenMatches(request.headers[TOKEN_HEADER] as string | undefined)) {
      return sendText(response, 401, 'Unauthorized');
    }
    if (!originAllowed(request.headers.origin)) return sendText(response, 403, 'Forbidden origin');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendText(response, 415, 'Send application/json');
    }
    const text = await readBody(request, maxBodyBytes);
    if (text === TOO_LARGE) return refuseTooLarge(request, response, maxBodyBytes);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return sendJson(response, 400, fail('invalid-input', { reason: 'not-json' }));
    }
    // Not decoded: channel names are plain ASCII, so an escaped name is simply unknown (404).
    const result = await options.frontDesk.handle(channel as never, body);
    const status = !result.ok && result.error.code === 'not-found' && result.error.details?.channel ? 404 : 200;
    sendJson(response, status, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Only origin-form targets ("/path?query") are served. The target is parsed as the path of
 *  a fixed origin, so "//host" or "http://[" can never be read as an authority; anything
 *  that still does not parse is answered 400 instead of throwing out of the request handler
 *  (which would end the process). */
export function requestPath(target: string | undefined): URL | null {
  if (!target || !target.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${target}`);
  } catch {
    return null;
  }
}

const TOO_LARGE = Symbol('too-large');

/** The body as text, or TOO_LARGE as soon as it passes `max` bytes (declared or counted);
 *  the rest is then left unread for refuseTooLarge. */
function readBody(request: IncomingMessage, max: number): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > max) return resolve(TOO_LARGE);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        request.off('data', onData);
        request.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers 413 and closes the connection only after the client has read it: the rest of the
 *  body is drained (discarded) up to another `max` bytes or 10 s, because closing a socket
 *  with unread input makes the kernel reset it and the client would lose the answer. */
function refuseTooLarge(request: IncomingMessage, response: ServerResponse, max: number) {
  response.shouldKeepAlive = false;
  sendJson(response, 413, fail('invalid-input', { reason: 'too-large' }));
  let drained = 0;
  const stop = () => request.destroy();
  const timer = setTimeout(stop, 10_000);
  timer.unref();
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > max) stop();
  });
  request.on('end', () => clearTimeout(timer));
  request.on('close', () => clearTimeout(timer));
  request.resume();
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}

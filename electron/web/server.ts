// The web host: the same core as the Electron app, served over HTTP on 127.0.0.1 to the same
// renderer in a browser (used where no Electron runtime exists, and by end-to-end tests).
// Guards: loopback only, a per-run secret token on every API call, the Host header checked
// (no DNS rebinding), no CORS, the same CSP as the app.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrontDesk } from '../app/front-desk';
import { sendText, serveStatic } from './static';
import { afterHead, atBodyEnd, firstAnswersElement } from './first-answers';
import { serveEvents } from './events';
import { answerApiCall, guarded, MAX_BODY_BYTES, requestPath, setSecurityHeaders } from './guards';
import { repeatedWrites } from './idempotency';
import type { ApiResult } from '../../shared/api/result';

export type WebHost = { url: string; origin: string; token: string; port: number; close(): Promise<void> };

const TOKEN_HEADER = 'x-front-desk-token';

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
  /** Writes sent again by a page whose answer was lost; the loopback host has one user. */
  const writes = repeatedWrites<ApiResult<unknown>>({ keep: (result) => result.ok });

  const tokenMatches = (given: string | null | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const originAllowed = (origin: string | undefined) =>
    !origin || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;

  const server = createServer((request, response) => {
    setSecurityHeaders(response);
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
      guarded(response, log, () => handleApi(request, response, url.pathname.slice('/api/'.length)));
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
      guarded(response, log, async () => {
        const answers = request.method === 'HEAD' ? '' : await firstAnswersElement(options.frontDesk);
        await serveStatic(response, options.rendererDir, '/index.html', (html) =>
          atBodyEnd(afterHead(html, `<meta name="front-desk-token" content="${token}" />`), answers),
        );
      });
      return;
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
    // The hub's own user: no caller (everything allowed).
    await answerApiCall(request, response, channel, {
      frontDesk: options.frontDesk,
      maxBodyBytes,
      repeats: { writes, scope: 'loopback' },
    });
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


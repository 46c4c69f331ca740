// A stand-in hub for unit tests of connect mode: HTTPS with a given certificate, the pairing
// endpoints, POST /api/<channel> answered by a function, and /api/events to push changes.
// (The real hub's listener is tested with the real thing in tests/e2e/network.test.ts.)
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeHub = {
  address: string;
  port: number;
  /** Each API request received: channel, input, the bearer credential, the write's key. */
  requests: { channel: string; input: unknown; credential: string | null; key: string | null }[];
  pairAttempts: number;
  push(domains: string[]): void;
  /** Ends every open event stream (as a restarting hub would). */
  dropEvents(): void;
  eventStreams(): number;
  close(): Promise<void>;
};

export async function startFakeHub(options: {
  certPem: string;
  keyPem: string;
  caPem: string;
  code?: string;
  credential?: string;
  port?: number;
  answer?: (channel: string, input: unknown) => unknown;
  /** Never answers API calls (for timeouts). */
  silent?: boolean;
}): Promise<FakeHub> {
  const credential = options.credential ?? 'test-credential-0123456789abcdef0123456789';
  const streams = new Set<ServerResponse>();
  const requests: FakeHub['requests'] = [];
  let pairAttempts = 0;
  const read = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  const json = (response: ServerResponse, status: number, value: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(JSON.stringify(value));
  };
  const bearer = (request: IncomingMessage) => /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null;

  const server = https.createServer({ cert: options.certPem, key: options.keyPem, minVersion: 'TLSv1.2' }, (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'https://hub');
      if (request.method === 'GET' && url.pathname === '/clinic-ca.crt') {
        response.writeHead(200, { 'content-type': 'application/x-x509-ca-cert' });
        return response.end(options.caPem);
      }
      if (request.method === 'POST' && url.pathname === '/pair') {
        pairAttempts++;
        const body = JSON.parse(await read(request)) as { code: string; deviceName: string };
        if (body.code !== (options.code ?? 'ABCD2345')) return json(response, 401, { ok: false, error: { code: 'unauthorized' } });
        return json(response, 200, { credential, role: 'desk', deviceId: 7, fingerprint: '' });
      }
      if (bearer(request) !== credential) return json(response, 401, { ok: false, error: { code: 'unauthorized' } });
      if (request.method === 'GET' && url.pathname === '/api/events') {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        response.write(': hello\n\n');
        streams.add(response);
        response.on('close', () => streams.delete(response));
        return;
      }
      if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
        const channel = url.pathname.slice(5);
        const input = JSON.parse(await read(request)) as unknown;
        const key = request.headers['idempotency-key'];
        requests.push({ channel, input, credential: bearer(request), key: typeof key === 'string' ? key : null });
        if (options.silent) return; // never answered
        return json(response, 200, { ok: true, value: options.answer ? options.answer(channel, input) : { channel, input } });
      }
      json(response, 404, { ok: false, error: { code: 'not-found' } });
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    address: `https://127.0.0.1:${port}`,
    port,
    requests,
    get pairAttempts() {
      return pairAttempts;
    },
    push(domains) {
      for (const stream of streams) stream.write(`event: changed\ndata: ${JSON.stringify({ domains })}\n\n`);
    },
    dropEvents() {
      for (const stream of streams) stream.destroy();
    },
    eventStreams: () => streams.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

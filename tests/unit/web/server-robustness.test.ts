// The web host keeps serving whatever a client sends: odd request targets (raw HTTP, as
// curl --path-as-is or an <img src> on another origin would send them) and bodies over the
// limit, which are answered 413 rather than cut off.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFrontDesk, type FrontDesk } from '../../../electron/app/front-desk';
import { startWebHost, type WebHost } from '../../../electron/web/server';

let dir: string;
let frontDesk: FrontDesk;
let host: WebHost;
const MAX = 64 * 1024;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-desk-web-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  frontDesk = openFrontDesk({ dataDir: join(dir, 'data'), host: 'web', version: 't', systemLocale: 'en-US', log: () => {} });
  host = await startWebHost({ frontDesk, rendererDir, maxBodyBytes: MAX, log: () => {} });
});

afterAll(async () => {
  await host.close();
  frontDesk.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One request written byte for byte on a socket: no client library rewrites the target. */
function rawRequest(target: string, port = host.port): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    });
    let reply = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}

const statusOf = (reply: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0);

describe('web host robustness', () => {
  const targets = ['//[', 'http://[', '//a:99999/', '//%', '/\\[', '//[::1', '//@', '//:0', '*', 'x', '/%'];
  for (const target of targets) {
    it(`answers the request target ${JSON.stringify(target)} and keeps serving`, async () => {
      const reply = await rawRequest(target);
      expect(statusOf(reply)).toBeGreaterThanOrEqual(400);
      expect(statusOf(reply)).toBeLessThan(500);
      expect(statusOf(await rawRequest(`/?token=${host.token}`))).toBe(200);
    });
  }

  it('delivers 413 for a body over the limit, declared or not, and keeps serving', async () => {
    for (const declared of [true, false]) {
      const status = await new Promise<number>((resolve, reject) => {
        const body = Buffer.alloc(MAX * 4, 'a');
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: '/api/catalog.checkImport',
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-front-desk-token': host.token,
              ...(declared ? { 'content-length': String(body.length) } : { 'transfer-encoding': 'chunked' }),
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 4; i++) req.write(body.subarray(i * MAX, (i + 1) * MAX));
        req.end();
      });
      expect(status).toBe(413);
    }
    expect(statusOf(await rawRequest(`/?token=${host.token}`))).toBe(200);
  });
});

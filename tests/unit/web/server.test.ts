// The web host's guards, over real HTTP on loopback against the real core.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFrontDesk, type FrontDesk } from '../../../electron/app/front-desk';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import { openEvents } from '../../support/events';

let dir: string;
let frontDesk: FrontDesk;
let host: WebHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-desk-web-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  frontDesk = openFrontDesk({ dataDir: join(dir, 'data'), host: 'web', version: 't', systemLocale: 'en-US', log: () => {} });
  host = await startWebHost({ frontDesk, rendererDir });
});

afterAll(async () => {
  await host.close();
  frontDesk.close();
  rmSync(dir, { recursive: true, force: true });
});

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** Raw HTTP, so the test controls the Host header exactly. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; port?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: options.port ?? host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-front-desk-token': host.token, ...headers },
    body: JSON.stringify(body),
  });

describe('web host', () => {
  it('listens on loopback only and serves the page only with the token', async () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await send('/')).status).toBe(403);
    expect((await send('/?token=wrong')).status).toBe(403);
    const page = await send(`/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="front-desk-token" content="${host.token}" />`);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it("writes the first screen's answers into the page, as data that no text can break out of", async () => {
    // "$'", "$&", "$`" and "$$" would be patterns in a replacement string.
    const hostile = "Spa </script><script>alert(1)</script><!-- & co $' $& $` $$";
    expect((await api('settings.update', { businessName: hostile })).status).toBe(200);
    const page = await send(`/?token=${host.token}`);
    const blocks = [...page.body.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
    // One element only: the name closed nothing and opened nothing.
    expect(blocks).toHaveLength(1);
    expect(blocks[0]![0]).toMatch(/^<script type="application\/json" id="front-desk-first-answers">/);
    expect(page.body).not.toContain('<!--');
    // At the end of the body: the page's own scripts, in <head>, are found in its first bytes.
    expect(page.body.indexOf('id="front-desk-first-answers"')).toBeGreaterThan(page.body.indexOf('<body'));
    const answers = JSON.parse(blocks[0]![1]!);
    expect(Object.keys(answers).sort()).toEqual(['app.info', 'app.session', 'catalog.get', 'settings.get']);
    expect(answers['settings.get']).toEqual(await frontDesk.handle('settings.get', {}));
    expect(answers['settings.get'].value.businessName).toBe(hostile);
    expect(answers['app.session']).toMatchObject({ ok: true, value: { role: 'hub' } });
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('requires the token on every API call', async () => {
    expect((await api('settings.get', {}, { 'x-front-desk-token': '' })).status).toBe(401);
    expect((await api('settings.get', {}, { 'x-front-desk-token': 'x'.repeat(48) })).status).toBe(401);
    const ok = await api('settings.get', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { uiLanguage: 'en' } });
  });

  it("relays the core's change events at /api/events to a holder of the token, no-store", async () => {
    const events = (token: string) =>
      openEvents({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${token}` });
    const refused = await events('wrong');
    expect(refused.status).toBe(401);
    refused.close();
    const stream = await events(host.token);
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(stream.headers['cache-control']).toBe('no-store');
      expect((await api('settings.update', { quoteValidDays: 12 })).status).toBe(200);
      expect(await stream.next()).toEqual({ domains: ['settings'] });
    } finally {
      stream.close();
    }
  });

  it('refuses another Host (DNS rebinding) and another Origin, and sends no CORS headers', async () => {
    expect((await api('settings.get', {}, { host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await api('settings.get', {}, { origin: 'https://evil.example' })).status).toBe(403);
    const preflight = await send('/api/settings.get', { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(preflight.status).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('validates every input and answers in the result envelope', async () => {
    const bad = JSON.parse((await api('settings.update', { paperSize: 'A3' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const extra = JSON.parse((await api('settings.update', { isAdmin: true })).body);
    expect(extra.ok).toBe(false);
    const notJson = await send('/api/settings.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-front-desk-token': host.token },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
    const unknown = await api('db.exec', { sql: 'DROP TABLE calls' });
    expect(unknown.status).toBe(404);
    expect((await api('__proto__', {})).status).toBe(404);
  });

  it('answers a malformed escape in the channel 404 and keeps serving', async () => {
    const reply = await api('%E0%A4%A', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await api('settings%2Eget', {})).status).toBe(404); // names are never decoded
    expect((await api('settings.get', {})).status).toBe(200);
  });

  it('answers 500 internal, never an unhandled rejection, when handling fails unexpectedly', async () => {
    const logged: string[] = [];
    const failing: FrontDesk = { ...frontDesk, handle: () => Promise.reject(new Error('boom')) };
    const other = await startWebHost({ frontDesk: failing, rendererDir: join(dir, 'renderer'), log: (m) => logged.push(m) });
    try {
      const reply = await send(`/api/settings.get`, {
        method: 'POST',
        headers: { host: `127.0.0.1:${other.port}`, 'content-type': 'application/json', 'x-front-desk-token': other.token },
        body: '{}',
        port: other.port,
      });
      expect(reply.status).toBe(500);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'internal' } });
      expect(logged).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('serves the renderer files and nothing outside them', async () => {
    expect((await send('/assets/app.js')).status).toBe(200);
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send('/assets/%2e%2e/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('lets a browser keep only the hashed build files for good', async () => {
    // A new build renames what is under assets/; the icon keeps its name across updates.
    expect((await send('/assets/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await send('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });
});

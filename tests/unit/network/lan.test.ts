// The clinic-network listener over real HTTPS on 127.0.0.1 against the real core: pairing,
// credentials (none, wrong, revoked), roles, codes that die, change events, the loopback
// host's guards, and TLS 1.2 as the floor. Started the way the hosts start it: sharing
// turned on through the network.update channel.
import { randomBytes, X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import { connect as netConnect } from 'node:net';
import { checkServerIdentity, connect as tlsConnect } from 'node:tls';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, type HubFrontDesk } from '../../../electron/app/front-desk';
import type { NetworkStatus, PairingCode } from '../../../shared/api/network';
import { openEvents } from '../../support/events';
import { proofKey, proofOf } from '../../../electron/services/network/pairing-proof';
import { startSharingHub } from '../../support/sharing-hub';

let dir: string;
let hub: HubFrontDesk;
let close: () => Promise<void>;
let port: number;
let ca: string;
let clock = new Date('2026-11-27T10:00:00Z');

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: unknown; host?: string } = {},
): Promise<Reply> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? (body ? 'POST' : 'GET'),
        ca,
        // The certificate is checked for the address dialled, whatever Host header a test sends.
        checkServerIdentity: (_name, cert) => checkServerIdentity('127.0.0.1', cert),
        headers: {
          host: options.host ?? `127.0.0.1:${port}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const json = (reply: Reply) => JSON.parse(reply.body) as Record<string, unknown>;
const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });
const apiCall = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${channel}`, { body: input, headers });

async function makeCode(role: 'desk' | 'therapist', deviceName: string): Promise<PairingCode> {
  const result = await hub.handle('network.createPairingCode', { role, deviceName });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function pairDevice(role: 'desk' | 'therapist', deviceName: string) {
  const { code } = await makeCode(role, deviceName);
  const reply = await send('/pair', { body: { code, deviceName: 'ignored' } });
  expect(reply.status).toBe(200);
  return { ...(json(reply) as { credential: string; role: string; deviceId: number; fingerprint: string }), reply };
}

const callInput = {
  kind: 'session',
  caller: { name: '김민수', phone: '010-1234-5678' },
  quoteLang: 'ko',
  request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  outcome: 'thinking',
};

beforeAll(async () => {
  ({ hub, port, dir, close } = await startSharingHub({ addresses: () => ['127.0.0.1'], bindAddress: '127.0.0.1', now: () => clock }));
  expect(await hub.handle('network.status', {})).toMatchObject({ ok: true, value: { sharing: true, running: true, port, problem: null } });
  ca = await (await hub.network.certificates(['127.0.0.1'])).caPem;
});

afterAll(() => close());

describe('clinic-network listener', () => {
  it('shows the hub as sharing, with its address and the CA fingerprint', async () => {
    const status = (await hub.handle('network.status', {})) as { ok: true; value: NetworkStatus };
    expect(status.value.addresses).toEqual([`https://127.0.0.1:${port}`]);
    expect(status.value.fingerprint).toBe(new X509Certificate(ca).fingerprint256);
    expect(await hub.handle('app.session', {})).toMatchObject({ ok: true, value: { mode: 'hub', hubAddress: `https://127.0.0.1:${port}` } });
  });

  it('pairs a device with a one-time code: credential, role, fingerprint and a secure cookie', async () => {
    const code = await makeCode('desk', 'Desk 2');
    expect(code.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(code.url).toBe(`https://127.0.0.1:${port}/pair#fp=${new X509Certificate(ca).fingerprint256}`);
    expect(code.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const typed = `${code.code.slice(0, 4).toLowerCase()}-${code.code.slice(4)}`; // as a person types it
    const reply = await send('/pair', { body: { code: typed, deviceName: 'Front desk 2' } });
    expect(reply.status).toBe(200);
    const paired = json(reply);
    expect(paired).toMatchObject({ role: 'desk', fingerprint: new X509Certificate(ca).fingerprint256 });
    expect(Buffer.from(String(paired.credential), 'base64url')).toHaveLength(32);
    expect(reply.headers['cache-control']).toBe('no-store');
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^fd_device=${paired.credential};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // Used once.
    expect((await send('/pair', { body: { code: code.code } })).status).toBe(401);
    const devices = await hub.handle('devices.list', {});
    expect(devices).toMatchObject({ ok: true, value: [{ name: 'Desk 2', role: 'desk', lastAddress: '127.0.0.1', revokedAt: null }] });
  });

  it('refuses an API call without, or with a wrong, credential: 401 in the envelope', async () => {
    const attempts: Record<string, string>[] = [{}, bearer('x'.repeat(43)), { authorization: 'Basic abc' }, { cookie: 'fd_device=nope' }];
    for (const headers of attempts) {
      const reply = await apiCall('settings.get', {}, headers);
      expect(reply.status).toBe(401);
      expect(json(reply)).toEqual({ ok: false, error: { code: 'unauthorized' } });
      expect(reply.headers['cache-control']).toBe('no-store');
    }
  });

  it('keeps a write sent twice with its key per device: once for the same desk, once more for another', async () => {
    const [first, second] = [await pairDevice('desk', 'Desk 5'), await pairDevice('desk', 'Desk 6')];
    const key = { 'idempotency-key': crypto.randomUUID() };
    const input = { ...callInput, caller: { ...callInput.caller, name: '윤한번' } };
    const saved = json(await apiCall('calls.save', input, { ...bearer(first.credential), ...key }));
    expect(json(await apiCall('calls.save', input, { ...bearer(first.credential), ...key }))).toEqual(saved);
    const count = async () => ((await hub.handle('calls.search', { text: '윤한번' })) as { ok: true; value: { rows: unknown[] } }).value.rows.length;
    expect(await count()).toBe(1);
    // Another device's key is its own, even the same UUID.
    expect(json(await apiCall('calls.save', input, { ...bearer(second.credential), ...key }))).toMatchObject({ ok: true });
    expect(await count()).toBe(2);
  });

  it('answers a desk by bearer and a tablet by cookie, as its role allows; 403 for a desk-only channel', async () => {
    const desk = await pairDevice('desk', 'Desk 3');
    const therapist = await pairDevice('therapist', 'Room 1 tablet');
    const saved = await apiCall('calls.save', callInput, bearer(desk.credential));
    expect(saved.status).toBe(200);
    expect(json(saved)).toMatchObject({ ok: true });
    expect(saved.headers['cache-control']).toBe('no-store');

    const tablet = { cookie: `other=1; fd_device=${therapist.credential}` };
    expect(json(await apiCall('settings.get', {}, tablet))).toMatchObject({ ok: true });
    for (const channel of ['calls.search', 'catalog.get', 'backups.list', 'network.status']) {
      const refused = await apiCall(channel, {}, tablet);
      expect(refused.status, channel).toBe(403);
      expect(json(refused)).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await apiCall('backups.list', {}, bearer(desk.credential))).status).toBe(403);
    expect(json(await apiCall('app.session', {}, tablet))).toMatchObject({
      ok: true,
      value: { role: 'therapist', deviceName: 'Room 1 tablet', mode: 'hub' },
    });

    // Every write records the device that made it.
    const db = new Database(join(dir, 'hub', DATABASE_FILE), { readonly: true });
    try {
      const row = db.prepare("SELECT device_id, record_id FROM write_log WHERE channel = 'calls.save' ORDER BY id DESC").get();
      expect(row).toEqual({ device_id: desk.deviceId, record_id: (json(saved).value as { id: number }).id });
    } finally {
      db.close();
    }
  });

  it('serves the pairing page without a cookie and the renderer with one', async () => {
    const tablet = await pairDevice('therapist', 'Room 2 tablet');
    const page = await send('/');
    expect(page.body).toContain('pairing page');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await send('/pair')).body).toContain('pairing page');
    const app = await send('/', { headers: { cookie: `fd_device=${tablet.credential}` } });
    expect(app.body).toContain('renderer');
    expect(app.body).not.toContain('front-desk-token');
    expect(app.headers['cache-control']).toBe('no-store');
    // The first answers are the device's own: a therapist's catalog read is refused there too.
    const answers = JSON.parse(/<script type="application\/json" id="front-desk-first-answers">(.*?)<\/script>/.exec(app.body)![1]!);
    expect(answers['catalog.get']).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(answers['app.session']).toMatchObject({ ok: true, value: { role: 'therapist' } });
    const caFile = await send('/clinic-ca.crt');
    expect(caFile.headers['content-type']).toBe('application/x-x509-ca-cert');
  });

  it('serves the clinic CA whose fingerprint the devices pin', async () => {
    const der = await new Promise<Buffer>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/clinic-ca.crt', ca }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      })
        .on('error', reject)
        .end();
    });
    expect(new X509Certificate(der).fingerprint256).toBe(new X509Certificate(ca).fingerprint256);
  });

  it('shuts a revoked device out at once, its event stream included', async () => {
    const tablet = await pairDevice('therapist', 'Room 3 tablet');
    expect((await apiCall('settings.get', {}, bearer(tablet.credential))).status).toBe(200);
    const stream = await openEvents({ secure: true, host: '127.0.0.1', port, path: '/api/events', ca, headers: bearer(tablet.credential) });
    expect(stream.status).toBe(200);
    expect(await hub.handle('devices.revoke', { id: tablet.deviceId })).toMatchObject({ ok: true, value: { revokedAt: expect.any(String) } });
    await stream.ended;
    const refused = await apiCall('settings.get', {}, bearer(tablet.credential));
    expect(refused.status).toBe(401);
    expect((await send('/', { headers: { cookie: `fd_device=${tablet.credential}` } })).body).toContain('pairing page');
  });

  it('kills a code after 5 wrong tries, even if the right one comes next', async () => {
    const { code } = await makeCode('desk', 'Desk 4');
    const wrong = code.replace(/^./, (c) => (c === '2' ? '3' : '2'));
    for (let i = 0; i < 5; i++) {
      const reply = await send('/pair', { body: { code: wrong } });
      expect(reply.status).toBe(401);
      expect(json(reply)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect((await send('/pair', { body: { code } })).status).toBe(401);
    expect(await hub.handle('network.status', {})).toMatchObject({ ok: true, value: { pairing: null } });
  });

  it("answers a tablet's pairing page without the credential: only its HttpOnly cookie carries it", async () => {
    const { code } = await makeCode('therapist', 'Room 9 tablet');
    const reply = await send('/pair', {
      body: { code },
      headers: { origin: `https://127.0.0.1:${port}`, 'sec-fetch-mode': 'cors' },
    });
    expect(reply.status).toBe(200);
    expect(json(reply)).not.toHaveProperty('credential');
    expect(json(reply)).toMatchObject({ role: 'therapist', deviceId: expect.any(Number) });
    const cookie = String(reply.headers['set-cookie'] ?? '');
    expect(cookie).toMatch(/fd_device=[A-Za-z0-9_-]+; .*HttpOnly/);
    const credential = /fd_device=([A-Za-z0-9_-]+)/.exec(cookie)![1]!;
    expect((await apiCall('settings.get', {}, bearer(credential))).status).toBe(200);
  });

  it('refuses a code after its 5 minutes', async () => {
    const { code } = await makeCode('desk', 'Desk 5');
    clock = new Date(clock.getTime() + 5 * 60 * 1000);
    const reply = await send('/pair', { body: { code } });
    expect(reply.status).toBe(401);
    expect(json(reply)).toMatchObject({ error: { code: 'unauthorized', details: { reason: 'expired' } } });
  });

  it('refuses malformed pairing requests', async () => {
    expect((await send('/pair', { body: { code: 'ABCD2345', role: 'hub' } })).status).toBe(400);
    expect((await send('/pair', { body: 'ABCD2345' })).status).toBe(400);
    expect((await send('/pair', { method: 'POST', headers: { 'content-type': 'application/json' }, body: undefined })).status).toBe(400);
  });

  it('proves a live code for a nonce, and answers the same shape and status without one', async () => {
    const nonce = randomBytes(32).toString('base64url');
    await hub.handle('network.cancelPairingCode', {});
    const none = await send('/pair/proof', { body: { nonce } });
    const { code } = await makeCode('desk', 'Desk 8');
    const live = await send('/pair/proof', { body: { nonce } });
    for (const reply of [none, live]) {
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(Object.keys(json(reply)).sort()).toEqual(['hubNonce', 'proof']);
      expect(String(json(reply).proof)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(String(json(reply).hubNonce)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    const fingerprint = new X509Certificate(ca).fingerprint256;
    const key = await proofKey(code, fingerprint);
    const expected = (reply: Reply) =>
      proofOf(key, Buffer.from(nonce, 'base64url'), Buffer.from(String(json(reply).hubNonce), 'base64url')).toString('base64url');
    expect(json(live).proof).toBe(expected(live));
    expect(json(none).proof).not.toBe(expected(none));
    // The same nonce again: a fresh answer, so repeating a nonce shows nothing.
    const again = await send('/pair/proof', { body: { nonce } });
    expect(json(again).hubNonce).not.toBe(json(live).hubNonce);
    expect(json(again).proof).not.toBe(json(live).proof);
    expect(json(again).proof).toBe(expected(again));
    await hub.handle('network.cancelPairingCode', {});
  });

  it('refuses malformed proof requests: a nonce that is not 32 bytes, unknown keys, a large body', async () => {
    const nonce = randomBytes(32).toString('base64url');
    for (const body of [{ nonce: nonce.slice(1) }, { nonce: `${nonce}A` }, { nonce: `${nonce.slice(1)}+` }, { nonce: 42 }, {}, nonce, { nonce, code: 'ABCD2345' }]) {
      const reply = await send('/pair/proof', { body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(json(reply)).toEqual({ ok: false, error: { code: 'invalid-input' } });
    }
    expect((await send('/pair/proof', { body: { nonce: 'A'.repeat(4096) } })).status).toBe(413);
    expect((await send('/pair/proof', { method: 'GET' })).status).toBe(404); // a page that does not exist
    // The listener keeps serving.
    expect((await send('/pair/proof', { body: { nonce } })).status).toBe(200);
  });

  it('sends a change made at the hub to a device listening for events', async () => {
    const desk = await pairDevice('desk', 'Desk 6');
    const stream = await openEvents({ secure: true, host: '127.0.0.1', port, path: '/api/events', ca, headers: bearer(desk.credential) });
    try {
      expect(stream.headers['cache-control']).toBe('no-store');
      expect(await hub.handle('calls.save', callInput)).toMatchObject({ ok: true });
      expect(await stream.next()).toEqual({ domains: ['calls', 'clients'] });
    } finally {
      stream.close();
    }
  });

  it('refuses another Host (DNS rebinding) and another Origin', async () => {
    const desk = await pairDevice('desk', 'Desk 7');
    expect((await apiCall('settings.get', {}, { ...bearer(desk.credential), host: `evil.example:${port}` })).status).toBe(421);
    const origin = await apiCall('settings.get', {}, { ...bearer(desk.credential), origin: 'https://evil.example' });
    expect(origin.status).toBe(403);
    expect((await apiCall('settings.get', {}, { ...bearer(desk.credential), origin: `https://127.0.0.1:${port}` })).status).toBe(200);
  });
});

describe('clinic-network listener robustness', () => {
  /** One request written byte for byte over TLS: no client library rewrites the target. */
  function rawRequest(target: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = tlsConnect({ host: '127.0.0.1', port, ca }, () => {
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

  for (const target of ['//[', 'http://[', '//a:99999/', '//%', '/\\[', '*', 'x', '/%', '/api/%ZZ', '/api/']) {
    it(`answers the request target ${JSON.stringify(target)} and keeps serving`, async () => {
      const status = statusOf(await rawRequest(target));
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(statusOf(await rawRequest('/pair'))).toBe(200);
    });
  }

  it('survives a garbage request line and a TLS handshake that is not one', async () => {
    await new Promise<void>((resolve) => {
      const socket = tlsConnect({ host: '127.0.0.1', port, ca }, () => socket.end('\u0000\u0001 NOT HTTP\r\n\r\n'));
      socket.resume(); // read the 400 so that the socket can close
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    // Plain HTTP to the TLS port: no answer in clear text, and the listener lives on.
    const plain = await new Promise<string>((resolve) => {
      let reply = '';
      const socket = netConnect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => (reply += chunk));
      socket.on('close', () => resolve(reply));
      socket.on('error', () => resolve(reply));
    });
    expect(plain).not.toMatch(/^HTTP\/1\.1 200/);
    expect(statusOf(await rawRequest('/pair'))).toBe(200);
  });

  it('refuses TLS 1.1 and accepts TLS 1.2', async () => {
    const handshake = (version: 'TLSv1.1' | 'TLSv1.2') =>
      new Promise<string>((resolve) => {
        const socket = tlsConnect({
          host: '127.0.0.1',
          port,
          ca,
          minVersion: 'TLSv1',
          maxVersion: version,
          // Let this client offer old versions at all (OpenSSL 3 refuses them by default).
          ciphers: 'DEFAULT:@SECLEVEL=0',
        });
        socket.on('secureConnect', () => {
          resolve(String(socket.getProtocol()));
          socket.end();
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(`refused: ${error.code ?? error.message}`));
      });
    expect(await handshake('TLSv1.1')).toMatch(/^refused: .*(PROTOCOL|VERSION)/i);
    expect(await handshake('TLSv1.2')).toBe('TLSv1.2');
  });
});

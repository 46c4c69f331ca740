// Pairing a desk PC with the address and the code only, against the real hub (its core and
// LAN listener on 127.0.0.1): the code proves the hub before it is sent. An impostor with
// another CA at the address (relaying the proof to the real hub, the best it can do) is
// refused and never receives the code; a mistyped code is refused without spending any of the
// live code's 5 tries at /pair.
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubFrontDesk } from '../../../electron/app/front-desk';
import { pairWithHub } from '../../../electron/app/remote/pairing';
import { readHubLink, writeHubLink } from '../../../electron/app/remote/hub-link';
import { openRemoteFrontDesk } from '../../../electron/app/remote/remote-front-desk';
import { makeTestAuthority } from '../../support/test-certs';
import { failureOf } from '../../support/failure';
import { startSharingHub } from '../../support/sharing-hub';

let dir: string;
let hub: HubFrontDesk;
let close: () => Promise<void>;
let port: number;
let hubCaPem: string;

async function makeCode(deviceName: string): Promise<string> {
  const result = await hub.handle('network.createPairingCode', { role: 'desk', deviceName });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.code;
}

/** Straight to the hub's /pair, as any device on the network could. */
function postPair(code: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ code });
    const req = https.request(
      { host: '127.0.0.1', port, path: '/pair', method: 'POST', ca: hubCaPem, headers: { 'content-type': 'application/json', host: `127.0.0.1:${port}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

/** A listener with another CA's certificate for 127.0.0.1 that serves its own CA and relays
 *  /pair/proof to the real hub; it keeps every request it receives. */
async function startImpostor() {
  const other = makeTestAuthority('Impostor CA');
  const received: { method: string; path: string; body: string }[] = [];
  const leaf = other.leaf({ ips: ['127.0.0.1'] });
  const server = https.createServer({ cert: leaf.certPem, key: leaf.keyPem, minVersion: 'TLSv1.2' }, (request, response) => {
    void (async () => {
      const body = await readBody(request);
      received.push({ method: request.method ?? '', path: request.url ?? '', body });
      if (request.url === '/clinic-ca.crt') return response.end(other.caPem);
      if (request.url === '/pair/proof') {
        const relayed = await new Promise<string>((resolve, reject) => {
          const req = https.request(
            { host: '127.0.0.1', port, path: '/pair/proof', method: 'POST', ca: hubCaPem, headers: { 'content-type': 'application/json' } },
            (res) => readBody(res).then(resolve, reject),
          );
          req.on('error', reject);
          req.end(body);
        });
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(relayed);
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ credential: 'stolen-credential-0123456789abcdef0123', role: 'desk', deviceId: 1 }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

beforeAll(async () => {
  ({ hub, port, dir, close } = await startSharingHub({ addresses: () => ['127.0.0.1'], bindAddress: '127.0.0.1' }));
  hubCaPem = (await hub.network.certificates(['127.0.0.1'])).caPem;
});

afterAll(() => close());

describe('pairing a desk PC with the address and the code only', () => {
  it('pairs, pins the hub\'s CA and writes hub.json; the first request is answered as the desk', async () => {
    const code = await makeCode('프런트 2');
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`; // as a person types it
    const link = await pairWithHub({ address: `127.0.0.1:${port}`, code: typed, deviceName: 'Desk 2' });
    expect(link).toMatchObject({ address: `https://127.0.0.1:${port}`, fingerprint: hub.network.status().fingerprint, role: 'desk' });
    expect(link.caPem.trim()).toBe(hubCaPem.trim());

    const deskDir = join(dir, 'desk');
    writeHubLink(deskDir, link);
    expect(readHubLink(deskDir)).toEqual(link);
    const desk = openRemoteFrontDesk({ dataDir: deskDir, link, host: 'web', version: 't', log: () => {} });
    try {
      expect(await desk.handle('app.session', {})).toMatchObject({ ok: true, value: { role: 'desk', deviceName: '프런트 2', mode: 'connected' } });
    } finally {
      desk.close();
    }
  });

  it('refuses an impostor with another CA at the address, which never receives the code', async () => {
    const code = await makeCode('Desk 3');
    const impostor = await startImpostor();
    try {
      const failure = await failureOf(pairWithHub({ address: impostor.address, code, deviceName: 'Desk 3' }));
      expect(failure).toMatchObject({ code: 'pairing', details: { reason: 'code-or-hub' } });
      // It was asked for its CA and a proof (which it relayed), and nothing else.
      expect(impostor.received.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /clinic-ca.crt', 'POST /pair/proof']);
      expect(JSON.stringify(impostor.received)).not.toContain(code);
      expect(JSON.parse(impostor.received[1]!.body)).toEqual({ nonce: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
      // Something that cannot be a code is not even asked about.
      impostor.received.length = 0;
      expect((await failureOf(pairWithHub({ address: impostor.address, code: 'abc', deviceName: 'Desk 3' }))).details).toEqual({ reason: 'code-or-hub' });
      expect(impostor.received).toEqual([]);
    } finally {
      await impostor.close();
    }
    // The real hub's code still pairs.
    await pairWithHub({ address: `127.0.0.1:${port}`, code, deviceName: 'Desk 3' });
  });

  it('refuses a mistyped code without spending any of the live code\'s 5 tries at /pair', async () => {
    const code = await makeCode('Desk 4');
    const wrong = code.replace(/^./, (c) => (c === '2' ? '3' : '2'));
    const failure = await failureOf(pairWithHub({ address: `127.0.0.1:${port}`, code: wrong, deviceName: 'Desk 4' }));
    expect(failure).toMatchObject({ code: 'pairing', details: { reason: 'code-or-hub' } });
    // 4 wrong tries straight at /pair: had the desk sent its wrong code, this would be the 5th.
    for (let i = 0; i < 4; i++) expect(await postPair(wrong)).toBe(401);
    const link = await pairWithHub({ address: `127.0.0.1:${port}`, code, deviceName: 'Desk 4' });
    expect(link.credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a code that is no longer live the same way (no code, nothing sent to /pair)', async () => {
    const code = await makeCode('Desk 5');
    await hub.handle('network.cancelPairingCode', {});
    const failure = await failureOf(pairWithHub({ address: `127.0.0.1:${port}`, code, deviceName: 'Desk 5' }));
    expect(failure.details).toEqual({ reason: 'code-or-hub' });
  });

  it('still pairs with a typed fingerprint as before, and refuses a wrong one before the code is sent', async () => {
    const code = await makeCode('Desk 6');
    const fingerprint = hub.network.status().fingerprint!;
    const wrongFp = fingerprint.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await failureOf(pairWithHub({ address: `127.0.0.1:${port}`, fingerprint: wrongFp, code, deviceName: 'Desk 6' }))).details).toEqual({ reason: 'fingerprint' });
    const link = await pairWithHub({ address: `127.0.0.1:${port}`, fingerprint: fingerprint.replaceAll(':', ' '), code, deviceName: 'Desk 6' });
    expect(link.fingerprint).toBe(fingerprint);
  });
});

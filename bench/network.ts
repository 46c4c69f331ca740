// Part: the clinic network. Five devices at once, each a desk PC's real path (the remote core:
// HTTPS pinned to the clinic CA, a credential, the LAN listener's guards and authentication),
// against the same hub and data as the loopback web host (plain HTTP, five clients at once).
// Per channel: p95 over the LAN (target < 50 ms), LAN / loopback (target <= 2x), requests/s.
// The "quote" is computed on the device from the price list, so what crosses the network for
// it is the price list (catalog.get); search is clients.search by name; the client page is its
// two calls (clients.get and clients.calls, at once) for a client with 200 calls.
import http from 'node:http';
import { join } from 'node:path';
import { openFrontDesk, DATABASE_FILE, type HubFrontDesk } from '../electron/app/front-desk';
import { openDatabase } from '../electron/db/open';
import { startWebHost, type WebHost } from '../electron/web/server';
import { startSharing } from '../electron/web/sharing';
import { pairWithHub } from '../electron/app/remote/pairing';
import { openRemoteFrontDesk } from '../electron/app/remote/remote-front-desk';
import type { Channel } from '../shared/api/contract';
import { seedManyClients } from '../tests/support/seed-clients';
import { nowMs, random, pickFrom } from './stats';
import { ratioRow, row, single, type Row, type Section } from './table';
import { onCleanup, tempDir } from './tmp';

const DEVICES = 5;
const PHONE = '010-4242-1717';
const NAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', 'Kim', 'Lee', 'Smith'];

type Ask = (channel: Channel, input: unknown) => Promise<unknown>;
type Work = { name: string; run: (ask: Ask, rnd: () => number) => Promise<unknown> };

export async function benchNetwork(opts: { clients: number; requests: number; log: (line: string) => void }): Promise<Section> {
  const dir = tempDir('network');
  opts.log(`network: seeding ${opts.clients} clients...`);
  const seeding = openDatabase(join(dir, DATABASE_FILE));
  seedManyClients(seeding, opts.clients);
  seeding.close();
  const hub: HubFrontDesk = openFrontDesk({ dataDir: dir, host: 'web', version: 'bench', systemLocale: 'ko-KR', log: () => {} });
  onCleanup(() => hub.close());
  let clientId = 0;
  for (let i = 0; i < 200; i++) {
    const saved = await hub.handle('calls.save', {
      kind: 'session',
      caller: { name: '한가람', phone: PHONE },
      quoteLang: 'ko',
      outcome: 'thinking',
      request: { items: [{ serviceId: 'aroma', minutes: 90, persons: 1 }] },
      note: '',
    });
    if (!saved.ok) throw new Error(`could not save a call: ${JSON.stringify(saved.error)}`);
    clientId = saved.value.clientId ?? clientId;
  }
  const rendererDir = join(import.meta.dirname, '../out/renderer');

  // The loopback host, and the LAN listener on this machine's loopback address (the TLS,
  // authentication and guards are the LAN path's; the wire is not: docs/performance.md).
  const loopback = await startWebHost({ frontDesk: hub, rendererDir });
  onCleanup(() => loopback.close());
  const { address, fingerprint } = await shareOnLoopback(hub, rendererDir);

  const devices: Ask[] = [];
  for (let i = 0; i < DEVICES; i++) {
    const code = await hub.network.createPairingCode('desk', `Bench desk ${i + 1}`);
    const link = await pairWithHub({ address, fingerprint, code: code.code, deviceName: `Bench desk ${i + 1}` });
    const remote = openRemoteFrontDesk({ dataDir: tempDir(`device${i}`), link, host: 'web', version: 'bench', log: () => {} });
    onCleanup(() => remote.close());
    devices.push(async (channel, input) => {
      const result = await remote.handle(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    });
  }
  // The same client code path as a device's (node:http(s) with a keep-alive agent), so the
  // difference is what the LAN adds: TLS, the credential, the listener's guards.
  const plain = new http.Agent({ keepAlive: true, maxSockets: 8 });
  onCleanup(() => plain.destroy());
  const loopbackClients: Ask[] = Array.from({ length: DEVICES }, () => (channel, input) => postLoopback(plain, loopback, channel, input));

  const work: Work[] = [
    { name: 'quote (catalog.get)', run: (ask) => ask('catalog.get', {}) },
    { name: 'search (clients.search)', run: (ask, rnd) => ask('clients.search', { text: pickFrom(rnd, NAMES), limit: 50, offset: 0 }) },
    {
      name: 'client page (get + 200 calls)',
      run: (ask) => Promise.all([ask('clients.get', { id: clientId }), ask('clients.calls', { id: clientId })]),
    },
  ];

  const rows: Row[] = [];
  for (const w of work) {
    opts.log(`network: ${w.name}...`);
    const lo = await measure(loopbackClients, w, opts.requests);
    const lan = await measure(devices, w, opts.requests);
    rows.push(row(`${w.name}, loopback, ${DEVICES} at once`, lo.samples));
    rows.push(row(`${w.name}, LAN listener, ${DEVICES} devices`, lan.samples, { stat: 'p95', max: 50 }));
    rows.push(ratioRow(`${w.name}, LAN / loopback`, lan.samples, lo.samples, 2));
    rows.push(single(`${w.name}, requests/s loopback`, lo.perSecond, 'n'));
    rows.push(single(`${w.name}, requests/s LAN`, lan.perSecond, 'n'));
  }
  return {
    title: `clinic network: ${DEVICES} devices at once, ${opts.clients} clients`,
    rows,
    notes: [
      'LAN = the desk PC path (remote core, HTTPS pinned to the clinic CA, bearer credential) to the LAN listener bound to 127.0.0.1: TLS, guards and authentication measured, not the wire.',
      'The hub and the five clients share one process (one event loop): each time includes the client side too, on both paths alike.',
    ],
  };
}

/** Sharing on, the LAN listener bound to this machine's loopback address (stopped at cleanup). */
export async function shareOnLoopback(hub: HubFrontDesk, rendererDir: string): Promise<{ address: string; fingerprint: string }> {
  const sharing = startSharing({ frontDesk: hub, rendererDir, bindAddress: '127.0.0.1', log: () => {} });
  onCleanup(() => sharing.stop());
  const status = await hub.network.update({ sharing: true, port: 47_000 + Math.floor(Math.random() * 2000) });
  if (!status.running || !status.fingerprint) throw new Error(`the LAN listener did not start: ${status.problem}`);
  return { address: `https://127.0.0.1:${status.port}`, fingerprint: status.fingerprint };
}

/** Every device runs `requests` requests one after another, all devices at once (after a
 *  warm-up of 5 each); each request's time, and requests per second over the whole run. */
async function measure(clients: Ask[], work: Work, requests: number): Promise<{ samples: number[]; perSecond: number }> {
  const rnd = random(7);
  await Promise.all(clients.map(async (ask) => {
    for (let i = 0; i < 5; i++) await work.run(ask, rnd);
  }));
  const samples: number[] = [];
  const start = nowMs();
  await Promise.all(
    clients.map(async (ask) => {
      for (let i = 0; i < requests; i++) {
        const t0 = nowMs();
        await work.run(ask, rnd);
        samples.push(nowMs() - t0);
      }
    }),
  );
  const seconds = (nowMs() - start) / 1000;
  return { samples, perSecond: (clients.length * requests) / seconds };
}

function postLoopback(agent: http.Agent, host: WebHost, channel: Channel, input: unknown): Promise<unknown> {
  const body = Buffer.from(JSON.stringify(input));
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${host.origin}/api/${channel}`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-front-desk-token': host.token },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const result = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean };
          if (result.ok) resolve(result);
          else reject(new Error(`${channel}: ${JSON.stringify(result)}`));
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

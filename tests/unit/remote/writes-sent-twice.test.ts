// Writes sent twice, from a desk PC to the real hub (its core and LAN listener) through a
// relay that loses the answer after the hub saved: the desk says the outcome is unknown, and
// the same save again gets the hub's kept answer, so the call is recorded once. A hub that
// cannot be reached at all saved nothing, and the desk says so.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HubFrontDesk } from '../../../electron/app/front-desk';
import { pairWithHub } from '../../../electron/app/remote/pairing';
import type { HubLink } from '../../../electron/app/remote/hub-link';
import { openRemoteFrontDesk, type RemoteFrontDesk } from '../../../electron/app/remote/remote-front-desk';
import { startCuttingProxy, type CuttingProxy } from '../../support/cutting-proxy';
import { freePort } from '../../support/ports';
import { startSharingHub } from '../../support/sharing-hub';

// The hub listens on 127.0.0.2; the desk reaches it at 127.0.0.1 (the same port, which its
// certificate and Host check always accept) through the relay.
const HUB_ADDRESS = '127.0.0.2';
let dir: string;
let hub: HubFrontDesk;
let close: () => Promise<void>;
let proxy: CuttingProxy;
let link: HubLink;
const opened: RemoteFrontDesk[] = [];

beforeAll(async () => {
  let port: number;
  ({ hub, port, dir, close } = await startSharingHub({ addresses: () => [HUB_ADDRESS], bindAddress: HUB_ADDRESS }));
  proxy = await startCuttingProxy({ host: '127.0.0.1', port }, { host: HUB_ADDRESS, port });
  const code = await hub.handle('network.createPairingCode', { role: 'desk', deviceName: '프런트 2' });
  if (!code.ok) throw new Error(JSON.stringify(code.error));
  link = await pairWithHub({ address: `127.0.0.1:${port}`, code: code.value.code, deviceName: 'Desk 2' });
});

afterEach(() => {
  for (const desk of opened.splice(0)) desk.close();
});

afterAll(async () => {
  await proxy.close();
  await close();
});

function desk(address = link.address): RemoteFrontDesk {
  const opening = openRemoteFrontDesk({ dataDir: join(dir, 'desk'), link: { ...link, address }, host: 'web', version: 't', log: () => {} });
  opened.push(opening);
  return opening;
}

const call = (name: string) => ({
  kind: 'session' as const,
  caller: { name, phone: '010-1234-5678' },
  quoteLang: 'ko' as const,
  request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  outcome: 'thinking' as const,
});

async function callsNamed(name: string): Promise<number> {
  const found = await hub.handle('calls.search', { text: name });
  if (!found.ok) throw new Error(JSON.stringify(found.error));
  return found.value.rows.length;
}

async function until(condition: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a desk whose answer is lost after the hub saved', () => {
  it('says the outcome is unknown, and the same save again is recorded once', async () => {
    const remote = desk();
    await until(() => remote.reachable === true); // the event stream's connection is not cut
    proxy.mark();
    // The moment the hub has committed, the network loses everything on the call's connection.
    const stop = hub.onChange(() => proxy.cut());
    const first = await remote.handle('calls.save', call('이분실'));
    stop();
    expect(first).toMatchObject({ ok: false, error: { code: 'hub-unreachable', details: { reason: 'network', write: true, outcome: 'unknown' } } });
    expect(await callsNamed('이분실')).toBe(1);

    const again = await remote.handle('calls.save', call('이분실'));
    expect(again).toMatchObject({ ok: true, value: { id: 1, callerName: '이분실' } });
    expect(await callsNamed('이분실')).toBe(1);
    // Answered: the next save of the same call is a new call.
    expect(await remote.handle('calls.save', call('이분실'))).toMatchObject({ ok: true });
    expect(await callsNamed('이분실')).toBe(2);
  });

  it('still says the outcome is unknown when the next try cannot reach the hub at all', async () => {
    const remote = desk();
    await until(() => remote.reachable === true);
    proxy.mark();
    const stop = hub.onChange(() => proxy.cut());
    await remote.handle('calls.save', call('정다시'));
    stop();
    const port = Number(new URL(link.address).port);
    await proxy.close(); // the hub's address now refuses: this try sends nothing
    const refused = await remote.handle('calls.save', call('정다시'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'hub-unreachable', details: { write: true, outcome: 'unknown' } } });
    proxy = await startCuttingProxy({ host: '127.0.0.1', port }, { host: HUB_ADDRESS, port });
    expect(await remote.handle('calls.save', call('정다시'))).toMatchObject({ ok: true, value: { callerName: '정다시' } });
    expect(await callsNamed('정다시')).toBe(1);
  });

  it('says nothing was saved when the hub cannot be reached at all', async () => {
    const remote = desk(`https://127.0.0.1:${await freePort()}`);
    const result = await remote.handle('calls.save', call('최거절'));
    expect(result).toEqual({
      ok: false,
      error: { code: 'hub-unreachable', details: { reason: 'network', hubAddress: expect.any(String), write: true } },
    });
    expect(await callsNamed('최거절')).toBe(0);
  });
});

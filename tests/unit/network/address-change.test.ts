// The hub's LAN address changes while it shares (DHCP, another Wi-Fi): within the check's
// interval the listener serves the new address too, with a certificate naming it and a Host
// check that lets it through, and Settings shows it. Before, only a restart of the app or of
// sharing did.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { checkServerIdentity } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFrontDesk, type HubFrontDesk } from '../../../electron/app/front-desk';
import { startSharing, type Sharing } from '../../../electron/web/sharing';
import type { NetworkStatus } from '../../../shared/api/network';
import { freePort } from '../../support/ports';

let dir: string;
let hub: HubFrontDesk;
let sharing: Sharing;
let port: number;
let addresses = ['127.0.0.1'];

/** GET / at `address`, the certificate checked for that address against the clinic CA. */
async function get(address: string): Promise<number> {
  const ca = (await hub.network.certificates(addresses)).caPem;
  return new Promise((resolve, reject) => {
    const req = request(
      { host: address, port, path: '/', ca, checkServerIdentity: (_name, cert) => checkServerIdentity(address, cert), headers: { host: `${address}:${port}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const shown = async () => ((await hub.handle('network.status', {})) as { ok: true; value: NetworkStatus }).value.addresses;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-desk-lan-move-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'pair.html'), '<!doctype html><html><head></head><body>pairing page</body></html>');
  hub = openFrontDesk({
    dataDir: join(dir, 'data'),
    host: 'web',
    version: 't',
    systemLocale: 'ko-KR',
    log: () => {},
    machine: { addresses: () => addresses, hostName: 'hub-pc' },
  });
  sharing = startSharing({ frontDesk: hub, rendererDir, addressCheckMs: 50, log: () => {} });
  port = await freePort();
  expect(await hub.handle('network.update', { sharing: true, port })).toMatchObject({ ok: true, value: { running: true } });
});

afterAll(async () => {
  await sharing.stop();
  hub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the hub follows a change of its LAN address', () => {
  it('serves the new address with a certificate naming it, and shows it', async () => {
    expect(await shown()).toEqual([`https://127.0.0.1:${port}`]);
    expect(await get('127.0.0.1')).toBe(200);
    await expect(get('127.0.0.2')).rejects.toThrow(/IP: 127\.0\.0\.2 is not in the cert's list/);

    addresses = ['127.0.0.2'];
    await expect.poll(shown, { timeout: 5000 }).toEqual([`https://127.0.0.2:${port}`]);
    expect(await get('127.0.0.2')).toBe(200);
  });
});

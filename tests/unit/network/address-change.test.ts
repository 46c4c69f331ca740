// The hub's LAN address changes while it shares (DHCP, another Wi-Fi): within the check's
// interval the listener serves the new address too, with a certificate naming it and a Host
// check that lets it through, and Settings shows it. Before, only a restart of the app or of
// sharing did.
import { request } from 'node:https';
import { checkServerIdentity } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubFrontDesk } from '../../../electron/app/front-desk';
import type { NetworkStatus } from '../../../shared/api/network';
import { startSharingHub } from '../../support/sharing-hub';

let hub: HubFrontDesk;
let port: number;
let close: () => Promise<void>;
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
  ({ hub, port, close } = await startSharingHub({ addresses: () => addresses, addressCheckMs: 50 }));
});

afterAll(() => close());

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

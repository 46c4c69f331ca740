// A hub for tests of the clinic network: the real core on a temp data folder, a renderer
// folder with the pages the LAN listener serves, and sharing turned on at a free port. Each
// test file says which addresses the PC has and whether the listener is bound to one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFrontDesk, type HubFrontDesk } from '../../electron/app/front-desk';
import { startSharing } from '../../electron/web/sharing';
import { freePort } from './ports';

export type SharingHub = {
  hub: HubFrontDesk;
  port: number;
  /** The test's temp folder (the hub's data is in `hub/`; other folders are the test's). */
  dir: string;
  close(): Promise<void>;
};

export async function startSharingHub(options: {
  /** The PC's LAN addresses, looked at each time (a test may change them). */
  addresses: () => string[];
  /** Listen on this address only (it is then not followed). */
  bindAddress?: string;
  addressCheckMs?: number;
  now?: () => Date;
}): Promise<SharingHub> {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-hub-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>renderer</body></html>');
  writeFileSync(join(rendererDir, 'pair.html'), '<!doctype html><html><head></head><body>pairing page</body></html>');
  const hub = openFrontDesk({
    dataDir: join(dir, 'hub'),
    host: 'web',
    version: 't',
    systemLocale: 'ko-KR',
    log: () => {},
    ...(options.now ? { now: options.now } : {}),
    machine: { addresses: options.addresses, hostName: 'hub-pc' },
  });
  const sharing = startSharing({
    frontDesk: hub,
    rendererDir,
    log: () => {},
    ...(options.bindAddress ? { bindAddress: options.bindAddress } : {}),
    ...(options.addressCheckMs ? { addressCheckMs: options.addressCheckMs } : {}),
  });
  const port = await freePort();
  const status = await hub.handle('network.update', { sharing: true, port });
  if (!status.ok || !status.value.running) throw new Error(`sharing did not start: ${JSON.stringify(status)}`);
  return {
    hub,
    port,
    dir,
    async close() {
      await sharing.stop();
      hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

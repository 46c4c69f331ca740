// The hub's machine for the cross-host test, run inside its namespace as its own process
// (`node --import tsx`): the real core, the loopback web host for the hub's own screens, and
// sharing on the clinic network bound to the namespace's address. The test asks it to run
// channels as the hub's own user over the process's IPC channel (making pairing codes,
// revoking a device), as the hub's Settings screen would.
import { join } from 'node:path';
import { openConnectableFrontDesk } from '../../../electron/app/connectable';
import { startWebHost } from '../../../electron/web/server';
import { startSharing } from '../../../electron/web/sharing';

const [dataDir, bindAddress, token] = process.argv.slice(2) as [string, string, string];
const rendererDir = join(import.meta.dirname, '../../../out/renderer');

const frontDesk = openConnectableFrontDesk({ dataDir, host: 'web', version: 'e2e', systemLocale: 'ko-KR', log: () => {} });
const host = await startWebHost({ frontDesk, rendererDir, token });
const sharing = startSharing({ frontDesk: frontDesk.local()!, rendererDir, bindAddress, log: () => {} });

process.on('message', (message: { id: number; channel: string; input: unknown }) => {
  void frontDesk.handle(message.channel as never, message.input).then((result) => process.send?.({ id: message.id, result }));
});
process.on('disconnect', () => {
  void sharing.stop().then(() => host.close()).then(() => {
    frontDesk.close();
    process.exit(0);
  });
});
process.send?.({ ready: host.url });

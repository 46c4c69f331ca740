// Settings -> Connect to a hub on a desk PC, against a real hub (its core and LAN listener on
// 127.0.0.1) through the desk's real connect channel: the fingerprint is optional, a mistyped
// code is refused with a sentence that says what to do (nothing sent, no try spent), and the
// address, the code and the name are enough to pair.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { ConnectToHub } from '../../../renderer/src/screens/settings/ConnectToHub';
import { useApiImplementation } from '../../../renderer/src/api/client';
import { openFrontDesk, type HubFrontDesk } from '../../../electron/app/front-desk';
import { openConnectableFrontDesk, type ConnectableFrontDesk } from '../../../electron/app/connectable';
import { startSharing, type Sharing } from '../../../electron/web/sharing';
import { inProcessApi, renderScreen } from '../harness';
import en from '../../../renderer/locales/en/errors.json';
import ko from '../../../renderer/locales/ko/errors.json';
import { freePort } from '../../support/ports';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** A hub sharing on 127.0.0.1: its address as its Settings show it (without https://). */
async function startHub(): Promise<{ hub: HubFrontDesk; address: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'fd-connect-hub-'));
  const hub = openFrontDesk({ dataDir: dir, host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {}, machine: { addresses: () => ['127.0.0.1'], hostName: 'hub-pc' } });
  const sharing: Sharing = startSharing({ frontDesk: hub, rendererDir: '/nonexistent', bindAddress: '127.0.0.1', log: () => {} });
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => hub.close(), () => sharing.stop());
  const port = await freePort();
  await hub.handle('network.update', { sharing: true, port });
  return { hub, address: `127.0.0.1:${port}` };
}

/** The desk's connect channel as its host answers it (connectable.ts), on its own folder. */
function deskConnect(core: Parameters<typeof inProcessApi>[0], sent: unknown[]): ConnectableFrontDesk {
  const dir = mkdtempSync(join(tmpdir(), 'fd-connect-desk-'));
  const desk = openConnectableFrontDesk({ dataDir: dir, host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {} });
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => desk.close());
  useApiImplementation({
    ...inProcessApi(core),
    'connection.connect': async (input) => (sent.push(input), JSON.parse(JSON.stringify(await desk.handle('connection.connect', input)))),
  });
  return desk;
}

const wrongCode = (code: string) => code.replace(/^./, (c) => (c === '2' ? '3' : '2'));

describe('Settings -> Connect to a hub', () => {
  it('pairs with the address, the code and the name; a mistyped code first says what to do', async () => {
    const { hub, address } = await startHub();
    const code = (await hub.network.createPairingCode('desk', 'Front desk 2')).code;
    const sent: unknown[] = [];
    let desk: ConnectableFrontDesk | null = null;
    const { user } = await renderScreen(<ConnectToHub />, { lang: 'en', before: async (core) => void (desk = deskConnect(core, sent)) });
    await screen.findByRole('heading', { name: 'Connect to a hub' });
    const fingerprint = screen.getByRole('textbox', { name: 'Fingerprint (optional)' });
    expect(fingerprint.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/^Not needed, since the pairing code checks the hub/)).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Hub address' }), address);
    await user.type(screen.getByRole('textbox', { name: 'Pairing code' }), wrongCode(code));
    await user.type(screen.getByRole('textbox', { name: 'Name of this PC' }), 'Desk 2');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect((await screen.findByRole('alert')).textContent).toBe(en.pairing['code-or-hub']);
    expect(sent).toEqual([{ address, fingerprint: '', code: wrongCode(code), deviceName: 'Desk 2' }]);
    expect(hub.network.devices()).toEqual([]);

    await user.clear(screen.getByRole('textbox', { name: 'Pairing code' }));
    await user.type(screen.getByRole('textbox', { name: 'Pairing code' }), code.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(hub.network.devices().map((d) => [d.name, d.role])).toEqual([['Front desk 2', 'desk']]));
    expect(sent.at(-1)).toEqual({ address, fingerprint: '', code: code.toLowerCase(), deviceName: 'Desk 2' });
    expect(desk!.mode).toBe('connected');
  });

  it('says so in Korean, with the fingerprint field marked optional', async () => {
    const { hub, address } = await startHub();
    const code = (await hub.network.createPairingCode('desk', '프런트 2')).code;
    const { user } = await renderScreen(<ConnectToHub />, { lang: 'ko', before: async (core) => void deskConnect(core, []) });
    await screen.findByRole('heading', { name: '허브에 연결' });
    expect(screen.getByRole('textbox', { name: '지문(선택)' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: '허브 주소' }), address);
    await user.type(screen.getByRole('textbox', { name: '연결 코드' }), wrongCode(code));
    await user.type(screen.getByRole('textbox', { name: '이 PC의 이름' }), '프런트 2');
    await user.click(screen.getByRole('button', { name: '연결' }));
    expect((await screen.findByRole('alert')).textContent).toBe(ko.pairing['code-or-hub']);
  });
});

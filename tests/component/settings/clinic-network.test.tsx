// Settings -> Clinic network on the real core with the real LAN listener on 127.0.0.1:
// turn sharing on, make a pairing code (shown large, with its QR code described in words),
// see the device that paired with it, and remove it after a confirmation. Hidden on a device.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { ClinicNetwork } from '../../../renderer/src/screens/settings/ClinicNetwork';
import { useApiImplementation, useChangeEvents } from '../../../renderer/src/api/client';
import type { HubFrontDesk } from '../../../electron/app/front-desk';
import { startSharing, type Sharing } from '../../../electron/web/sharing';
import { inProcessApi, renderScreen } from '../harness';
import { freePort } from '../../support/ports';

let sharing: Sharing | null = null;
afterEach(async () => {
  await sharing?.stop();
  sharing = null;
});

const statusText = () => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(' ');

/** The screen in English on a core whose LAN listener runs on 127.0.0.1 (sharing still off). */
async function renderWithListener() {
  const port = await freePort();
  const { user, frontDesk } = await renderScreen(<ClinicNetwork />, {
    lang: 'en',
    before: async (core) => {
      await core.handle('network.update', { port });
      sharing = startSharing({ frontDesk: core as HubFrontDesk, rendererDir: '/nonexistent', bindAddress: '127.0.0.1', log: () => {} });
      useChangeEvents({ onChanged: (callback) => core.onChange(callback) });
    },
  });
  return { user, hub: frontDesk as HubFrontDesk, port };
}

describe('Settings -> Clinic network', () => {
  it('shares, makes a pairing code, lists the paired device and removes it', async () => {
    const { user, hub, port } = await renderWithListener();
    await screen.findByRole('heading', { name: 'Clinic network' });
    expect(screen.getByText('Sharing is off. Only this PC can see the data.')).toBeTruthy();
    expect(screen.getByText('Turn sharing on to pair a device.')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Share on the clinic network' }));
    await screen.findByText('Sharing is on. Devices can connect at the addresses below.');
    expect(screen.getByText(`https://127.0.0.1:${port}`)).toBeTruthy();
    expect(screen.getByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Therapist' }));
    await user.type(screen.getByRole('textbox', { name: 'Device name' }), 'Room 3 tablet');
    await user.click(screen.getByRole('button', { name: 'Make a pairing code' }));
    const qr = await screen.findByRole('img', { name: `QR code that opens https://127.0.0.1:${port}/pair#fp=${hub.network.status().fingerprint}` });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const live = hub.network.status().pairing!;
    expect(screen.getByText(live.code)).toBeTruthy();
    expect(screen.getByText(/^Code for Room 3 tablet \(Therapist\)\./)).toBeTruthy();

    // The tablet pairs (what POST /pair does): it appears without a reload, the code goes.
    await hub.network.pair(live.code, '127.0.0.1');
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('rowheader', { name: 'Room 3 tablet' }).closest('tr')!;
    expect(row.textContent).toContain('Therapist');
    expect(row.textContent).toContain('127.0.0.1');
    await waitFor(() => expect(screen.queryByText(live.code)).toBeNull());

    await user.click(within(row).getByRole('button', { name: 'Remove Room 3 tablet' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Room 3 tablet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(statusText()).toContain('Room 3 tablet was removed.'));
    expect(within(screen.getByRole('table')).getByText(/^Removed /)).toBeTruthy();
    expect(hub.network.authenticate('anything', null)).toBeNull();
    expect(hub.network.devices()[0]!.revokedAt).not.toBeNull();
    expect(screen.queryByText(/Connect to a hub/)).toBeNull(); // that code was for a tablet

    // A code for a desk PC says what it types: the address and the code (no fingerprint).
    await user.click(screen.getByRole('radio', { name: 'Front desk' }));
    await user.clear(screen.getByRole('textbox', { name: 'Device name' }));
    await user.type(screen.getByRole('textbox', { name: 'Device name' }), 'Front desk 2');
    await user.click(screen.getByRole('button', { name: 'Make a pairing code' }));
    expect(await screen.findByText(`On the front-desk PC, open Settings > Connect to a hub and type the address 127.0.0.1:${port} and this code.`)).toBeTruthy();
  });

  it('stops showing a code the moment wrong tries kill it', async () => {
    const { user, hub, port } = await renderWithListener();
    await user.click(await screen.findByRole('checkbox', { name: 'Share on the clinic network' }));
    await screen.findByText('Sharing is on. Devices can connect at the addresses below.');
    await user.type(screen.getByRole('textbox', { name: 'Device name' }), 'Room 4 tablet');
    await user.click(screen.getByRole('button', { name: 'Make a pairing code' }));
    const live = await waitFor(() => hub.network.status().pairing!);
    expect(await screen.findByText(live.code)).toBeTruthy();
    // A new port half typed meanwhile...
    const portField = screen.getByRole('textbox', { name: 'Port' }) as HTMLInputElement;
    await user.clear(portField);
    await user.type(portField, '49');
    // Someone on the network guesses: the fifth wrong try kills the code.
    for (let i = 0; i < 5; i++) await hub.network.pair('WRONG000', '192.168.0.99').catch(() => undefined);
    expect(hub.network.status().pairing).toBeNull();
    await waitFor(() => expect(screen.queryByText(live.code)).toBeNull());
    // ...is still there after the screen reloaded.
    expect(portField.value).toBe('49');
  });

  it('is in Korean on a Korean screen', async () => {
    await renderScreen(<ClinicNetwork />, { lang: 'ko' });
    await screen.findByRole('heading', { name: '클리닉 네트워크' });
    expect(screen.getByRole('checkbox', { name: '클리닉 네트워크에서 공유' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '포트' })).toBeTruthy();
    expect(screen.getByText('기기를 연결하려면 먼저 공유를 켜세요.')).toBeTruthy();
  });

  it('is not shown on a device or on a PC connected to a hub', async () => {
    for (const session of [
      { role: 'therapist', deviceName: 'Room 1', mode: 'hub', hubAddress: null },
      { role: 'hub', deviceName: null, mode: 'connected', hubAddress: 'https://192.168.0.10:47820' },
    ] as const) {
      const asked: string[] = [];
      const { container, unmount } = await renderScreen(<ClinicNetwork />, {
        lang: 'en',
        before: async (core) => {
          useApiImplementation({
            ...inProcessApi(core),
            'app.session': async () => (asked.push(session.mode), { ok: true, value: session }),
            'network.status': async () => (asked.push('network.status'), inProcessApi(core)['network.status']({})),
          });
        },
      });
      // The section follows the session the app started with (app data): it asks nothing.
      await waitFor(() => expect(asked).toEqual([session.mode]));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(asked).toEqual([session.mode]);
      expect(container.textContent).toBe('');
      unmount();
    }
  });
});

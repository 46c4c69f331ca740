// Live updates and the hub banner in the renderer: a call saved elsewhere (another device,
// through the core's change events) shows in the open call log without a reload; a connected
// desk says plainly when the hub stops answering and stops saying so once it answers again.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import CallsScreen from '../../../renderer/src/screens/calls/CallsScreen';
import { HubBanner } from '../../../renderer/src/connection/HubBanner';
import { useApiImplementation, useChangeEvents } from '../../../renderer/src/api/client';
import type { FrontDeskApi } from '../../../shared/api/contract';
import type { ChangeEvent } from '../../../shared/api/changes';
import { fail } from '../../../shared/api/result';
import { inProcessApi, renderScreen } from '../harness';
import ko from '../../../renderer/locales/ko/connection.json';

const noEvents = { onChanged: () => () => undefined };
afterEach(() => useChangeEvents(noEvents));

describe('live updates', () => {
  it('shows a call saved on another device in the open call log, without a reload', async () => {
    const { frontDesk } = await renderScreen(<CallsScreen />, {
      before: async (core) => useChangeEvents({ onChanged: (callback) => core.onChange(callback) }),
    });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.querySelectorAll('table.call-list tbody tr').length).toBe(0));
    const saved = await frontDesk.handle('calls.save', {
      kind: 'session',
      caller: { name: '원격 손님', phone: '010-5555-0101' },
      quoteLang: 'ko',
      outcome: 'thinking',
      request: { items: [{ serviceId: 'aroma', minutes: 90, persons: 1 }] },
      note: '',
    });
    expect(saved.ok).toBe(true);
    await waitFor(() => expect(document.querySelectorAll('table.call-list tbody tr').length).toBe(1));
    expect(document.querySelector('table.call-list tbody')?.textContent).toContain('원격 손님');
  });
});

describe('the hub banner of a connected desk', () => {
  it('appears when the hub stops answering and goes once it answers again', async () => {
    let hubDown = false;
    const listeners = new Set<(change: ChangeEvent) => void>();
    const { user } = await renderScreen(<HubBanner />, {
      before: async (core) => {
        const real = inProcessApi(core);
        const api = { ...real } as Record<string, (input: unknown) => Promise<unknown>>;
        for (const [channel, fn] of Object.entries(real)) {
          api[channel] = (input: unknown) => (hubDown ? Promise.resolve(fail('hub-unreachable', { reason: 'network' })) : (fn as (i: unknown) => Promise<unknown>)(input));
        }
        api['app.session'] = () =>
          Promise.resolve(hubDown ? fail('hub-unreachable', { reason: 'network' }) : { ok: true, value: { role: 'desk', deviceName: '프런트 2', mode: 'connected', hubAddress: 'https://10.0.0.1:47820' } });
        useApiImplementation(api as unknown as FrontDeskApi);
        useChangeEvents({
          onChanged(callback) {
            listeners.add(callback);
            return () => listeners.delete(callback);
          },
        });
      },
    });
    expect(screen.queryByRole('alert')).toBeNull();
    // The desk's host reports that its event stream from the hub dropped.
    hubDown = true;
    for (const listener of listeners) listener({ domains: ['hub'] });
    expect((await screen.findByRole('alert')).textContent).toContain(ko.banner.unreachable);
    hubDown = false;
    await user.click(screen.getByRole('button', { name: ko.banner.retry }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

// Authorization in the core: the caller's role is checked once, before validation, for
// every host; change events follow successful writes only; app.session says who calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFrontDesk } from '../../../electron/app/front-desk';
import { channels, type Channel } from '../../../shared/api/contract';
import { channelRoles, channelsFor, mayUse, type Caller } from '../../../shared/api/roles';
import { channelChanges, type ChangeEvent } from '../../../shared/api/changes';

const dir = mkdtempSync(join(tmpdir(), 'front-desk-roles-'));
const core = openFrontDesk({ dataDir: dir, host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {} });
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

// No device row behind these: the role alone decides (write attribution is tested with paired devices).
const therapist: Caller = { role: 'therapist', deviceId: null, deviceName: 'Room 2 tablet' };
const desk: Caller = { role: 'desk', deviceId: null, deviceName: 'Desk 2' };

const session = {
  kind: 'session',
  caller: { name: '김민수', phone: '010-1234-5678' },
  quoteLang: 'ko',
  request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  outcome: 'thinking',
} as const;

describe('roles', () => {
  it('classifies every channel of the contract, and nothing else', () => {
    expect(Object.keys(channelRoles).sort()).toEqual([...channels].sort());
    expect(Object.keys(channelChanges).sort()).toEqual([...channels].sort());
  });

  it('gives the hub everything, keeps backups at the hub, and prices away from therapists', () => {
    expect(channelsFor('hub')).toEqual(Object.keys(channelRoles));
    for (const channel of channels.filter((c) => c.startsWith('backups.'))) {
      expect(mayUse('desk', channel), channel).toBe(false);
      expect(mayUse('therapist', channel), channel).toBe(false);
    }
    const money: Channel[] = ['catalog.get', 'calls.save', 'calls.search', 'clients.calls', 'coverage.check', 'plans.list'];
    for (const channel of money) {
      expect(mayUse('desk', channel), channel).toBe(true);
      expect(mayUse('therapist', channel), channel).toBe(false);
    }
    for (const channel of ['settings.update', 'calls.exportCsv', 'intake.erase', 'print.savePdf'] as Channel[]) {
      expect(mayUse('therapist', channel), channel).toBe(false);
    }
    // Exactly what the therapist's view needs: contact details, prices, policies and the
    // prescriber's phone stay on the desks' channels.
    expect(channelsFor('therapist').sort()).toEqual(
      [
        'app.info',
        'app.ready',
        'app.session',
        'settings.get',
        'therapist.client',
        'therapist.clients',
        'therapist.recordVisit',
        'visits.check',
      ].sort(),
    );
  });
});

describe('openFrontDesk().handle with a caller', () => {
  it("answers 'forbidden' before validating, so a device learns nothing about the input", async () => {
    expect(await core.handle('calls.save', { nonsense: true }, therapist)).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await core.handle('backups.list', {}, desk)).toEqual({ ok: false, error: { code: 'forbidden' } });
    // The same channel for a role that may use it is validated as usual.
    expect(await core.handle('calls.save', { nonsense: true }, desk)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await core.handle('backups.list', {})).toMatchObject({ ok: true });
  });

  it('lets a therapist read what the role allows', async () => {
    expect(await core.handle('settings.get', {}, therapist)).toMatchObject({ ok: true });
    expect(await core.handle('therapist.clients', {}, therapist)).toMatchObject({ ok: true });
    // The hub's folders are not a device's business.
    expect(await core.handle('app.info', {}, therapist)).toMatchObject({ ok: true, value: { dataDir: '', dbPath: '' } });
    expect(await core.handle('app.info', {})).not.toMatchObject({ value: { dataDir: '' } });
    expect(await core.handle('visits.list', { clientId: 999_999 }, therapist)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await core.handle('clients.get', { id: 1 }, therapist)).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('says who is calling in app.session', async () => {
    expect(await core.handle('app.session', {})).toEqual({
      ok: true,
      value: { role: 'hub', deviceName: null, mode: 'local', hubAddress: null },
    });
    expect(await core.handle('app.session', {}, therapist)).toEqual({
      ok: true,
      value: { role: 'therapist', deviceName: 'Room 2 tablet', mode: 'local', hubAddress: null },
    });
    expect(await core.handle('app.session', { role: 'hub' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers app.session from the host for the connection', async () => {
    const other = mkdtempSync(join(tmpdir(), 'front-desk-roles-hub-'));
    const hub = openFrontDesk({
      dataDir: other,
      host: 'web',
      version: 't',
      systemLocale: 'en-US',
      log: () => {},
      connection: () => ({ mode: 'hub', hubAddress: 'https://192.168.0.10:47820' }),
    });
    try {
      expect(await hub.handle('app.session', {}, desk)).toEqual({
        ok: true,
        value: { role: 'desk', deviceName: 'Desk 2', mode: 'hub', hubAddress: 'https://192.168.0.10:47820' },
      });
    } finally {
      hub.close();
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe('FrontDesk.onChange', () => {
  it('tells listeners what a successful write changed, and nothing for reads or failures', async () => {
    const events: ChangeEvent[] = [];
    const stop = core.onChange((change) => events.push(change));
    expect(await core.handle('calls.save', session, desk)).toMatchObject({ ok: true });
    expect(events).toEqual([{ domains: ['calls', 'clients'] }]);

    await core.handle('calls.search', {});
    await core.handle('calls.save', { ...session, outcome: 'no-such-outcome' }); // invalid
    await core.handle('calls.save', session, therapist); // forbidden
    await core.handle('clients.update', { id: 999_999, name: 'x' }); // not found or invalid
    expect(events).toHaveLength(1);

    expect(await core.handle('settings.update', { quoteValidDays: 14 })).toMatchObject({ ok: true });
    expect(events[1]).toEqual({ domains: ['settings'] });

    stop();
    await core.handle('settings.update', { quoteValidDays: 15 });
    expect(events).toHaveLength(2);
  });

  it('keeps answering when a listener throws', async () => {
    const stop = core.onChange(() => {
      throw new Error('relay down');
    });
    try {
      expect(await core.handle('settings.update', { quoteValidDays: 20 })).toMatchObject({ ok: true });
    } finally {
      stop();
    }
  });
});

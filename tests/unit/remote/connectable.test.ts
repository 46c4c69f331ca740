// The core a host opens: local until paired, the hub's data once hub.json exists (and then no
// local database file at all), and back to local on disconnect.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestAuthority, type TestAuthority } from '../../support/test-certs';
import { startFakeHub, type FakeHub } from '../../support/fake-hub';
import { openConnectableFrontDesk, pairAtLaunch } from '../../../electron/app/connectable';
import { DATABASE_FILE } from '../../../electron/app/front-desk';
import { hubFilePath, readHubLink } from '../../../electron/app/remote/hub-link';
import { shareWhileLocal } from '../../../electron/web/sharing';
import tls from 'node:tls';

let clinic: TestAuthority;
let hub: FakeHub;
const dirs: string[] = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-connectable-'));
  dirs.push(dir);
  return dir;
};
const options = (dataDir: string) => ({ dataDir, host: 'web' as const, version: '1.0.0', systemLocale: 'ko-KR', log: () => {} });

beforeAll(async () => {
  clinic = makeTestAuthority();
  hub = await startFakeHub({ ...clinic.leaf({ ips: ['127.0.0.1'] }), caPem: clinic.caPem });
});
afterAll(async () => {
  await hub.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the connectable core', () => {
  it('connects from Settings, then forwards; disconnecting returns to this PC\'s own database', async () => {
    const dir = tmp();
    const desk = openConnectableFrontDesk(options(dir));
    try {
      expect(desk.mode).toBe('local');
      const search = await desk.handle('calls.search', {});
      expect(search.ok).toBe(true);
      expect(hub.requests).toHaveLength(0);

      const connected = await desk.handle('connection.connect', {
        address: hub.address,
        fingerprint: clinic.fingerprint,
        code: 'ABCD2345',
        deviceName: 'Desk 2',
      });
      expect(connected).toEqual({ ok: true, value: { hubAddress: hub.address } });
      expect(desk.mode).toBe('connected');
      expect(fs.statSync(hubFilePath(dir)).mode & 0o777).toBe(0o600);
      await desk.handle('calls.search', { text: 'x' });
      expect(hub.requests.at(-1)?.channel).toBe('calls.search');

      expect(await desk.handle('connection.disconnect', {})).toEqual({ ok: true, value: { mode: 'local' } });
      expect(desk.mode).toBe('local');
      expect(readHubLink(dir)).toBeNull();
    } finally {
      desk.close();
    }
  });

  it('a wrong code leaves the PC as it was', async () => {
    const desk = openConnectableFrontDesk(options(tmp()));
    try {
      const result = await desk.handle('connection.connect', {
        address: hub.address,
        fingerprint: clinic.fingerprint,
        code: 'WRONG234',
        deviceName: 'Desk 2',
      });
      expect(result).toEqual({ ok: false, error: { code: 'pairing', details: { reason: 'code' } } });
      expect(desk.mode).toBe('local');
    } finally {
      desk.close();
    }
  });

  it('never lets a paired device (a caller) connect or disconnect this PC', async () => {
    const desk = openConnectableFrontDesk(options(tmp()));
    try {
      const result = await desk.handle('connection.disconnect', {}, { role: 'desk', deviceId: 1, deviceName: 'x' });
      expect(result.ok).toBe(false);
    } finally {
      desk.close();
    }
  });

  it('paired at launch, it starts connected and makes no local database', async () => {
    const dir = tmp();
    expect(
      await pairAtLaunch(dir, { address: `${hub.address}/pair#fp=${clinic.fingerprint}`, code: 'ABCD2345', deviceName: 'Desk 3', fingerprint: '' }),
    ).toBeNull();
    const desk = openConnectableFrontDesk(options(dir));
    try {
      expect(desk.mode).toBe('connected');
      expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(false);
      const info = await desk.handle('app.info', {});
      expect(info.ok && info.value.dbPath).toBe('');
    } finally {
      desk.close();
    }
    expect(fs.existsSync(path.join(dir, DATABASE_FILE))).toBe(false);
  });

  it("sharing follows connecting and disconnecting at once: a PC back on its own data can share without a restart", async () => {
    const desk = openConnectableFrontDesk(options(tmp()));
    const sharing = shareWhileLocal({ frontDesk: desk, rendererDir: '/nonexistent', bindAddress: '127.0.0.1', log: () => {} });
    const port = 49_000 + Math.floor(Math.random() * 2000);
    const share = async (on: boolean) => {
      const status = await desk.handle('network.update', { sharing: on, port });
      if (!status.ok) throw new Error(JSON.stringify(status.error));
      return status.value;
    };
    const answersTls = () =>
      new Promise<boolean>((resolve) => {
        const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
    const connect = () => desk.handle('connection.connect', { address: hub.address, fingerprint: clinic.fingerprint, code: 'ABCD2345', deviceName: 'Desk 4' });
    try {
      expect((await share(true)).running).toBe(true);
      expect(await connect()).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'sharing' } } }); // the hub of its devices
      expect((await share(false)).running).toBe(false);

      expect((await connect()).ok).toBe(true);
      expect(desk.local()).toBeNull();
      expect((await desk.handle('connection.disconnect', {})).ok).toBe(true);

      expect((await share(true)).running).toBe(true); // the new local core's listener, started at once
      expect(await answersTls()).toBe(true);
      expect((await share(false)).running).toBe(false);
      expect(await answersTls()).toBe(false);
    } finally {
      await sharing.stop();
      desk.close();
    }
  });
});

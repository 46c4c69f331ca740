// A paired desk whose hub got a new address (DHCP, another Wi-Fi) takes the new one without
// pairing again, once the hub there proves to be the same: the pinned clinic CA and this PC's
// credential. Another clinic's CA, a hub that no longer knows this PC, or nothing at the
// address leave hub.json as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestAuthority, type TestAuthority } from '../../support/test-certs';
import { startFakeHub, type FakeHub } from '../../support/fake-hub';
import { openConnectableFrontDesk, type ConnectableFrontDesk } from '../../../electron/app/connectable';
import { readHubLink } from '../../../electron/app/remote/hub-link';
import { freePort } from '../../support/ports';

let clinic: TestAuthority;
let first: FakeHub;
const dirs: string[] = [];
const hubs: FakeHub[] = [];
const options = (dataDir: string) => ({ dataDir, host: 'web' as const, version: '1.0.0', systemLocale: 'ko-KR', log: () => {}, hubTimeoutMs: 2000 });
const leaf = () => ({ ...clinic.leaf({ ips: ['127.0.0.1'] }), caPem: clinic.caPem });

async function pairedDesk(): Promise<{ desk: ConnectableFrontDesk; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-move-hub-'));
  dirs.push(dir);
  const desk = openConnectableFrontDesk(options(dir));
  const connected = await desk.handle('connection.connect', { address: first.address, fingerprint: clinic.fingerprint, code: 'ABCD2345', deviceName: 'Desk 2' });
  expect(connected.ok).toBe(true);
  return { desk, dir };
}

beforeAll(async () => {
  clinic = makeTestAuthority();
  first = await startFakeHub(leaf());
});
afterAll(async () => {
  for (const hub of [first, ...hubs]) await hub.close().catch(() => undefined);
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("a desk takes its hub's new address", () => {
  it('checks the hub there by the pinned CA and its credential, then works there', async () => {
    const { desk, dir } = await pairedDesk();
    try {
      const paired = readHubLink(dir)!;
      const moved = await startFakeHub(leaf());
      hubs.push(moved);
      const typed = moved.address.replace('https://', ''); // as the hub's Settings shows it
      expect(await desk.handle('connection.moveHub', { address: typed })).toEqual({ ok: true, value: { hubAddress: moved.address } });
      // The same pairing at the new address: credential, device and pinned CA kept.
      expect(readHubLink(dir)).toEqual({ ...paired, address: moved.address });
      await desk.handle('calls.search', { text: 'x' });
      expect(moved.requests.at(-1)?.channel).toBe('calls.search');
      expect(moved.pairAttempts).toBe(0);
    } finally {
      desk.close();
    }
  });

  it('refuses another CA, a hub that does not know this PC, nothing there and a non-address; hub.json stays', async () => {
    const { desk, dir } = await pairedDesk();
    try {
      const before = fs.readFileSync(path.join(dir, 'hub.json'), 'utf8');
      const other = makeTestAuthority('Another clinic');
      const impostor = await startFakeHub({ ...other.leaf({ ips: ['127.0.0.1'] }), caPem: other.caPem });
      const stranger = await startFakeHub({ ...leaf(), credential: 'another-credential-0123456789abcdef0123' });
      hubs.push(impostor, stranger);
      const nobody = `127.0.0.1:${await freePort()}`;
      expect(await desk.handle('connection.moveHub', { address: impostor.address })).toMatchObject({ ok: false, error: { code: 'hub-unreachable', details: { reason: 'certificate' } } });
      expect(impostor.requests).toHaveLength(0); // it got no credential
      expect(await desk.handle('connection.moveHub', { address: stranger.address })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(await desk.handle('connection.moveHub', { address: nobody })).toMatchObject({ ok: false, error: { code: 'pairing', details: { reason: 'not-a-hub' } } });
      expect(await desk.handle('connection.moveHub', { address: 'http://127.0.0.1' })).toMatchObject({ ok: false, error: { code: 'pairing', details: { reason: 'address' } } });
      // A pairing link of a hub with another CA (set up again): said before anything is sent.
      expect(await desk.handle('connection.moveHub', { address: `${impostor.address}/pair#fp=${other.fingerprint}` })).toMatchObject({
        ok: false,
        error: { code: 'pairing', details: { reason: 'other-hub' } },
      });
      // The clinic's CA, but a certificate that does not name what was typed.
      const elsewhere = await startFakeHub({ ...clinic.leaf({ ips: ['127.0.0.2'] }), caPem: clinic.caPem });
      hubs.push(elsewhere);
      expect(await desk.handle('connection.moveHub', { address: elsewhere.address })).toMatchObject({ ok: false, error: { code: 'pairing', details: { reason: 'address-name' } } });
      expect(elsewhere.requests).toHaveLength(0);
      expect(await desk.handle('connection.moveHub', { address: '127.0.0.1', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(fs.readFileSync(path.join(dir, 'hub.json'), 'utf8')).toBe(before);
    } finally {
      desk.close();
    }
  });

  it('is for a connected desk only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-move-hub-'));
    dirs.push(dir);
    const desk = openConnectableFrontDesk(options(dir));
    try {
      expect(await desk.handle('connection.moveHub', { address: first.address })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    } finally {
      desk.close();
    }
  });

  it('sends a write lost before the move again with the same key, so the hub can answer it once', async () => {
    const silent = await startFakeHub({ ...leaf(), silent: true });
    hubs.push(silent);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-move-hub-'));
    dirs.push(dir);
    const desk = openConnectableFrontDesk({ ...options(dir), hubTimeoutMs: 500 });
    try {
      expect((await desk.handle('connection.connect', { address: silent.address, fingerprint: clinic.fingerprint, code: 'ABCD2345', deviceName: 'Desk 3' })).ok).toBe(true);
      const call = { kind: 'session', caller: { name: '김민지' }, quoteLang: 'ko', outcome: 'thinking', request: { items: [{ serviceId: 'aroma', minutes: 90 }] } };
      expect(await desk.handle('calls.save', call)).toMatchObject({ ok: false, error: { details: { outcome: 'unknown' } } });
      const lostKey = silent.requests.at(-1)?.key;
      expect(lostKey).toMatch(/^[0-9a-f-]{36}$/);
      const moved = await startFakeHub(leaf());
      hubs.push(moved);
      expect((await desk.handle('connection.moveHub', { address: moved.address })).ok).toBe(true);
      await desk.handle('calls.save', call);
      expect(moved.requests.at(-1)).toMatchObject({ channel: 'calls.save', key: lostKey });
    } finally {
      desk.close();
    }
  });
});

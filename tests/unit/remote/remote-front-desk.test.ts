// Connect mode against a stand-in hub over real TLS: pairing checks the CA's fingerprint
// before it sends the code, every call carries the credential, a certificate from any other
// CA is refused before anything is sent, and a hub that is down or silent is reported as
// 'hub-unreachable' (never a crash, never a local write).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTestAuthority, type TestAuthority } from '../../support/test-certs';
import { startFakeHub, type FakeHub } from '../../support/fake-hub';
import { pairWithHub } from '../../../electron/app/remote/pairing';
import { hubFilePath, readHubLink, writeHubLink, type HubLink } from '../../../electron/app/remote/hub-link';
import { openRemoteFrontDesk, type RemoteFrontDesk } from '../../../electron/app/remote/remote-front-desk';
import { pinnedTlsOptions } from '../../../electron/app/remote/pinning';
import { failureOf } from '../../support/failure';

let clinic: TestAuthority;
let other: TestAuthority;
let hub: FakeHub;
const opened: { close(): unknown }[] = [];
const dirs: string[] = [];

function tmpDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-remote-'));
  dirs.push(dir);
  return dir;
}

beforeAll(async () => {
  clinic = makeTestAuthority('Clinic CA');
  other = makeTestAuthority('Other CA');
  hub = await startFakeHub({ ...clinic.leaf({ ips: ['127.0.0.1'] }), caPem: clinic.caPem });
});
afterAll(async () => {
  await hub.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

async function paired(): Promise<HubLink> {
  return pairWithHub({ address: hub.address, fingerprint: clinic.fingerprint, code: 'ABCD2345', deviceName: 'Desk 2' });
}

function remote(link: HubLink, extra: Partial<Parameters<typeof openRemoteFrontDesk>[0]> = {}): RemoteFrontDesk {
  const desk = openRemoteFrontDesk({ dataDir: tmpDir(), link, host: 'web', version: '1.0.0', log: () => {}, ...extra });
  opened.push(desk);
  return desk;
}

describe('pairing from a desk PC', () => {
  it('checks the CA against the fingerprint, sends the code and returns a link with the credential', async () => {
    const link = await paired();
    expect(link).toMatchObject({ address: hub.address, fingerprint: clinic.fingerprint, deviceId: 7, role: 'desk', deviceName: 'Desk 2' });
    expect(link.caPem).toContain('BEGIN CERTIFICATE');
    expect(link.credential.length).toBeGreaterThan(20);
  });

  it('takes the fingerprint from the pairing link of the QR code, in any case and without colons', async () => {
    const bare = clinic.fingerprint.replaceAll(':', '').toLowerCase();
    const link = await pairWithHub({ address: `${hub.address}/pair#fp=${bare}`, code: 'ABCD2345', deviceName: 'Desk 3' });
    expect(link.fingerprint).toBe(clinic.fingerprint);
  });

  it('refuses a hub whose CA is not the fingerprint given, before the code is sent', async () => {
    const before = hub.pairAttempts;
    const failure = await failureOf(
      pairWithHub({ address: hub.address, fingerprint: other.fingerprint, code: 'ABCD2345', deviceName: 'Desk 2' }),
    );
    expect(failure.code).toBe('pairing');
    expect(failure.details).toEqual({ reason: 'fingerprint' });
    expect(hub.pairAttempts).toBe(before);
  });

  it('says why: a wrong code, no fingerprint and a hub that proves nothing, a malformed one, not an https address', async () => {
    const base = { address: hub.address, fingerprint: clinic.fingerprint, code: 'WRONG999', deviceName: 'Desk 2' };
    expect((await failureOf(pairWithHub(base))).details).toEqual({ reason: 'code' });
    // No fingerprint: the code must prove the hub first, which this stand-in cannot (no /pair/proof).
    const before = hub.pairAttempts;
    expect((await failureOf(pairWithHub({ ...base, fingerprint: '', code: 'ABCD2345' }))).details).toEqual({ reason: 'code-or-hub' });
    expect(hub.pairAttempts).toBe(before);
    expect((await failureOf(pairWithHub({ ...base, fingerprint: 'AB:CD' }))).details).toEqual({ reason: 'fingerprint-format' });
    expect((await failureOf(pairWithHub({ ...base, address: 'http://127.0.0.1:1' }))).details).toEqual({ reason: 'address' });
  });

  it('reports a hub that does not answer as unreachable', async () => {
    const port = await closedPort();
    const failure = await failureOf(
      pairWithHub({ address: `127.0.0.1:${port}`, fingerprint: clinic.fingerprint, code: 'ABCD2345', deviceName: 'Desk 2' }),
    );
    expect(failure.code).toBe('hub-unreachable');
  });
});

describe('hub.json', () => {
  it('is written for this user only and read back; a CA that does not match its fingerprint is refused', async () => {
    const dir = tmpDir();
    const link = await paired();
    writeHubLink(dir, link);
    expect(fs.statSync(hubFilePath(dir)).mode & 0o777).toBe(0o600);
    expect(readHubLink(dir)).toEqual(link);
    writeHubLink(dir, { ...link, caPem: other.caPem });
    expect(() => readHubLink(dir)).toThrow(/fingerprint/);
    expect(readHubLink(tmpDir())).toBeNull();
  });
});

describe('the remote front desk', () => {
  it('forwards each channel with the credential and returns the hub answer unchanged', async () => {
    const desk = remote(await paired());
    const result = await desk.handle('calls.search', { text: '010' });
    expect(result).toEqual({ ok: true, value: { channel: 'calls.search', input: { text: '010' } } });
    expect(hub.requests.at(-1)).toMatchObject({ channel: 'calls.search', credential: expect.stringMatching(/^test-credential/) });
  });

  it('answers app.info itself: no local database', async () => {
    const desk = remote(await paired());
    const result = await desk.handle('app.info', {});
    expect(result.ok && result.value.dbPath).toBe('');
  });

  it('turns a refused credential into unauthorized', async () => {
    const desk = remote({ ...(await paired()), credential: 'revoked-credential-000000000000000000' });
    expect(await desk.handle('clients.search', { text: 'kim' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('keeps this PC\'s UI language locally and sends nothing for it', async () => {
    const dir = tmpDir();
    const link = await paired();
    writeHubLink(dir, link);
    const settingsHub = await startFakeHub({
      ...clinic.leaf({ ips: ['127.0.0.1'] }),
      caPem: clinic.caPem,
      answer: (channel) => (channel === 'settings.get' ? { uiLanguage: 'ko', businessName: 'Hub' } : null),
    });
    try {
      const desk = remote({ ...link, address: settingsHub.address }, { dataDir: dir });
      const updated = await desk.handle('settings.update', { uiLanguage: 'en' });
      expect(updated).toEqual({ ok: true, value: { uiLanguage: 'en', businessName: 'Hub' } });
      expect(settingsHub.requests.map((r) => r.channel)).toEqual(['settings.get']);
      expect(readHubLink(dir)?.uiLanguage).toBe('en');
      const got = await desk.handle('settings.get', {});
      expect(got.ok && got.value.uiLanguage).toBe('en');
    } finally {
      await settingsHub.close();
    }
  });

  it('is unreachable, not broken, when the hub is down or does not answer in time', async () => {
    const link = await paired();
    const down = remote({ ...link, address: `https://127.0.0.1:${await closedPort()}` });
    expect(await down.handle('calls.search', {})).toMatchObject({ ok: false, error: { code: 'hub-unreachable', details: { reason: 'network', write: false } } });
    // A write says so, so the screen can say that nothing was saved (a read: not loaded).
    expect(await down.handle('clients.archive', { id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'hub-unreachable', details: { reason: 'network', write: true } },
    });

    const silent = await startFakeHub({ ...clinic.leaf({ ips: ['127.0.0.1'] }), caPem: clinic.caPem, silent: true });
    try {
      const slow = remote({ ...link, address: silent.address }, { timeoutMs: 300 });
      expect(await slow.handle('calls.search', {})).toMatchObject({ ok: false, error: { code: 'hub-unreachable', details: { reason: 'network' } } });
      // A write sent but never answered may have been saved: not "nothing was saved".
      expect(await slow.handle('clients.archive', { id: 1 })).toMatchObject({
        ok: false,
        error: { code: 'hub-unreachable', details: { reason: 'network', write: true, outcome: 'unknown' } },
      });
    } finally {
      await silent.close();
    }
  });
});

describe('pinning', () => {
  it('refuses a hub certificate from another CA, for the same address, before sending anything', async () => {
    const link = await paired();
    const impostor = await startFakeHub({ ...other.leaf({ ips: ['127.0.0.1'] }), caPem: other.caPem, credential: link.credential });
    try {
      const desk = remote({ ...link, address: impostor.address });
      expect(await desk.handle('clients.search', { text: 'kim' })).toEqual({
        ok: false,
        error: { code: 'hub-unreachable', details: { reason: 'certificate', hubAddress: impostor.address, write: false } },
      });
      expect(impostor.requests).toEqual([]);
    } finally {
      await impostor.close();
    }
  });

  it('refuses a certificate that chains to another trusted CA (as a public one would): the root must be the pinned CA', async () => {
    const impostor = await startFakeHub({ ...other.leaf({ ips: ['127.0.0.1'] }), caPem: other.caPem });
    try {
      const options = pinnedTlsOptions({ caPem: clinic.caPem, fingerprint: clinic.fingerprint });
      // As if the system trusted the other CA too: the chain verifies, the pin does not.
      const { request } = await import('node:https');
      const error = await new Promise<unknown>((resolve) => {
        const req = request(impostor.address, { ...options, ca: [clinic.caPem, other.caPem], agent: false }, () => resolve(null));
        req.on('error', resolve);
        req.end();
      });
      expect((error as { code?: string }).code).toBe('ERR_FRONT_DESK_PIN');
      expect(impostor.requests).toEqual([]);
    } finally {
      await impostor.close();
    }
  });

  it('refuses a certificate for another name, even from the pinned CA', async () => {
    const link = await paired();
    const renamed = await startFakeHub({ ...clinic.leaf({ dns: ['other-pc.local'] }), caPem: clinic.caPem, credential: link.credential });
    try {
      const desk = remote({ ...link, address: renamed.address });
      const result = await desk.handle('clients.search', { text: 'kim' });
      expect(result).toMatchObject({ ok: false, error: { code: 'hub-unreachable', details: { reason: 'certificate' } } });
    } finally {
      await renamed.close();
    }
  });

  it('refuses a pin whose CA does not match its fingerprint', () => {
    expect(() => pinnedTlsOptions({ caPem: other.caPem, fingerprint: clinic.fingerprint })).toThrow();
  });
});

describe('change events', () => {
  it('relays the hub events, reports losing the hub and reconnects on its own', async () => {
    const desk = remote(await paired(), { eventsBackoffMs: { first: 50, max: 200 } });
    const seen: string[][] = [];
    desk.onChange((change) => seen.push(change.domains));
    await until(() => desk.reachable === true && hub.eventStreams() > 0);
    hub.push(['calls']);
    await until(() => seen.some((d) => d[0] === 'calls'));
    hub.dropEvents();
    await until(() => seen.filter((d) => d[0] === 'hub').length >= 2 && desk.reachable === true && hub.eventStreams() > 0);
    hub.push(['clients']);
    await until(() => seen.some((d) => d[0] === 'clients'));
    expect(seen.filter((d) => d[0] === 'hub').length).toBeGreaterThanOrEqual(3); // up, lost, up again
  });
});

async function until(condition: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

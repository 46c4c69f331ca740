// The clinic network across two hosts: the hub in one network namespace (its core, its own
// screens on loopback, sharing on its LAN address), a desk PC in another (the web host in
// connect mode, and its browser), joined by a veth pair. Made by the test as root; skipped,
// saying why, where namespaces cannot be made. One hub and one desk serve every case.
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Channel, ResultOf } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { CHROMIUM_ARGS, chromiumPath, rendererDir, settled } from './support/app';
import { makeNetwork, type TestNetwork } from './support/netns';
import { makeTestAuthority } from '../support/test-certs';
import { connectionPage } from './pages/connection';
import { callsPage } from './pages/calls';
import { scriptedCall } from './pages/quote';

const root = join(import.meta.dirname, '../..');
const made = makeNetwork();
const skip = 'skip' in made ? made.skip : null;
if (skip) console.warn(`tests/e2e/network.test.ts skipped: ${skip}`);

type Answer = [number, { ok?: boolean; credential?: string; deviceId?: number; value?: { role?: string }; error?: { code: string } } | null];

describe.skipIf(skip !== null)('the clinic network across two hosts', () => {
  const network = made as TestNetwork;
  const dirs: string[] = [];
  const processes: ChildProcess[] = [];
  const browsers: Browser[] = [];
  let hub: ChildProcess;
  let hubUrl = '';
  let lanAddress = '';
  let deskUrl = '';
  let hubPage: Page;
  let deskPage: Page;
  let nextId = 1;
  const waiting = new Map<number, (result: ApiResult<unknown>) => void>();

  const tmp = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };

  /** A channel run at the hub by its own user (as its Settings screen would). */
  function atHub<C extends Channel>(channel: C, input: unknown): Promise<ResultOf<C>> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, (result) => (result.ok ? resolve(result.value as ResultOf<C>) : reject(new Error(JSON.stringify(result.error)))));
      hub.send({ id, channel, input });
    });
  }

  /** Runs a Node script on the desk's machine (its namespace): a device talking to the hub. */
  function onDeskMachine(script: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const child = network.spawnIn(network.desk, process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(err))));
    });
  }

  /** POSTs from the desk's machine to the hub's LAN listener; [status, body] per request. */
  const postFromDesk = (requests: { path: string; body: unknown; credential?: string }[]) =>
    onDeskMachine(`
      import https from 'node:https';
      const agent = new https.Agent({ rejectUnauthorized: false }); // what is tested here is the hub's answer
      const post = (path, body, credential) => new Promise((resolve, reject) => {
        const data = JSON.stringify(body);
        const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) };
        if (credential) headers.authorization = 'Bearer ' + credential;
        const req = https.request(${JSON.stringify(`https://${network.hub.address}:47820`)} + path, { method: 'POST', agent, headers }, (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => { let json = null; try { json = JSON.parse(text); } catch {} resolve([res.statusCode, json]); });
        });
        req.on('error', reject);
        req.end(data);
      });
      const out = [];
      for (const r of ${JSON.stringify(requests)}) out.push(await post(r.path, r.body, r.credential));
      console.log(JSON.stringify(out));
    `) as Promise<Answer[]>;

  function started(child: ChildProcess, pattern: RegExp): Promise<string> {
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`did not start: ${out}`)), 60_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const found = pattern.exec(out);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
  }

  async function browserIn(ns: TestNetwork['hub']) {
    const browser = await chromium.launch({ executablePath: network.chromiumIn(ns, chromiumPath()), args: CHROMIUM_ARGS, headless: true });
    browsers.push(browser);
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 860 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    return context.newPage();
  }

  beforeAll(async () => {
    if (!rendererDir) throw new Error('no renderer');
    // The hub: its core, loopback host and LAN listener, in its namespace.
    hub = network.spawnIn(
      network.hub,
      process.execPath,
      ['--import', 'tsx', join(root, 'tests/e2e/support/network-hub.ts'), tmp('fd-net-hub-'), network.hub.address, 'e2e-hub-token'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
    );
    processes.push(hub);
    hub.stderr!.on('data', () => undefined);
    hubUrl = await new Promise<string>((resolve, reject) => {
      hub.on('message', (message: { ready?: string; id?: number; result?: ApiResult<unknown> }) => {
        if (message.ready) resolve(message.ready);
        if (message.id) waiting.get(message.id)?.(message.result!);
      });
      hub.on('exit', (code) => reject(new Error(`the hub process ended (${code})`)));
    });
    const status = await atHub('network.update', { sharing: true });
    expect(status.running).toBe(true);
    lanAddress = `https://${network.hub.address}:${status.port}`;

    // The desk: the built web host, on its own data folder, in the other namespace.
    const desk = network.spawnIn(network.desk, process.execPath, [join(root, 'out/main/web-host.js'), '--data-dir', tmp('fd-net-desk-'), '--no-open'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'ko_KR.UTF-8', LC_ALL: 'ko_KR.UTF-8' }, // a Korean desk, as the hub
    });
    processes.push(desk);
    deskUrl = await started(desk, /web host: (http:\/\/\S+)/);

    [hubPage, deskPage] = await Promise.all([browserIn(network.hub), browserIn(network.desk)]);
    await Promise.all([hubPage.goto(hubUrl), deskPage.goto(deskUrl)]);
    await Promise.all([settled(hubPage), settled(deskPage)]);
  }, 120_000);

  afterAll(async () => {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    for (const child of processes) child.kill('SIGTERM');
    network.remove();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a different certificate at the hub\'s address: the pinned fingerprint does not match (pinning)', async () => {
    // An impostor on the hub's machine, with a certificate for that address from another CA.
    const other = makeTestAuthority('Impostor CA');
    const leaf = other.leaf({ ips: [network.hub.address] });
    const impostor = network.spawnIn(network.hub, process.execPath, ['--input-type=module', '-e', `
      import https from 'node:https';
      const server = https.createServer({ cert: ${JSON.stringify(leaf.certPem)}, key: ${JSON.stringify(leaf.keyPem)} }, (req, res) => {
        if (req.url === '/clinic-ca.crt') { res.writeHead(200); res.end(${JSON.stringify(other.caPem)}); return; }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ credential: 'stolen-credential-0123456789abcdef', role: 'desk', deviceId: 1 }));
      });
      server.listen(47821, ${JSON.stringify(network.hub.address)}, () => console.log('listening'));
    `], { stdio: ['ignore', 'pipe', 'pipe'] });
    processes.push(impostor);
    await started(impostor, /(listening)/);
    const status = await atHub('network.status', {});
    const code = await atHub('network.createPairingCode', { role: 'desk', deviceName: '프런트 2' });
    const connection = connectionPage(deskPage);
    await connection.openSettings();
    await connection.connect({ address: `${network.hub.address}:47821`, fingerprint: status.fingerprint!, code: code.code, deviceName: '프런트 2' });
    await connection.alert().filter({ hasText: connection.texts.errors.pairing.fingerprint }).waitFor();
    expect(await connection.connectedHeading().count()).toBe(0);
    impostor.kill('SIGTERM');
  });

  it('pairs a desk from its Settings, and a call saved there shows in the hub\'s call log without a reload', async () => {
    const code = await atHub('network.createPairingCode', { role: 'desk', deviceName: '프런트 2' });
    const connection = connectionPage(deskPage);
    await connection.openSettings();
    // The pairing link of the QR code carries the address and the fingerprint.
    await connection.connect({ address: code.url, code: code.code, deviceName: '프런트 2' });
    await deskPage.waitForEvent('load');
    await settled(deskPage);
    await connection.openSettings();
    await connection.connectedHeading().waitFor();

    const hubCalls = callsPage(hubPage);
    await hubCalls.open();
    const before = await hubCalls.rows().count();
    await hubPage.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await deskPage.keyboard.press('F1');
    await scriptedCall(deskPage, { serviceQuery: 'ㅇㄹㅁ', durationSteps: 1, persons: 1, when: 'now', caller: { phone: '010-3456-7890' } });

    await expect.poll(() => hubCalls.rows().count(), { timeout: 15_000 }).toBe(before + 1);
    expect(await hubCalls.rows().first().innerText()).toContain('7890');
    expect(await hubPage.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // Written at the hub, by that device.
    const devices = await atHub('devices.list', {});
    expect(devices.find((d) => d.name === '프런트 2')?.lastSeenAt).not.toBeNull();
  });

  it('kills a pairing code after five wrong tries', async () => {
    const code = await atHub('network.createPairingCode', { role: 'desk', deviceName: 'Desk 3' });
    const wrong = code.code === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA';
    const answers = await postFromDesk([
      ...Array.from({ length: 5 }, () => ({ path: '/pair', body: { code: wrong, deviceName: 'Desk 3' } })),
      { path: '/pair', body: { code: code.code, deviceName: 'Desk 3' } },
    ]);
    expect(answers.map(([status]) => status < 300)).toEqual([false, false, false, false, false, false]);
    expect(answers.every(([, body]) => !body?.credential)).toBe(true);
  });

  it('pairs a therapist, refuses it a desk channel, and shuts it out at once when revoked', async () => {
    const code = await atHub('network.createPairingCode', { role: 'therapist', deviceName: '치료실 1' });
    const [status, paired] = (await postFromDesk([{ path: '/pair', body: { code: code.code, deviceName: '치료실 1' } }]))[0]!;
    expect(status).toBe(200);
    const credential = paired!.credential!;
    const [session, prices] = (await postFromDesk([
      { path: '/api/app.session', body: {}, credential },
      { path: '/api/calls.search', body: {}, credential },
    ])) as [Answer, Answer];
    expect(session[0]).toBe(200);
    expect(session[1]?.value?.role).toBe('therapist');
    expect(prices[0]).toBe(403);

    await atHub('devices.revoke', { id: paired!.deviceId! });
    const after = (await postFromDesk([{ path: '/api/app.session', body: {}, credential }]))[0]!;
    expect(after[0]).toBe(401);
  });

  it('says plainly on the desk when the hub stops answering, and recovers by itself', async () => {
    const connection = connectionPage(deskPage);
    await connection.connectedHeading().or(deskPage.getByRole('navigation')).first().waitFor();
    await atHub('network.update', { sharing: false }); // the hub's listener goes away
    await connection.banner().waitFor({ timeout: 20_000 });
    await atHub('network.update', { sharing: true });
    await connection.banner().waitFor({ state: 'detached', timeout: 30_000 });
  });
});

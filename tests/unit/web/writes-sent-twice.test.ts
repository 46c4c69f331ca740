// Writes sent twice, at the loopback web host against the real core: the same write sent
// again with its Idempotency-Key is answered from memory and recorded once; a malformed key
// or a key reused for another call is refused as invalid input (400).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFrontDesk, type FrontDesk } from '../../../electron/app/front-desk';
import { startWebHost, type WebHost } from '../../../electron/web/server';

let dir: string;
let frontDesk: FrontDesk;
let host: WebHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-desk-twice-'));
  mkdirSync(join(dir, 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  frontDesk = openFrontDesk({ dataDir: join(dir, 'data'), host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {} });
  host = await startWebHost({ frontDesk, rendererDir: join(dir, 'renderer') });
});

afterAll(async () => {
  await host.close();
  frontDesk.close();
  rmSync(dir, { recursive: true, force: true });
});

function api(channel: string, body: unknown, key?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-front-desk-token': host.token };
  if (key !== undefined) headers['idempotency-key'] = key;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: `/api/${channel}`, method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const call = (name: string) => ({
  kind: 'session',
  caller: { name, phone: '010-1234-5678' },
  quoteLang: 'ko',
  request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  outcome: 'thinking',
});

async function callsNamed(name: string): Promise<number> {
  const found = await frontDesk.handle('calls.search', { text: name });
  if (!found.ok) throw new Error(JSON.stringify(found.error));
  return found.value.rows.length;
}

describe('a write sent twice to the web host', () => {
  it('is recorded once: the same key and call answers the first answer again', async () => {
    const key = crypto.randomUUID();
    const first = await api('calls.save', call('김두번'), key);
    const again = await api('calls.save', call('김두번'), key);
    expect(first).toMatchObject({ status: 200, json: { ok: true } });
    expect(again).toEqual(first);
    expect(await callsNamed('김두번')).toBe(1);
    // Without a key (or with another) each send is its own write, as before.
    await api('calls.save', call('김두번'));
    await api('calls.save', call('김두번'), crypto.randomUUID());
    expect(await callsNamed('김두번')).toBe(3);
  });

  it('refuses a key that is not a UUID, and one reused for another call, writing nothing', async () => {
    expect(await api('calls.save', call('박키'), 'not-a-uuid')).toEqual({
      status: 400,
      json: { ok: false, error: { code: 'invalid-input', details: { reason: 'request-id' } } },
    });
    const key = crypto.randomUUID();
    await api('calls.save', call('박키'), key);
    expect(await api('calls.save', call('박다른'), key)).toEqual({
      status: 400,
      json: { ok: false, error: { code: 'invalid-input', details: { reason: 'request-id-reused' } } },
    });
    expect([await callsNamed('박키'), await callsNamed('박다른')]).toEqual([1, 0]);
  });

  it('lets a read ignore the key', async () => {
    const key = crypto.randomUUID();
    expect((await api('calls.search', { text: '김두번' }, key)).json).toMatchObject({ ok: true });
    expect((await api('calls.search', { text: '박키' }, key)).json).toMatchObject({ ok: true });
  });
});

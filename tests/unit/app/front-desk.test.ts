// The core as the hosts call it, openFrontDesk().handle, on a real database file: input
// validation at the boundary and the channel map.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFrontDesk } from '../../../electron/app/front-desk';

const dir = mkdtempSync(join(tmpdir(), 'front-desk-core-'));
const core = openFrontDesk({ dataDir: dir, host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {}, now: () => new Date(2026, 2, 2, 10) });
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const issuesOf = (r: unknown) =>
  ((r as { error?: { code: string; details?: { issues?: { path: string }[] } } }).error?.details?.issues ?? []).map((i) => i.path);

describe('openFrontDesk().handle', () => {
  it('refuses dates that do not exist, wherever the contract takes a date', async () => {
    for (const bad of ['2026-02-31', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', 'today']) {
      const search = await core.handle('calls.search', { from: bad });
      expect(search, bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(issuesOf(search), bad).toEqual(['from']);
      expect(issuesOf(await core.handle('calls.search', { to: bad })), bad).toEqual(['to']);
      expect(issuesOf(await core.handle('calls.search', { followUpDueBy: bad })), bad).toEqual(['followUpDueBy']);
      expect(issuesOf(await core.handle('calls.update', { id: 1, expectedVersion: 1, followUp: bad })), bad).toEqual(['followUp']);
    }
    const enrollment = await core.handle('calls.save', {
      kind: 'enrollment',
      caller: {},
      quoteLang: 'ko',
      request: { programId: 'p', paymentPlanId: 'q', startDate: '2026-02-30' },
      outcome: 'thinking',
      followUp: '2026-06-31',
    });
    expect(issuesOf(enrollment).sort()).toEqual(['followUp', 'request.startDate']);
  });

  it('accepts real dates, leap days included', async () => {
    for (const good of ['2026-02-28', '2028-02-29', '2000-02-29', '2026-12-31']) {
      expect(await core.handle('calls.search', { from: good, to: good }), good).toMatchObject({ ok: true });
    }
  });

  it('answers calls.byPhone from the stored calls, and no longer has the unused quote channels', async () => {
    const saved = await core.handle('calls.save', {
      kind: 'session',
      caller: { name: '김민수', phone: '010-1234-5678' },
      quoteLang: 'ko',
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
      outcome: 'thinking',
    });
    expect(saved.ok).toBe(true);
    const byPhone = await core.handle('calls.byPhone', { phone: '+82 10 1234 5678' });
    expect(byPhone).toMatchObject({ ok: true, value: [{ callerName: '김민수' }] });
    for (const gone of ['quote.compute', 'enrollment.compute']) {
      expect(await core.handle(gone as never, { items: [{ serviceId: 'aroma', minutes: 90 }] })).toMatchObject({
        ok: false,
        error: { code: 'not-found', details: { channel: gone } },
      });
    }
  });

  it('refuses unknown keys at every level of an input instead of dropping them', async () => {
    const call = {
      kind: 'session',
      caller: { name: '김민수', phone: '010-1234-5678' },
      quoteLang: 'ko',
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
      outcome: 'thinking',
    };
    const cases: [unknown, string][] = [
      [{ ...call, extra: { nested: true } }, ''],
      [{ ...call, caller: { ...call.caller, age: 40 } }, 'caller'],
      [{ ...call, request: { ...call.request, couponz: 'X' } }, 'request'],
      [{ ...call, request: { items: [{ serviceId: 'aroma', minutes: 90, room: 3 }] } }, 'request.items.0'],
    ];
    const before = await core.handle('calls.search', {});
    for (const [input, path] of cases) {
      const result = await core.handle('calls.save', input);
      expect(result, path).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(issuesOf(result), path).toEqual([path]);
    }
    expect(await core.handle('calls.search', {})).toEqual(before);
    expect(await core.handle('calls.search', { text: 'x', sort: 'asc' })).toMatchObject({ ok: false });
    expect(await core.handle('settings.update', { paperSize: 'A4', theme: 'dark' })).toMatchObject({ ok: false });
    expect(await core.handle('calls.get', { id: 1, include: ['all'] })).toMatchObject({ ok: false });
  });

  it('refuses a NUL character in free text rather than failing inside SQLite', async () => {
    for (const input of [{ text: 'a\u0000b' }, { text: '\u0000' }]) {
      expect(issuesOf(await core.handle('calls.search', input))).toEqual(['text']);
      expect(issuesOf(await core.handle('calls.exportCsv', input))).toEqual(['text']);
    }
  });

  it('answers the clients channels: strict inputs, a bad number refused by its field, a call joining its client', async () => {
    expect(issuesOf(await core.handle('clients.create', { name: 'A', lang: 'ko', vip: true }))).toEqual(['']);
    expect(issuesOf(await core.handle('clients.create', { name: 'A' }))).toEqual(['lang']);
    expect(issuesOf(await core.handle('clients.update', { id: 1, expectedVersion: 1, name: 'a\u0000' }))).toEqual(['name']);
    expect(issuesOf(await core.handle('clients.merge', { keepId: 1, mergeId: 2, force: true }))).toEqual(['']);
    for (const phone of ['abcd', '12', '010-1234-567890123']) {
      expect(await core.handle('clients.create', { name: 'A', phone, lang: 'ko' }), phone).toEqual({
        ok: false,
        error: { code: 'invalid-phone', details: { field: 'phone' } },
      });
    }
    const saved = await core.handle('calls.save', {
      kind: 'session',
      caller: { name: '박지훈', phone: '010-7777-8888' },
      quoteLang: 'ko',
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
      outcome: 'thinking',
      addClient: true,
    });
    if (!saved.ok) throw new Error('not saved');
    const client = await core.handle('clients.byPhone', { phone: '01077778888' });
    expect(client).toMatchObject({ ok: true, value: { id: saved.value.clientId, name: '박지훈' } });
    expect(await core.handle('clients.search', { text: 'ㅂㅈㅎ' })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await core.handle('calls.save', { ...{ kind: 'session', quoteLang: 'ko', outcome: 'thinking' }, caller: { phone: 'abcd' }, request: { items: [{ serviceId: 'aroma', minutes: 90 }] } })).toEqual({
      ok: false,
      error: { code: 'invalid-phone', details: { field: 'caller.phone' } },
    });
  });
});

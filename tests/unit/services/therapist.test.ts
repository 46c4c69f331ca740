// The therapist's channels through the core, as a paired tablet calls them (role
// 'therapist'), on a real database: who counts as today's and recent, one client as
// treating needs them, recording today's visit with the outside-the-prescription rule,
// and nothing priced or dialable in any answer.
import { describe, expect, it } from 'vitest';
import { answeredForm, signInput } from '../../support/intake';
import { openTestFrontDesk } from '../../support/core';
import { pairTestDevice } from '../../support/devices';

async function clinic() {
  const t = openTestFrontDesk('2026-11-27T10:00:00');
  const { ok, clock } = t;
  const tablet = pairTestDevice(t.dir, 'therapist', '관리실 2');
  const as = async <T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>) => {
    const r = await result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const today = await ok('clients.create', { name: '김민지', phone: '010-1234-5678', lang: 'ko' });
  const older = await ok('clients.create', { name: 'Jane Doe', lang: 'en' });
  const nobody = await ok('clients.create', { name: '박서준', lang: 'ko' });
  // a call three days ago adds its caller as a client
  clock.now = new Date('2026-11-24T18:30:00');
  const call = await ok('calls.save', {
    kind: 'session',
    quoteLang: 'ko',
    outcome: 'booked',
    caller: { name: '이서연', phone: '010-9999-8888' },
    request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  });
  clock.now = new Date('2026-11-27T10:00:00');
  const rx = await ok('prescriptions.create', {
    clientId: today.id,
    issuedOn: '2026-11-02',
    expiresOn: '2027-02-01',
    prescriber: { name: '김정민', clinic: '바른정형외과', phone: '02-555-7777' },
    diagnoses: [{ code: 'S93.4', text: '발목 염좌' }],
    areas: [{ region: 'ankle', side: 'left' }],
    sessions: 5,
  });
  await ok('visits.create', { clientId: today.id, prescriptionId: rx.id, date: '2026-11-27', minutes: 60, areas: [{ region: 'ankle', side: 'left' }], price: 80000 });
  await ok('visits.create', { clientId: older.id, prescriptionId: null, date: '2026-11-19', minutes: 60, areas: [{ region: 'neck' }], confirmOutside: true }); // 8 days ago
  await ok('intake.sign', signInput(today.id, answeredForm((a) => (a.health.feverToday = { answer: 'yes', details: '37.9' }))));
  return { ...t, as, tablet, ids: { today: today.id, older: older.id, nobody: nobody.id, caller: call.clientId! }, rx };
}

describe('therapist view: channels', () => {
  it("lists today's and the last 7 days' clients, today first; finds anyone else by name", async () => {
    const { core, as, ids, tablet } = await clinic();
    const { rows } = await as(core.handle('therapist.clients', {}, tablet));
    expect(rows.map((r) => [r.id, r.lastSeen, r.today, r.flagged])).toEqual([
      [ids.today, '2026-11-27', true, true],
      [ids.caller, '2026-11-24', false, false],
    ]);
    expect(rows[0]).toEqual({ id: ids.today, name: '김민지', lang: 'ko', birthDate: null, lastSeen: '2026-11-27', today: true, flagged: true });
    // 8 days ago is not recent; by name, any client is found
    const found = await as(core.handle('therapist.clients', { text: 'Jane' }, tablet));
    expect(found.rows).toEqual([{ id: ids.older, name: 'Jane Doe', lang: 'en', birthDate: null, lastSeen: null, today: false, flagged: false }]);
    expect((await as(core.handle('therapist.clients', { text: 'ㅂㅅㅈ' }, tablet))).rows.map((r) => r.id)).toEqual([ids.nobody]);
    // By name only: a phone number (whole or its last 4) tells a therapist nothing.
    for (const text of ['010-1234-5678', '5678', '9999']) {
      expect((await as(core.handle('therapist.clients', { text }, tablet))).rows, text).toEqual([]);
    }
  });

  it('finds a client by their name or initials, never by their email', async () => {
    const { core, as, ok, tablet } = await clinic();
    const hidden = await ok('clients.create', { name: '이하늘', email: 'hidden.person@naver.com', lang: 'ko' });
    const mail = await ok('clients.create', { name: 'Hana Kim', email: 'hana.kim@mail.com', lang: 'en' });
    const search = async (text: string) => (await as(core.handle('therapist.clients', { text }, tablet))).rows.map((r) => r.id);
    for (const text of ['hidden.person', 'naver.com', 'hidden', 'naver', 'hi', 'na', 'pe', 'hidden.person@naver.com', '이하늘 naver', 'mail.com', 'Hana mail']) {
      expect(await search(text), text).toEqual([]);
    }
    expect(await search('이하늘')).toEqual([hidden.id]);
    expect(await search('하늘')).toEqual([hidden.id]);
    expect(await search('ㅇㅎㄴ')).toEqual([hidden.id]);
    expect(await search('하')).toEqual([hidden.id]); // a Korean given name's start
    expect(await search('Hana')).toEqual([mail.id]); // also in her email: one row
    expect(await search('ki')).toEqual([mail.id]);
    expect(await search('hana KIM')).toEqual([mail.id]);
    expect(await search('이하늘 5678')).toEqual([hidden.id]); // digits are no part of a name
  });

  it('opens a client with the intake flags and form, the current prescription with today, and today\'s visits: no price, no phone', async () => {
    const { core, as, ids, rx, tablet } = await clinic();
    const view = await as(core.handle('therapist.client', { clientId: ids.today }, tablet));
    expect(view.today).toBe('2026-11-27');
    expect(view.intake.current?.flags).toEqual([{ id: 'feverToday', details: '37.9' }]);
    expect(view.intake.current?.answers?.visit.reason).toBe('허리 통증');
    expect(view.prescription).toMatchObject({ prescription: { id: rx.id, areas: [{ region: 'ankle', side: 'left' }] }, sessionsUsed: 1, sessionsLeft: 4 });
    expect(view.prescription?.today.withinPrescription).toBe(true);
    expect(view.todaysVisits).toHaveLength(1);
    const text = JSON.stringify(view);
    for (const word of ['price', 'insurerPaid', 'covered', 'policyId', '80000', '1234', '+82', '555', 'phone']) expect(text, word).not.toContain(word);
    expect(view.prescription?.prescription.prescriber).toEqual({ name: '김정민', license: '', clinic: '바른정형외과' });
  });

  it("records today's visit as this tablet's therapist; outside the prescription only after confirming", async () => {
    const { core, as, ids, rx, tablet } = await clinic();
    const back = { clientId: ids.today, prescriptionId: rx.id, minutes: 60, areas: [{ region: 'lower-back' as const }] };
    const refused = await core.handle('therapist.recordVisit', back, tablet);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'outside-prescription' } } });
    expect((await as(core.handle('therapist.client', { clientId: ids.today }, tablet))).todaysVisits).toHaveLength(1); // nothing written

    const outside = await as(core.handle('therapist.recordVisit', { ...back, confirmOutside: true }, tablet));
    expect(outside).toMatchObject({ date: '2026-11-27', therapist: '관리실 2', outsidePrescription: true, areas: [{ region: 'lower-back' }] });
    expect(outside).not.toHaveProperty('price');
    const ankle = await as(core.handle('therapist.recordVisit', { ...back, areas: [{ region: 'ankle', side: 'left' }] }, tablet));
    expect(ankle).toMatchObject({ outsidePrescription: false, therapist: '관리실 2' });
    const view = await as(core.handle('therapist.client', { clientId: ids.today }, tablet));
    expect(view.todaysVisits.map((v) => v.id)).toEqual([ankle.id, outside.id, expect.any(Number)]);
    expect(view.prescription).toMatchObject({ sessionsUsed: 3, sessionsLeft: 2 });
  });

  it('records nothing against a prescription the desk replaced meanwhile, nor for a client no longer active', async () => {
    const { core, ok, as, ids, rx, tablet } = await clinic();
    // The tablet opened the client; the desk then replaced the prescription (neck only).
    await as(core.handle('therapist.client', { clientId: ids.today }, tablet));
    const current = await ok('prescriptions.create', {
      clientId: ids.today,
      issuedOn: '2026-11-26',
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'M54.2' }],
      areas: [{ region: 'neck' }],
      replaces: rx.id,
    });
    const stale = { clientId: ids.today, prescriptionId: rx.id, minutes: 60, areas: [{ region: 'ankle' as const, side: 'left' as const }] };
    expect(await core.handle('therapist.recordVisit', stale, tablet)).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { reason: 'prescription-replaced', by: current.id } },
    });
    // An archived client is not on the tablet: neither opened nor visited.
    await ok('clients.archive', { id: ids.nobody, archived: true });
    expect(await core.handle('therapist.client', { clientId: ids.nobody }, tablet)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const visit = { clientId: ids.nobody, prescriptionId: null, minutes: 60, areas: [{ region: 'neck' as const }], confirmOutside: true };
    expect(await core.handle('therapist.recordVisit', visit, tablet)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await as(core.handle('therapist.client', { clientId: ids.today }, tablet))).todaysVisits).toHaveLength(1);
  });

  it('refuses unknown keys and a date of its own: the hub dates the visit', async () => {
    const { core, ids, tablet } = await clinic();
    const input = { clientId: ids.today, prescriptionId: null, minutes: 60, areas: [{ region: 'neck' }] };
    expect(await core.handle('therapist.recordVisit', { ...input, date: '2026-01-01' }, tablet)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.handle('therapist.recordVisit', { ...input, price: 1 }, tablet)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await core.handle('therapist.clients', { limit: 0 }, tablet)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

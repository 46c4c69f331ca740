// Two desks at once (optimistic concurrency, migration 009), through the core on a real
// database: for each versioned record, a save from the version loaded is accepted and bumps
// it; a save from an older version is refused with 'conflict' and the record as it is now,
// and writes nothing (no half-write); nothing is replaced unseen.
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/api/clients';
import type { PlanRecord } from '../../../shared/api/prescriptions';
import type { CallRecord } from '../../../shared/api/types';
import type { IntakeForm } from '../../../shared/intake';
import { answeredForm, signInput } from '../../support/intake';
import { openTestFrontDesk } from '../../support/core';

const currentOf = <T>(error: { code: string; details?: Record<string, unknown> }) => {
  expect(error).toMatchObject({ code: 'conflict', details: { reason: 'changed' } });
  return error.details!.current as T;
};

describe('row versions: a stale save is refused with the current record', () => {
  it('clients: desk 2 saving from version 1 after desk 1 saved gets desk 1\'s record, and nothing of its own is written', async () => {
    const { ok, refused } = openTestFrontDesk();
    const loaded = await ok('clients.create', { name: '김민지', phone: '010-1234-5678', lang: 'ko' });
    expect(loaded.rowVersion).toBe(1);
    const desk1 = await ok('clients.update', { id: loaded.id, expectedVersion: 1, note: '오전 선호' });
    expect(desk1).toMatchObject({ rowVersion: 2, note: '오전 선호' });

    const current = currentOf<Client>(await refused('clients.update', { id: loaded.id, expectedVersion: 1, name: '김민지 (딸)', email: 'mj@example.com' }));
    expect(current).toEqual(desk1);
    expect(await ok('clients.get', { id: loaded.id })).toEqual(desk1);
    // the search text was not rewritten either: the refused name is not findable
    expect((await ok('clients.search', { text: '딸' })).total).toBe(0);

    // from the version it was shown, desk 2's save goes through
    expect(await ok('clients.update', { id: loaded.id, expectedVersion: current.rowVersion, email: 'mj@example.com' })).toMatchObject({
      rowVersion: 3,
      note: '오전 선호',
      email: 'mj@example.com',
    });
    // a future version is as stale as a past one
    expect((await refused('clients.update', { id: loaded.id, expectedVersion: 9, note: '' })).code).toBe('conflict');
    // the version is required: an edit without one is refused at the boundary
    expect(await refused('clients.update', { id: loaded.id, note: '' })).toMatchObject({ code: 'invalid-input' });
  });

  it('clients: archiving, a merge and a call that renames the client all bump the version', async () => {
    const { ok, refused } = openTestFrontDesk();
    const a = await ok('clients.create', { name: 'Jane', phone: '010-1111-2222', lang: 'en' });
    const b = await ok('clients.create', { name: 'Jane D.', lang: 'en' });
    expect((await ok('clients.archive', { id: a.id, archived: true })).rowVersion).toBe(2);
    expect((await ok('clients.archive', { id: a.id, archived: false })).rowVersion).toBe(3);
    const merged = await ok('clients.merge', { keepId: a.id, mergeId: b.id });
    expect(merged.rowVersion).toBe(4);
    expect((await ok('clients.get', { id: b.id })).rowVersion).toBe(2);
    expect((await refused('clients.update', { id: a.id, expectedVersion: 3, note: 'x' })).code).toBe('conflict');
  });

  it('calls: outcome, note and follow-up edits are versioned', async () => {
    const { ok, refused } = openTestFrontDesk();
    const saved = await ok('calls.save', {
      kind: 'session',
      quoteLang: 'ko',
      outcome: 'thinking',
      caller: { name: '김민지', phone: '010-1234-5678' },
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
    });
    expect(saved.rowVersion).toBe(1);
    const desk1 = await ok('calls.update', { id: saved.id, expectedVersion: 1, outcome: 'booked' });
    expect(desk1.rowVersion).toBe(2);
    const current = currentOf<CallRecord>(await refused('calls.update', { id: saved.id, expectedVersion: 1, outcome: 'declined', note: '비싸다고 함' }));
    expect(current).toEqual(desk1);
    expect(await ok('calls.get', { id: saved.id })).toEqual(desk1);
    expect((await ok('calls.search', { text: '비싸다고' })).total).toBe(0);
  });

  it('intake drafts: a stale draft save or signature is refused; a second new draft meets the first', async () => {
    const { ok, refused } = openTestFrontDesk();
    const client = await ok('clients.create', { name: '김민지', lang: 'ko' });
    const draft = await ok('intake.saveDraft', { clientId: client.id, lang: 'ko', answers: answeredForm() });
    expect(draft.rowVersion).toBe(1);
    const desk1 = await ok('intake.saveDraft', {
      clientId: client.id,
      formId: draft.id,
      expectedVersion: 1,
      lang: 'ko',
      answers: answeredForm((a) => (a.visit.goals = '숙면')),
    });
    expect(desk1.rowVersion).toBe(2);

    const stale = { clientId: client.id, formId: draft.id, expectedVersion: 1 };
    expect(currentOf<IntakeForm>(await refused('intake.saveDraft', { ...stale, lang: 'ko', answers: answeredForm((a) => (a.visit.goals = '자세')) }))).toEqual(desk1);
    expect(currentOf<IntakeForm>(await refused('intake.sign', { ...signInput(client.id, answeredForm()), ...stale }))).toEqual(desk1);
    expect(await ok('intake.get', { id: draft.id })).toEqual(desk1); // still a draft, desk 1's answers
    // desk 2 started a new form while desk 1's draft was open: it is shown desk 1's draft
    expect(currentOf<IntakeForm>(await refused('intake.saveDraft', { clientId: client.id, lang: 'ko', answers: answeredForm() }))).toEqual(desk1);
    // formId and expectedVersion go together
    expect(await refused('intake.saveDraft', { clientId: client.id, formId: draft.id, lang: 'ko', answers: answeredForm() })).toMatchObject({
      code: 'invalid-input',
      details: { issues: [{ path: 'expectedVersion' }] },
    });

    const signed = await ok('intake.sign', { ...signInput(client.id, answeredForm()), formId: draft.id, expectedVersion: 2 });
    expect(signed).toMatchObject({ status: 'signed', rowVersion: 3 });
  });

  it('insurance plans: editing is versioned, and a new plan never replaces one with the same id', async () => {
    const { ok, refused } = openTestFrontDesk();
    const [example] = await ok('plans.list', { includeArchived: false });
    expect(example!.rowVersion).toBe(1);
    const fields = { ...example!, archived: undefined, example: undefined, rowVersion: undefined };
    const input = {
      id: fields.id,
      name: fields.name,
      currency: fields.currency,
      coveragePercent: 60,
    };
    const desk1 = await ok('plans.save', { ...input, expectedVersion: 1 });
    expect(desk1).toMatchObject({ rowVersion: 2, coveragePercent: 60 });
    expect(currentOf<PlanRecord>(await refused('plans.save', { ...input, coveragePercent: 50, expectedVersion: 1 }))).toEqual(desk1);
    // "new plan" with a taken id: shown the plan that has it, nothing replaced
    expect(currentOf<PlanRecord>(await refused('plans.save', { ...input, name: { ko: '새 플랜', en: 'New plan' } }))).toEqual(desk1);
    expect(await refused('plans.save', { ...input, id: 'no-such-plan', expectedVersion: 1 })).toMatchObject({ code: 'not-found' });
    expect((await ok('plans.archive', { id: input.id, archived: true })).rowVersion).toBe(3);
    expect((await ok('plans.save', { ...input, id: 'new-plan', name: { ko: '새 플랜', en: 'New plan' } })).rowVersion).toBe(1);
  });

  it('settings: a field changed by another desk since it was loaded is refused with the settings now, and nothing is stored', async () => {
    const { ok, refused } = openTestFrontDesk();
    const loaded = await ok('settings.get', {});
    const desk1 = await ok('settings.update', { businessName: '바른 마사지', expected: { businessName: loaded.businessName } });
    const error = await refused('settings.update', {
      businessName: '바른손 마사지',
      businessPhone: '02-555-0199',
      expected: { businessName: loaded.businessName, businessPhone: loaded.businessPhone },
    });
    expect(error).toMatchObject({ code: 'conflict', details: { reason: 'changed', current: desk1 } });
    expect(await ok('settings.get', {})).toEqual(desk1); // the phone was not stored either
    // a field nobody else changed goes through; so does one saved from what is stored now
    expect(await ok('settings.update', { businessPhone: '02-555-0199', expected: { businessPhone: loaded.businessPhone } })).toMatchObject({ businessPhone: '02-555-0199' });
    expect(await ok('settings.update', { businessName: '바른손 마사지', expected: { businessName: desk1.businessName } })).toMatchObject({ businessName: '바른손 마사지' });
  });

  it('catalog entries: saved against the entry as loaded; another desk\'s change of the same entry is refused with it', async () => {
    const { ok, refused } = openTestFrontDesk();
    const loaded = (await ok('catalog.get', {})).services[0]!;
    const desk1 = { ...loaded, name: { ...loaded.name, en: `${loaded.name.en} (new)` } };
    await ok('catalog.saveEntry', { list: 'services', entry: desk1, originalId: loaded.id, expected: loaded });
    const error = await refused('catalog.saveEntry', { list: 'services', entry: { ...loaded, active: false }, originalId: loaded.id, expected: loaded });
    expect(error).toMatchObject({ code: 'conflict', details: { reason: 'changed', current: desk1 } });
    expect((await ok('catalog.get', {})).services[0]).toEqual(desk1);
    // the same values with their keys in another order are the same entry
    const reordered = Object.fromEntries(Object.entries(desk1).reverse());
    expect((await ok('catalog.saveEntry', { list: 'services', entry: { ...desk1, active: false }, originalId: loaded.id, expected: reordered })).services[0]).toMatchObject({ active: false });
  });

  it('prescriptions are never edited in place: replacing one already replaced is refused with the replacement', async () => {
    const { ok, refused } = openTestFrontDesk();
    const client = await ok('clients.create', { name: '김민지', lang: 'ko' });
    const rx = {
      clientId: client.id,
      issuedOn: '2026-11-02',
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'S93.4' }],
      areas: [{ region: 'ankle' as const, side: 'left' as const }],
    };
    const first = await ok('prescriptions.create', rx);
    const desk1 = await ok('prescriptions.create', { ...rx, issuedOn: '2026-11-20', replaces: first.id });
    const error = await refused('prescriptions.create', { ...rx, issuedOn: '2026-11-21', replaces: first.id });
    expect(error).toMatchObject({ code: 'conflict', details: { reason: 'already-replaced', by: desk1.id, current: desk1 } });
    expect((await ok('prescriptions.list', { clientId: client.id })).length).toBe(2);
  });
});

// Intake forms through the core, on a real database: drafts, signing locks, versions after
// signing, the guardian, erasing on request, renewals due, a merge, and strict input.
import { describe, expect, it } from 'vitest';
import { answeredForm, drawnSignature, signInput } from '../../support/intake';
import { openTestFrontDesk } from '../../support/core';

const setup = (start = '2026-11-27T10:00:00') => openTestFrontDesk(start);

describe('intake forms', () => {
  it('draft, sign, locked, version 2 linked to version 1', async () => {
    const { ok, refused } = await setup();
    const client = await ok('clients.create', { name: '김민지', phone: '010-1234-5678', lang: 'ko' });
    expect(await ok('intake.client', { clientId: client.id })).toMatchObject({ current: null, draft: null, history: [], due: true, dueOn: null, guardianNeeded: null });

    const draft = await ok('intake.saveDraft', { clientId: client.id, lang: 'ko', answers: answeredForm() });
    expect(draft).toMatchObject({ version: 1, status: 'draft', previousId: null, templateVersion: 1, signedAt: null });
    const edited = await ok('intake.saveDraft', { clientId: client.id, formId: draft.id, expectedVersion: draft.rowVersion, lang: 'ko', answers: answeredForm((a) => (a.visit.goals = '숙면')) });
    expect(edited.answers?.visit.goals).toBe('숙면');
    expect(await refused('intake.saveDraft', { clientId: client.id, lang: 'ko', answers: answeredForm() })).toMatchObject({ code: 'conflict' });

    const answers = answeredForm((a) => {
      a.health.bloodClots = { answer: 'yes', details: '왼쪽 종아리 DVT 2025년' };
    });
    const signed = await ok('intake.sign', { ...signInput(client.id, answers), formId: draft.id, expectedVersion: edited.rowVersion });
    expect(signed).toMatchObject({ id: draft.id, status: 'signed', method: 'screen', signedOn: '2026-11-27', version: 1 });
    expect(signed.flags).toEqual([{ id: 'bloodClots', details: '왼쪽 종아리 DVT 2025년' }]);
    expect(signed.consent?.privacy).toMatch(/민감정보/);

    // Locked: no edit, no second signature.
    expect(await refused('intake.saveDraft', { clientId: client.id, formId: draft.id, expectedVersion: signed.rowVersion, lang: 'ko', answers })).toMatchObject({ code: 'intake-locked' });
    expect(await refused('intake.sign', { ...signInput(client.id, answers), formId: draft.id, expectedVersion: signed.rowVersion })).toMatchObject({ code: 'intake-locked' });
    expect(await ok('intake.get', { id: draft.id })).toEqual(signed);

    const intake = await ok('intake.client', { clientId: client.id });
    expect(intake).toMatchObject({ due: false, dueOn: '2027-11-27', draft: null });
    expect(intake.current?.id).toBe(signed.id);

    // An edit after signing is version 2, linked to version 1.
    const v2 = await ok('intake.saveDraft', { clientId: client.id, lang: 'ko', answers: { ...answers, visit: { ...answers.visit, goals: '자세 교정' } } });
    expect(v2).toMatchObject({ version: 2, previousId: signed.id, status: 'draft' });
    const v2signed = await ok('intake.sign', { ...signInput(client.id, v2.answers!), formId: v2.id, expectedVersion: v2.rowVersion });
    const after = await ok('intake.client', { clientId: client.id });
    expect(after.current?.id).toBe(v2signed.id);
    expect(after.history.map((h) => [h.version, h.status])).toEqual([
      [2, 'signed'],
      [1, 'signed'],
    ]);
    expect((await ok('intake.get', { id: signed.id })).answers?.visit.goals).toBe('');
  });

  it('refuses to sign with questions open or without the guardian, and writes nothing', async () => {
    const { ok, refused } = await setup();
    const teen = await ok('clients.create', { name: '이서연', birthDate: '2009-03-01', lang: 'ko' });
    expect((await ok('intake.client', { clientId: teen.id })).guardianNeeded).toBe(true);
    const open = answeredForm((a) => {
      a.health.pregnancy.answer = null;
      a.health.medications = { answer: 'yes', details: '와파린 SECRET' };
    });
    const error = await refused('intake.sign', signInput(teen.id, open));
    expect(error).toEqual({ code: 'intake-incomplete', details: { questions: ['pregnancy', 'bloodThinners', 'guardian'] } });
    expect(JSON.stringify(error)).not.toContain('SECRET');
    expect((await ok('intake.client', { clientId: teen.id })).history).toEqual([]);

    const input = signInput(teen.id, answeredForm());
    const withGuardian = { ...input, signing: { ...input.signing, guardian: { name: '이보호', relationship: '어머니', signature: drawnSignature() } } };
    expect((await ok('intake.sign', withGuardian)).signing).toMatchObject({ guardian: { name: '이보호', relationship: '어머니' } });
  });

  it('signed on paper records that the paper was signed', async () => {
    const { ok } = await setup();
    const c = await ok('clients.create', { name: 'Jane Doe', lang: 'en' });
    const input = signInput(c.id, answeredForm(), 'en');
    const form = await ok('intake.sign', { ...input, signing: { method: 'paper', recordedAt: '2026-11-27T01:00:00.000Z', guardian: null } });
    expect(form).toMatchObject({ method: 'paper', lang: 'en', consent: { lang: 'en' } });
  });

  it('erases on request: content gone, what and when kept; then intake is due again', async () => {
    const { ok, clock } = await setup();
    const c = await ok('clients.create', { name: '박지훈', lang: 'ko' });
    const v1 = await ok('intake.sign', signInput(c.id, answeredForm((a) => (a.health.feverToday.answer = 'yes'))));
    await ok('intake.saveDraft', { clientId: c.id, lang: 'ko', answers: answeredForm() });
    clock.now = new Date('2026-12-01T09:00:00');
    expect(await ok('intake.erase', { clientId: c.id })).toEqual({ erased: 2 });
    const erased = await ok('intake.get', { id: v1.id });
    expect(erased).toMatchObject({ status: 'erased', version: 1, signedOn: '2026-11-27', method: 'screen', answers: null, consent: null, signing: null, flags: [] });
    expect(erased.erasedAt).toBe(new Date('2026-12-01T09:00:00').toISOString());
    expect(await ok('intake.client', { clientId: c.id })).toMatchObject({ current: null, draft: null, due: true });
    expect(await ok('intake.erase', { clientId: c.id })).toEqual({ erased: 0 });
  });

  it('lists renewals due, soonest first, counting months from the signing day', async () => {
    const { ok, clock } = await setup('2025-10-15T10:00:00');
    const old = await ok('clients.create', { name: '오래된 고객', lang: 'ko' });
    await ok('intake.sign', signInput(old.id, answeredForm()));
    clock.now = new Date('2026-01-20T10:00:00');
    const recent = await ok('clients.create', { name: 'Recent', lang: 'en' });
    await ok('intake.sign', signInput(recent.id, answeredForm(), 'en'));
    await ok('clients.create', { name: '양식 없음', lang: 'ko' });

    clock.now = new Date('2026-10-14T10:00:00');
    expect((await ok('intake.renewalsDue', {})).rows).toEqual([]);
    clock.now = new Date('2026-10-15T10:00:00');
    expect(await ok('intake.renewalsDue', {})).toEqual({
      rows: [{ clientId: old.id, name: '오래된 고객', phone: null, lang: 'ko', signedOn: '2025-10-15', dueOn: '2026-10-15' }],
      total: 1,
    });
    await ok('intake.updateSettings', { renewalMonths: 6 });
    expect((await ok('intake.renewalsDue', {})).rows.map((r) => [r.name, r.dueOn])).toEqual([
      ['오래된 고객', '2026-04-15'],
      ['Recent', '2026-07-20'],
    ]);
    // A new signed form takes a client off the list; an archived client is not listed.
    await ok('intake.sign', signInput(old.id, answeredForm()));
    await ok('clients.archive', { id: recent.id, archived: true });
    expect(await ok('intake.renewalsDue', {})).toEqual({ rows: [], total: 0 });
  });

  it('a client merge moves the signed forms to the kept record', async () => {
    const { ok } = await setup();
    const keep = await ok('clients.create', { name: '김민지', phone: '010-1234-5678', lang: 'ko' });
    const dup = await ok('clients.create', { name: '김민지', lang: 'ko' });
    const form = await ok('intake.sign', signInput(dup.id, answeredForm()));
    const preview = await ok('clients.mergePreview', { keepId: keep.id, mergeId: dup.id });
    expect(preview.moves).toContainEqual({ table: 'intake_forms', count: 1 });
    await ok('clients.merge', { keepId: keep.id, mergeId: dup.id });
    expect((await ok('intake.get', { id: form.id })).clientId).toBe(keep.id);
    expect((await ok('intake.client', { clientId: keep.id })).current?.id).toBe(form.id);
  });

  it('refuses malformed content at the boundary', async () => {
    const { ok, refused } = await setup();
    const c = await ok('clients.create', { name: 'X', lang: 'en' });
    const good = answeredForm();
    const bad: [string, unknown][] = [
      ['unknown key', { ...good, extra: 1 }],
      ['sided region without side', { ...good, bodyMap: [{ region: 'ankle', pain: 3, note: '' }] }],
      ['side on a region that has none', { ...good, bodyMap: [{ region: 'neck', side: 'left', pain: 3, note: '' }] }],
      ['pain 11', { ...good, bodyMap: [{ region: 'neck', pain: 11, note: '' }] }],
      ['two marks for a region', { ...good, bodyMap: [{ region: 'neck', pain: 1, note: '' }, { region: 'neck', pain: 2, note: '' }] }],
      ['unknown region', { ...good, preferences: { ...good.preferences, avoid: [{ region: 'tail' }] } }],
      ['answer maybe', { ...good, health: { ...good.health, diabetes: { answer: 'maybe', details: '' } } }],
      ['weeks 60', { ...good, health: { ...good.health, pregnancyWeeks: 60 } }],
      ['missing question', { ...good, health: { ...good.health, epilepsy: undefined } }],
    ];
    for (const [what, answers] of bad) {
      expect(await refused('intake.saveDraft', { clientId: c.id, lang: 'en', answers }), what).toMatchObject({ code: 'invalid-input' });
    }
    const input = signInput(c.id, good, 'en');
    expect(await refused('intake.sign', { ...input, signing: { ...input.signing, client: { ...drawnSignature(), svg: '<script>alert(1)</script>' } } })).toMatchObject({ code: 'invalid-input' });
    expect(await refused('intake.sign', { ...input, consent: { ...input.consent, privacyAgreed: false } })).toMatchObject({ code: 'invalid-input' });
    expect(await refused('intake.sign', { ...input, consent: { ...input.consent, lang: 'ko' } })).toMatchObject({ code: 'invalid-input' });
    expect(await refused('intake.client', { clientId: 999 })).toMatchObject({ code: 'not-found' });
    expect((await ok('intake.client', { clientId: c.id })).history).toEqual([]);
  });

  it('caps the points of a signature in total, not only per stroke; a real signature passes', async () => {
    const { ok, refused } = await setup();
    const c = await ok('clients.create', { name: 'X', lang: 'en' });
    const input = signInput(c.id, answeredForm(), 'en');
    const [stroke] = drawnSignature().strokes;
    // strokes of `each` points, as signature_pad records them (a point per 16 ms at most)
    const drawn = (strokes: number, each: number) => ({
      ...drawnSignature(),
      strokes: Array.from({ length: strokes }, (_, s) => ({
        ...stroke!,
        points: Array.from({ length: each }, (_, i) => ({ x: 20 + (i % 400), y: 40 + s, pressure: 0.5, time: 1_700_000_000_000 + s * 100_000 + i * 16 })),
      })),
    });
    // 200 strokes of 5000 points each passed one by one: 1,000,000 points in one signature
    for (const [strokes, each] of [[5, 4500], [200, 101], [11, 2000]] as const) {
      expect(await refused('intake.sign', { ...input, signing: { ...input.signing, client: drawn(strokes, each) } }), `${strokes} x ${each}`).toMatchObject({ code: 'invalid-input' });
    }
    const guardian = { name: 'Ann', relationship: 'mother', signature: drawn(5, 4500) };
    expect(await refused('intake.sign', { ...input, signing: { ...input.signing, guardian } })).toMatchObject({ code: 'invalid-input' });
    // a long real signature: 12 strokes of 3 s each; a very slow one: 4 strokes of 80 s
    expect(await ok('intake.sign', { ...input, signing: { ...input.signing, client: drawn(12, 190) } })).toMatchObject({ status: 'signed' });
    const next = await ok('intake.client', { clientId: c.id });
    expect(next.current?.status).toBe('signed');
    expect(await ok('intake.sign', { ...input, signing: { ...input.signing, client: drawn(4, 5000) } })).toMatchObject({ status: 'signed' });
  });
});

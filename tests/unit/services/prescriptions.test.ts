// Prescriptions, visits, plans, policies and coverage through the core as the hosts call it
// (strict inputs, handlers, services) on a real database file.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openFrontDesk } from '../../../electron/app/front-desk';
import type { Channel, InputOf, ResultOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { validatePlan } from '../../../shared/coverage';
import { rulesPlan } from '../../../electron/services/prescriptions/rows';

let clock = new Date(2026, 10, 20, 10); // Friday 2026-11-20, local
const dirs: string[] = [];
function open() {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-rx-'));
  dirs.push(dir);
  const core = openFrontDesk({ dataDir: dir, host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {}, now: () => clock });
  return { core, dir };
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let core: ReturnType<typeof open>['core'];
let dir: string;
beforeEach(() => {
  clock = new Date(2026, 10, 20, 10);
  ({ core, dir } = open());
});

async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const r = await core.handle(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value;
}
async function refused<C extends Channel>(channel: C, input: unknown): Promise<ApiError> {
  const r = await core.handle(channel, input);
  if (r.ok) throw new Error(`${channel} was accepted`);
  return r.error;
}

const client = async (name = '김민지') => (await call('clients.create', { name, lang: 'ko' })).id;
const ankle = (clientId: number, extra: Partial<InputOf<'prescriptions.create'>> = {}) =>
  call('prescriptions.create', {
    clientId,
    issuedOn: '2026-11-02',
    expiresOn: '2027-02-01',
    prescriber: { name: '김정민', clinic: '바른정형외과' },
    diagnoses: [{ code: 's934', text: '발목 염좌' }],
    areas: [{ region: 'ankle', side: 'left' }],
    sessions: 3,
    perWeek: 2,
    ...extra,
  });
const visit = (clientId: number, prescriptionId: number | null, extra: Partial<InputOf<'visits.create'>> = {}) =>
  call('visits.create', { clientId, prescriptionId, date: '2026-11-20', minutes: 60, areas: [{ region: 'ankle', side: 'left' }], ...extra });

describe('prescriptions', () => {
  it('records a prescription with its codes normalized and shows its status for today', async () => {
    const id = await client();
    const rx = await ankle(id);
    expect(rx).toMatchObject({ clientId: id, diagnoses: [{ code: 'S93.4', text: '발목 염좌' }], replacedBy: null, scan: null });
    const [status] = await call('prescriptions.list', { clientId: id });
    expect(status).toMatchObject({ sessionsUsed: 0, sessionsLeft: 3, today: { withinPrescription: true, findings: [] } });
  });

  it('refuses what the spec refuses, naming the rule and the field', async () => {
    const id = await client();
    expect(await refused('prescriptions.create', { clientId: id, issuedOn: '2026-11-02', prescriber: { name: ' ' }, diagnoses: [{ text: 'x' }], areas: [{ region: 'neck' }] })).toMatchObject({
      code: 'invalid-input',
      details: { rule: 'invalid-prescription', field: 'prescriber.name' },
    });
    expect(await refused('prescriptions.create', { clientId: id, issuedOn: '2026-11-02', prescriber: { name: 'A' }, diagnoses: [{ code: 'M5' }], areas: [{ region: 'neck' }] })).toMatchObject({
      details: { rule: 'invalid-prescription', field: 'diagnoses[0].code' },
    });
    // strict boundary: unknown keys and a side on a region without sides
    expect((await refused('prescriptions.create', { clientId: id, issuedOn: '2026-11-02', prescriber: { name: 'A' }, diagnoses: [{ text: 'x' }], areas: [{ region: 'neck' }], extra: 1 })).code).toBe('invalid-input');
    expect((await refused('prescriptions.create', { clientId: id, issuedOn: '2026-11-02', prescriber: { name: 'A' }, diagnoses: [{ text: 'x' }], areas: [{ region: 'neck', side: 'left' }] })).code).toBe('invalid-input');
    expect(await call('prescriptions.list', { clientId: id })).toEqual([]);
  });

  it('an updated prescription replaces the older one; both are kept; a second replacement is refused', async () => {
    const id = await client();
    const old = await ankle(id);
    const updated = await ankle(id, { issuedOn: '2026-11-25', areas: [{ region: 'ankle', side: 'left' }, { region: 'lower-back' }], replaces: old.id });
    const list = await call('prescriptions.list', { clientId: id });
    expect(list.map((s) => [s.prescription.id, s.prescription.replacedBy])).toEqual([
      [updated.id, null],
      [old.id, updated.id],
    ]);
    expect(await refused('prescriptions.create', { ...(await minimalInput(id)), replaces: old.id })).toMatchObject({ code: 'conflict', details: { reason: 'already-replaced' } });
  });

  it('stores a scan in the data folder, checks its type from the bytes and its size', async () => {
    const id = await client();
    const pdf = Buffer.from('%PDF-1.4\n%fake but well-started\n').toString('base64');
    const rx = await ankle(id, { scan: { type: 'application/pdf', data: pdf } });
    expect(rx.scan).toEqual({ type: 'application/pdf', bytes: Buffer.from(pdf, 'base64').length });
    expect(readdirSync(join(dir, 'scans'))).toHaveLength(1);
    expect(await call('prescriptions.scan', { id: rx.id })).toEqual({ type: 'application/pdf', data: pdf });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]).toString('base64');
    expect(await refused('prescriptions.create', { ...(await minimalInput(id)), scan: { type: 'image/jpeg', data: png } })).toMatchObject({ code: 'invalid-input' });
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-');
    expect((await refused('prescriptions.create', { ...(await minimalInput(id)), scan: { type: 'application/pdf', data: big.toString('base64') } })).code).toBe('invalid-input');
    expect(readdirSync(join(dir, 'scans'))).toHaveLength(1); // nothing left behind by the refusals
  });

  it('an updated prescription leaves the older one its scan (docs/prescriptions-decisions.md)', async () => {
    const id = await client();
    const first = Buffer.from('%PDF-1.4\n%the first paper\n').toString('base64');
    const second = Buffer.from('%PDF-1.4\n%the updated paper\n').toString('base64');
    const old = await ankle(id, { scan: { type: 'application/pdf', data: first } });
    const updated = await ankle(id, { issuedOn: '2026-11-25', replaces: old.id, scan: { type: 'application/pdf', data: second } });
    expect(readdirSync(join(dir, 'scans'))).toHaveLength(2);
    expect(await call('prescriptions.scan', { id: old.id })).toEqual({ type: 'application/pdf', data: first });
    expect(await call('prescriptions.scan', { id: updated.id })).toEqual({ type: 'application/pdf', data: second });
  });
});

async function minimalInput(clientId: number) {
  return { clientId, issuedOn: '2026-11-02', prescriber: { name: 'A' }, diagnoses: [{ text: 'back pain' }], areas: [{ region: 'lower-back' as const }] };
}

describe('visits', () => {
  it('the second conversation: a left-ankle prescription, the lower back asked for', async () => {
    const id = await client();
    const rx = await ankle(id);
    const check = await call('visits.check', { clientId: id, prescriptionId: rx.id, date: '2026-11-20', minutes: 60, areas: [{ region: 'lower-back' }] });
    expect(check.findings).toEqual([{ code: 'area-not-prescribed', areas: [{ region: 'lower-back' }] }]);
    const areas = [{ region: 'ankle' as const, side: 'left' as const }, { region: 'lower-back' as const }];
    expect(await refused('visits.create', { clientId: id, prescriptionId: rx.id, date: '2026-11-20', minutes: 60, areas })).toMatchObject({
      code: 'conflict',
      details: { reason: 'outside-prescription', findings: [{ code: 'area-not-prescribed', areas: [{ region: 'lower-back' }] }] },
    });
    expect(await call('visits.list', { clientId: id })).toEqual([]);
    const saved = await visit(id, rx.id, { areas, confirmOutside: true, therapist: '이수진' });
    expect(saved).toMatchObject({ outsidePrescription: true, findings: [{ code: 'area-not-prescribed' }], therapist: '이수진' });
    const inside = await visit(id, rx.id, { date: '2026-11-23' });
    expect(inside.outsidePrescription).toBe(false);
  });

  it('counts visits per prescription: sessions used and left, the weekly limit, sessions used up', async () => {
    const id = await client();
    const rx = await ankle(id); // 3 sessions, 2 a week
    await visit(id, rx.id, { date: '2026-11-16' });
    await visit(id, rx.id, { date: '2026-11-18' });
    expect((await call('visits.check', { clientId: id, prescriptionId: rx.id, date: '2026-11-20', minutes: 60, areas: [{ region: 'ankle', side: 'left' }] })).findings).toEqual([
      { code: 'weekly-limit' },
    ]);
    await visit(id, rx.id, { date: '2026-11-24' });
    const [status] = await call('prescriptions.list', { clientId: id });
    expect(status).toMatchObject({ sessionsUsed: 3, sessionsLeft: 0, today: { findings: [{ code: 'sessions-used-up' }, { code: 'weekly-limit' }] } });
    // another client's prescription is not theirs to use
    const other = await client('Jane');
    expect((await refused('visits.check', { clientId: other, prescriptionId: rx.id, date: '2026-11-20', minutes: 60, areas: [{ region: 'neck' }] })).code).toBe('not-found');
  });

  it('a visit without a prescription needs confirmation too', async () => {
    const id = await client();
    expect(await refused('visits.create', { clientId: id, prescriptionId: null, date: '2026-11-20', minutes: 60, areas: [{ region: 'neck' }] })).toMatchObject({
      details: { findings: [{ code: 'no-prescription' }] },
    });
  });
});

describe('plans, policies and coverage', () => {
  it('seeds three example plans, each valid by the spec rules', async () => {
    const plans = await call('plans.list', {});
    expect(plans.map((p) => [p.id, p.currency, p.example])).toEqual([
      ['example-extended-health', 'CAD', true],
      ['example-kr-indemnity', 'KRW', true],
      ['example-us-ppo', 'USD', true],
    ]);
    for (const p of plans) expect(() => validatePlan(rulesPlan(p))).not.toThrow();
  });

  it('saves a plan only when the spec rules accept it, codes normalized', async () => {
    const saved = await call('plans.save', { id: 'hanul-basic', name: { ko: '하늘생명 기본형', en: 'Hanul Life Basic' }, currency: 'KRW', coveredCodes: ['m54', 'M791'], coveragePercent: 80 });
    expect(saved).toMatchObject({ coveredCodes: ['M54', 'M79.1'], example: false, yearStart: '01-01' });
    expect(await refused('plans.save', { id: 'bad', name: { ko: '가', en: 'A' }, currency: 'KRW', yearStart: '02-29' })).toMatchObject({
      details: { rule: 'invalid-plan', field: 'yearStart' },
    });
    expect(await refused('plans.save', { id: 'bad', name: { ko: '가', en: 'A' }, currency: 'KRW', excludedCodes: ['54.1'] })).toMatchObject({
      details: { rule: 'invalid-plan', field: 'excludedCodes[0]' },
    });
    expect((await call('plans.archive', { id: 'hanul-basic', archived: true })).archived).toBe(true);
    expect((await call('plans.list', {})).map((p) => p.id)).not.toContain('hanul-basic');
  });

  it('the first conversation: "back pain" in words needs a code; with M54.6 the plan pays 70 %, at least 30,000 won left to the caller', async () => {
    const id = await client();
    const policy = await call('policies.create', { clientId: id, planId: 'example-kr-indemnity', memberId: 'A-123' });
    const words = await call('prescriptions.create', { ...(await minimalInput(id)), issuedOn: '2026-11-10' });
    const visitOf = { date: '2026-11-20', minutes: 60, price: 80000 };
    const first = await call('coverage.check', { ...visitOf, policyId: policy.id, prescriptionId: words.id });
    expect(first).toMatchObject({ covered: false, reasons: [{ code: 'diagnosis-code-required' }], insurerPays: 0, clientPays: 80000 });
    const coded = await call('prescriptions.create', { ...(await minimalInput(id)), issuedOn: '2026-11-10', diagnoses: [{ code: 'M54.6', text: 'back pain' }], replaces: words.id });
    const second = await call('coverage.check', { ...visitOf, policyId: policy.id, prescriptionId: coded.id });
    expect(second).toMatchObject({ covered: true, insurerPays: 50000, clientPays: 30000, visitsLeft: 49, planYear: { from: '2026-01-01', to: '2026-12-31' } });
  });

  it('a caller not on file: a plan and a prescription chosen by hand, no usage', async () => {
    const answer = await call('coverage.check', {
      date: '2026-11-20',
      minutes: 60,
      price: 100000,
      planId: 'example-kr-indemnity',
      prescription: { issuedOn: '2026-11-10', prescriber: { name: 'Dr. Lee' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }] },
    });
    expect(answer).toMatchObject({ covered: true, insurerPays: 70000, clientPays: 30000, usage: { visits: 0, insurerPaid: 0 } });
    expect(await refused('coverage.check', { date: '2026-11-20', minutes: 60, price: 100, planId: 'example-us-ppo' })).toMatchObject({
      code: 'conflict',
      details: { reason: 'plan-currency', planCurrency: 'USD', priceCurrency: 'KRW' },
    });
  });

  it('usage counts the covered visits of the plan year only, and the answer stored with each visit', async () => {
    await call('plans.save', { id: 'july', name: { ko: '7월 시작', en: 'July plan' }, currency: 'KRW', visitsPerYear: 3, annualMax: 100000, coveragePercent: 50, yearStart: '07-01' });
    const id = await client();
    const policy = await call('policies.create', { clientId: id, planId: 'july' });
    const rx = await ankle(id, { issuedOn: '2026-01-02', expiresOn: null, sessions: null, perWeek: null });
    const v = (date: string) => visit(id, rx.id, { date, policyId: policy.id, price: 80000 });
    const before = await v('2026-06-30'); // the previous plan year
    expect(before).toMatchObject({ covered: true, insurerPaid: 40000 });
    await v('2026-07-01');
    await v('2026-08-01');
    const answer = await call('coverage.check', { date: '2026-09-01', minutes: 60, price: 80000, policyId: policy.id, prescriptionId: rx.id });
    expect(answer).toMatchObject({ usage: { visits: 2, insurerPaid: 80000 }, covered: true, insurerPays: 20000, amountLeft: 0, visitsLeft: 0 });
    const third = await v('2026-09-01');
    expect(third).toMatchObject({ covered: true, insurerPaid: 20000 });
    const fourth = await v('2026-10-01');
    expect(fourth).toMatchObject({ covered: false, insurerPaid: 0 });
    expect((await call('coverage.check', { date: '2027-07-01', minutes: 60, price: 80000, policyId: policy.id, prescriptionId: rx.id })).usage.visits).toBe(0);
    // Usage is what came before the visit (the spec): visits dated later in the year do not
    // count against an earlier one; one recorded on the same date does.
    const usageOn = async (date: string) =>
      (await call('coverage.check', { date, minutes: 60, price: 80000, policyId: policy.id, prescriptionId: rx.id })).usage;
    expect(await usageOn('2026-07-15')).toEqual({ visits: 1, insurerPaid: 40000, deductibleApplied: 0 });
    expect((await usageOn('2026-08-01')).visits).toBe(2);
    const backDated = await v('2026-07-02'); // the year's limits were reached by later visits
    expect(backDated).toMatchObject({ covered: true, insurerPaid: 40000 });
  });

  it('a visit billed to a policy counts as covered only on the dates the policy is valid', async () => {
    await call('plans.save', { id: 'half', name: { ko: '반반', en: 'Half' }, currency: 'KRW', coveragePercent: 50 });
    const id = await client();
    const policy = await call('policies.create', { clientId: id, planId: 'half', memberId: ' A-1 ', validFrom: '2026-11-01', validTo: '2026-11-30' });
    expect(policy).toMatchObject({ memberId: 'A-1', validFrom: '2026-11-01', validTo: '2026-11-30', archived: false });
    const inside = await visit(id, null, { date: '2026-11-20', policyId: policy.id, price: 80000, confirmOutside: true });
    expect(inside).toMatchObject({ policyId: policy.id, covered: true, price: 80000, insurerPaid: 40000 });
    const after = await visit(id, null, { date: '2026-12-01', policyId: policy.id, price: 80000, confirmOutside: true });
    expect(after).toMatchObject({ policyId: policy.id, covered: false, price: 80000, insurerPaid: 0 });
    const answer = await call('coverage.check', { date: '2026-11-25', minutes: 60, price: 80000, policyId: policy.id });
    expect(answer.usage).toEqual({ visits: 1, insurerPaid: 40000, deductibleApplied: 0 });
    expect(await refused('policies.create', { clientId: id, planId: 'half', validFrom: '2026-12-01', validTo: '2026-11-01' })).toMatchObject({ code: 'invalid-input' });
  });

  it('a visit is not billed to a plan in another currency than the price list (no exchange rate)', async () => {
    const id = await client();
    const policy = await call('policies.create', { clientId: id, planId: 'example-us-ppo' });
    expect(await refused('visits.create', { clientId: id, prescriptionId: null, date: '2026-11-20', minutes: 60, areas: [{ region: 'neck' }], policyId: policy.id, price: 80000, confirmOutside: true })).toMatchObject({
      code: 'conflict',
      details: { reason: 'plan-currency', planCurrency: 'USD', priceCurrency: 'KRW' },
    });
    expect(await call('visits.list', { clientId: id })).toEqual([]);
  });

  it('merging two clients moves their prescriptions, visits and policies; archiving a policy stops its use', async () => {
    const keep = await client('김민지');
    const merge = await client('김민지 (2)');
    const rx = await ankle(merge);
    await visit(merge, rx.id);
    const policy = await call('policies.create', { clientId: merge, planId: 'example-kr-indemnity' });
    const preview = await call('clients.mergePreview', { keepId: keep, mergeId: merge });
    expect(preview.moves).toEqual(expect.arrayContaining([{ table: 'prescriptions', count: 1 }, { table: 'visits', count: 1 }, { table: 'policies', count: 1 }]));
    await call('clients.merge', { keepId: keep, mergeId: merge });
    expect((await call('prescriptions.list', { clientId: keep })).map((s) => s.prescription.id)).toEqual([rx.id]);
    expect(await call('visits.list', { clientId: keep })).toHaveLength(1);
    await call('policies.archive', { id: policy.id, archived: true });
    expect(await refused('coverage.check', { date: '2026-11-20', minutes: 60, price: 1000, policyId: policy.id })).toMatchObject({ code: 'conflict', details: { reason: 'policy-archived' } });
  });
});

it('keeps the scans folder out of the way until a scan is attached', async () => {
  expect(existsSync(join(dir, 'scans'))).toBe(false);
});

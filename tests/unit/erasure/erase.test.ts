// Erasing a client on request, through the core as the hosts call it, on a real database
// file and real scan files: every health record and personal detail goes, the tombstone and
// the counts stay, the calls keep their quotes, and a failure leaves everything as it was.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openFrontDesk, DATABASE_FILE } from '../../../electron/app/front-desk';
import type { Channel, InputOf, ResultOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { answeredForm, signInput } from '../../support/intake';

const clock = new Date(2026, 10, 27, 10);
const dirs: string[] = [];
const logged: string[] = [];
function open(dir = mkdtempSync(join(tmpdir(), 'front-desk-erase-'))) {
  dirs.push(dir);
  const log = (message: string, error?: unknown) => logged.push(`${message} ${String(error ?? '')}`);
  return { core: openFrontDesk({ dataDir: dir, host: 'web', version: 't', systemLocale: 'ko-KR', log, now: () => clock }), dir };
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let core: ReturnType<typeof open>['core'];
let dir: string;
beforeEach(() => {
  logged.length = 0;
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

const pdf = (words: string) => Buffer.from(`%PDF-1.4\n${words}\n`).toString('base64');
const saveCall = (phone: string, name: string, note = '') =>
  call('calls.save', {
    kind: 'session',
    caller: { name, phone },
    quoteLang: 'ko',
    request: { items: [{ serviceId: 'swedish', minutes: 90 }] },
    outcome: 'thinking',
    followUp: '2026-12-01',
    ...(note ? { note } : {}),
  });

/** A client with everything: two calls, a signed form and a draft, two prescriptions (one
 *  replacing the other) with scans, a policy, a covered visit and one outside. */
async function fullClient(phone = '010-1234-5678', name = '김민지') {
  const first = await saveCall(phone, name, '허리 디스크 문의');
  await saveCall(phone, name);
  const id = first.clientId!;
  await call('clients.update', { id, expectedVersion: (await call('clients.get', { id })).rowVersion, email: 'minji@example.com', birthDate: '1990-03-04', address: '서울 마포구', emergencyName: '김철수', emergencyPhone: '010-9999-8888', note: '임신 20주' });
  await call('intake.sign', signInput(id, answeredForm((a) => (a.visit.reason = '좌측 발목 통증'))));
  await call('intake.saveDraft', { clientId: id, lang: 'ko', answers: answeredForm() });
  const old = await call('prescriptions.create', {
    clientId: id, issuedOn: '2026-11-02', prescriber: { name: '김정민', license: '12345', clinic: '바른정형외과', phone: '02-123-4567' },
    diagnoses: [{ code: 'S93.4', text: '발목 염좌' }], areas: [{ region: 'ankle', side: 'left' }], note: '냉찜질', scan: { type: 'application/pdf', data: pdf('old') },
  });
  const rx = await call('prescriptions.create', {
    clientId: id, issuedOn: '2026-11-10', prescriber: { name: '김정민' }, diagnoses: [{ code: 'M54.6' }],
    areas: [{ region: 'upper-back' }], scan: { type: 'application/pdf', data: pdf('new') }, replaces: old.id,
  });
  const policy = await call('policies.create', { clientId: id, planId: 'example-kr-indemnity', memberId: 'A-123', holder: '김철수' });
  await call('visits.create', { clientId: id, prescriptionId: rx.id, policyId: policy.id, date: '2026-11-20', minutes: 60, price: 80000, areas: [{ region: 'upper-back' }], therapist: '이수진', note: '통증 감소' });
  await call('visits.create', { clientId: id, prescriptionId: rx.id, date: '2026-11-21', minutes: 60, price: 80000, areas: [{ region: 'lower-back' }], confirmOutside: true, therapist: '이수진' });
  return { id, old, rx, policy };
}

const raw = () => new BetterSqlite3(join(dir, DATABASE_FILE), { readonly: true });

describe('erasing a client on request', () => {
  it('previews the counts, then erases every health record and detail in one go, keeping a tombstone', async () => {
    const { id } = await fullClient();
    const other = await fullClient('010-2222-3333', '박서준');
    expect(readdirSync(join(dir, 'scans'))).toHaveLength(4);

    const preview = await call('clients.erasePreview', { id });
    expect(preview.counts).toEqual({ intakeForms: 2, prescriptions: 2, scans: 2, visits: 2, policies: 1, calls: 2, mergedRecords: 0 });

    const { client, scansLeft } = await call('clients.erase', { id, confirmation: '  김민지 ' });
    expect(scansLeft).toBe(0);
    expect(client).toMatchObject({ id, phone: null, email: '', birthDate: null, address: '', emergencyName: '', emergencyPhone: null, note: '' });
    expect(client.erased).toEqual({ at: clock.toISOString(), counts: preview.counts });
    expect(client.archivedAt).toBe(clock.toISOString());
    expect(readdirSync(join(dir, 'scans'))).toHaveLength(2); // the other client's stay

    const db = raw();
    const everything = JSON.stringify(db.prepare('SELECT * FROM clients WHERE id = ?').all(id));
    for (const word of ['김민지', '1234', 'minji', '마포', '김철수', '9999', '임신']) expect(everything).not.toContain(word);
    const rows = (table: string) => JSON.stringify(db.prepare(`SELECT * FROM ${table} WHERE client_id = ?`).all(id));
    for (const word of ['발목', '통증', 'ankle', 'back', 'reason']) expect(rows('intake_forms')).not.toContain(word);
    expect(db.prepare(`SELECT status, version, signed_on IS NOT NULL AS signed FROM intake_forms WHERE client_id = ? ORDER BY id`).all(id)).toEqual([
      { status: 'erased', version: 1, signed: 1 },
      { status: 'erased', version: 2, signed: 0 },
    ]);
    expect(db.prepare('SELECT count(*) FROM prescriptions WHERE client_id = ?').pluck().get(id)).toBe(0);
    const visits = db.prepare('SELECT * FROM visits WHERE client_id = ? ORDER BY id').all(id);
    expect(visits).toMatchObject([
      { areas: '[]', findings: '[]', therapist: '', note: '', prescription_id: null, outside_prescription: 0, price: 80000, covered: 1, insurer_paid: 50000, date: '2026-11-20' },
      { areas: '[]', findings: '[]', therapist: '', note: '', prescription_id: null, outside_prescription: 0, price: 80000, covered: 0 },
    ]);
    expect(db.prepare('SELECT member_id, holder, plan_id, archived_at IS NOT NULL AS archived FROM policies WHERE client_id = ?').all(id)).toEqual([
      { member_id: '', holder: '', plan_id: 'example-kr-indemnity', archived: 1 },
    ]);
    const calls = db.prepare('SELECT * FROM calls WHERE client_id = ?').all(id) as Record<string, unknown>[];
    expect(calls).toHaveLength(2);
    for (const c of calls) {
      expect(c).toMatchObject({ caller_name: '', phone: '', phone_e164: null, email: '', note: '', follow_up: null, total: expect.any(Number) });
      expect(c.total).toBeGreaterThan(0);
      expect(String(c.search_text)).not.toMatch(/김민지|1234|디스크/);
      expect(String(c.saved_quote)).toContain('swedish');
    }
    expect(db.prepare('SELECT count(*) FROM scan_deletions').pluck().get()).toBe(0);
    db.close();

    // the other client keeps everything
    expect((await call('clients.get', { id: other.id })).name).toBe('박서준');
    expect(await call('prescriptions.list', { clientId: other.id })).toHaveLength(2);
    expect((await call('visits.list', { clientId: other.id })).at(-1)).toMatchObject({ therapist: '이수진', note: '통증 감소' });
    expect((await call('clients.calls', { id: other.id })).rows[0]).toMatchObject({ callerName: '박서준' });
  });

  it('is found nowhere afterwards: search (also among the archived), by phone, calls search, renewals due', async () => {
    const { id } = await fullClient();
    await call('clients.erase', { id, confirmation: '김민지' });
    for (const text of ['김민지', 'ㄱㅁㅈ', '5678', '김', 'minji']) {
      expect((await call('clients.search', { text, includeArchived: true })).rows).toEqual([]);
      expect((await call('calls.search', { text })).rows).toEqual([]);
    }
    expect((await call('clients.search', { includeArchived: true })).rows.map((c) => c.id)).not.toContain(id);
    expect(await call('clients.byPhone', { phone: '010-1234-5678' })).toBeNull();
    expect(await call('calls.byPhone', { phone: '010-1234-5678' })).toEqual([]);
    clock.setFullYear(2028);
    try {
      expect((await call('intake.renewalsDue', {})).rows).toEqual([]);
    } finally {
      clock.setFullYear(2026);
    }
    // the number is free for a new client; the calls still count in the call log
    const again = await saveCall('010-1234-5678', '새 손님');
    expect(again.clientId).not.toBe(id);
    expect((await call('calls.search', {})).total).toBe(3);
  });

  it("erases the calls from the client's number that were never linked to anyone, and counts them", async () => {
    const saveUnlinked = (name: string, phone: string) =>
      call('calls.save', { kind: 'session', caller: { name, phone }, quoteLang: 'ko', request: { items: [{ serviceId: 'swedish', minutes: 90 }] }, outcome: 'thinking', addClient: false });
    // Saved without adding the caller; the client was added afterwards with the same number.
    await saveUnlinked('Jane Roe', '010-2222-3333');
    // Not theirs: a call from their line under another name (a shared home line), and another
    // number's unlinked call.
    await saveUnlinked('John Roe', '010-2222-3333');
    await saveUnlinked('Someone Else', '010-4444-5555');
    const { id } = await call('clients.create', { name: 'Jane Roe', phone: '010-2222-3333', lang: 'en' });
    expect((await call('clients.erasePreview', { id })).counts.calls).toBe(1);
    const { client } = await call('clients.erase', { id, confirmation: 'Jane Roe' });
    expect(client.erased?.counts.calls).toBe(1);
    expect((await call('calls.search', { text: 'Jane' })).rows).toEqual([]);
    expect((await call('calls.search', { text: 'Someone' })).rows).toHaveLength(1);
    expect((await call('calls.search', { text: 'John Roe' })).rows).toHaveLength(1);
  });

  it('refuses a wrong confirmation without repeating the name, and a second erase; the tombstone takes no new records', async () => {
    const { id } = await fullClient();
    const wrong = await refused('clients.erase', { id, confirmation: '김민' });
    expect(wrong).toMatchObject({ code: 'invalid-input', details: { issues: [{ path: 'confirmation' }] } });
    expect(JSON.stringify(wrong)).not.toContain('김민지');
    expect((await call('clients.get', { id })).name).toBe('김민지');
    expect(await refused('clients.erase', { id, confirmation: '김민지', extra: 1 })).toMatchObject({ code: 'invalid-input' });
    await call('clients.erase', { id, confirmation: '김민지' });
    expect(await refused('clients.erase', { id, confirmation: '(erased)' })).toMatchObject({ code: 'conflict', details: { reason: 'erased' } });
    expect(await refused('clients.erasePreview', { id })).toMatchObject({ code: 'conflict', details: { reason: 'erased' } });
    expect(await refused('clients.update', { id, expectedVersion: (await call('clients.get', { id })).rowVersion, name: '김민지' })).toMatchObject({ code: 'conflict', details: { reason: 'erased' } });
    expect(await refused('clients.archive', { id, archived: false })).toMatchObject({ code: 'conflict', details: { reason: 'erased' } });
    expect(await refused('intake.saveDraft', { clientId: id, lang: 'ko', answers: answeredForm() })).toMatchObject({ code: 'conflict' });
    expect(await refused('prescriptions.create', { clientId: id, issuedOn: '2026-11-02', prescriber: { name: 'X' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'neck' }] })).toMatchObject({ code: 'conflict' });
    expect(await refused('policies.create', { clientId: id, planId: 'example-kr-indemnity' })).toMatchObject({ code: 'conflict' });
    const keep = (await call('clients.create', { name: '다른 사람', lang: 'ko' })).id;
    expect(await refused('clients.merge', { keepId: keep, mergeId: id })).toMatchObject({ code: 'conflict', details: { reason: 'erased' } });
  });

  it("a desk that loaded one of the calls before the erase cannot write its note back", async () => {
    const { id } = await fullClient();
    const [loaded] = (await call('calls.search', { text: '허리 디스크' })).rows;
    const before = await call('calls.get', { id: loaded!.id });
    await call('clients.erase', { id, confirmation: '김민지' });
    // stale or not, the erased client's call takes nothing back
    expect(await refused('calls.update', { id: before.id, expectedVersion: before.rowVersion, note: '허리 디스크 문의' })).toMatchObject({ code: 'conflict' });
    const now = await call('calls.get', { id: before.id });
    expect(now.rowVersion).toBeGreaterThan(before.rowVersion);
    expect(await refused('calls.update', { id: now.id, expectedVersion: now.rowVersion, note: '허리 디스크 문의' })).toMatchObject({ code: 'conflict', details: { reason: 'erased' } });
    expect((await call('calls.get', { id: before.id })).note).toBe('');
  });

  it('a client without a name confirms with the last 4 digits of the number', async () => {
    const id = (await call('clients.create', { phone: '010-5555-4321', lang: 'ko' })).id;
    expect(await refused('clients.erase', { id, confirmation: '' })).toMatchObject({ code: 'invalid-input' });
    expect((await call('clients.erase', { id, confirmation: '4321' })).client.erased).not.toBeNull();
  });

  it('erases an archived client, and the records merged into a client with it', async () => {
    const { id } = await fullClient();
    const dup = (await call('clients.create', { name: '김민지 (중복)', phone: '010-7777-6666', email: 'old@example.com', lang: 'ko' })).id;
    await call('clients.merge', { keepId: id, mergeId: dup });
    await call('clients.archive', { id, archived: true });
    const { client } = await call('clients.erase', { id, confirmation: '김민지' });
    expect(client.erased?.counts.mergedRecords).toBe(1);
    const merged = await call('clients.get', { id: dup });
    expect(merged).toMatchObject({ phone: null, email: '', mergedInto: id });
    expect(merged.erased).not.toBeNull();
    expect(merged.name).not.toContain('김민지');
  });

  it('erases a merged-away record on its own (its records live in the kept one)', async () => {
    const keep = (await call('clients.create', { name: 'Jane Doe', lang: 'en' })).id;
    const dup = (await call('clients.create', { name: 'Jane D.', phone: '010-7777-6666', lang: 'en' })).id;
    await call('clients.merge', { keepId: keep, mergeId: dup });
    const { client } = await call('clients.erase', { id: dup, confirmation: 'jane d.' });
    expect(client.erased?.counts).toMatchObject({ calls: 0, prescriptions: 0, mergedRecords: 0 });
    expect((await call('clients.get', { id: keep })).erased).toBeNull();
  });

  it('a failure inside the transaction leaves every row and every scan file as it was', async () => {
    const { id, rx } = await fullClient();
    const before = readdirSync(join(dir, 'scans')).sort();
    const snapshot = () => {
      const db = raw();
      const out = ['clients', 'calls', 'intake_forms', 'prescriptions', 'visits', 'policies', 'scan_deletions'].map((t) =>
        JSON.stringify(db.prepare(`SELECT * FROM ${t}`).all()),
      );
      db.close();
      return out;
    };
    const was = snapshot();
    // an injected failure at the last step (the client row), after every other table was written
    const w = new BetterSqlite3(join(dir, DATABASE_FILE));
    w.exec(`CREATE TRIGGER fail_erase BEFORE UPDATE OF erased_at ON clients BEGIN SELECT RAISE(ABORT, 'injected'); END;`);
    w.close();
    expect(await refused('clients.erase', { id, confirmation: '김민지' })).toMatchObject({ code: 'internal' });
    expect(logged.join('\n')).not.toMatch(/김민지|발목|M54/);
    expect(snapshot()).toEqual(was);
    expect(readdirSync(join(dir, 'scans')).sort()).toEqual(before);
    expect((await call('prescriptions.list', { clientId: id })).map((p) => p.prescription.id)).toContain(rx.id);
    expect((await call('prescriptions.scan', { id: rx.id })).data).toBe(pdf('new'));
  });

  it('a scan file that cannot be deleted stays queued (the rows are erased) and goes at the next start', async () => {
    const { id, rx } = await fullClient();
    const db = raw();
    const stuck = db.prepare('SELECT scan_file FROM prescriptions WHERE id = ?').pluck().get(rx.id) as string;
    db.close();
    // a non-empty folder under the file's name cannot be removed as a file
    rmSync(join(dir, 'scans', stuck));
    mkdirSync(join(dir, 'scans', stuck));
    writeFileSync(join(dir, 'scans', stuck, 'x'), 'x');
    const { client, scansLeft } = await call('clients.erase', { id, confirmation: '김민지' });
    expect(scansLeft).toBe(1);
    expect(client.erased?.counts.scans).toBe(2);
    expect(readdirSync(join(dir, 'scans'))).toEqual([stuck]);
    const check = raw();
    expect(check.prepare('SELECT file FROM scan_deletions').pluck().all()).toEqual([stuck]);
    check.close();

    core.close();
    rmSync(join(dir, 'scans', stuck), { recursive: true }); // whatever held it is gone
    writeFileSync(join(dir, 'scans', stuck), 'left over');
    ({ core } = open(dir));
    expect(existsSync(join(dir, 'scans', stuck))).toBe(false);
    const after = raw();
    expect(after.prepare('SELECT count(*) FROM scan_deletions').pluck().get()).toBe(0);
    after.close();
  });

  it('the database refuses to change a tombstone or give it new health records, even with raw SQL', async () => {
    const { id } = await fullClient();
    await call('clients.erase', { id, confirmation: '김민지' });
    core.close();
    const db = new BetterSqlite3(join(dir, DATABASE_FILE));
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("UPDATE clients SET name = '김민지' WHERE id = ?").run(id)).toThrow(/client is erased/);
    expect(() => db.prepare('UPDATE clients SET erased_at = NULL, erased_counts = NULL WHERE id = ?').run(id)).toThrow(/client is erased/);
    expect(() => db.prepare('DELETE FROM clients WHERE id = ?').run(id)).toThrow(/client is erased/);
    expect(() =>
      db.prepare(`INSERT INTO policies (client_id, plan_id, created_at) VALUES (?, 'example-kr-indemnity', 'x')`).run(id),
    ).toThrow(/client is erased/);
    expect(() => db.prepare("UPDATE intake_forms SET answers = '{}' WHERE client_id = ?").run(id)).toThrow(/locked/);
    db.close();
    ({ core } = open(dir));
    expect(readFileSync(join(dir, DATABASE_FILE)).length).toBeGreaterThan(0);
  });
});

import { describe, it, expect } from 'vitest';
import type { Database } from 'better-sqlite3';
import type { CallSaveInput } from '../../../shared/api/calls';
import { snapshotName } from '../../../shared/api/types';
import { readCatalog, saveEntry } from '../../../electron/services/catalog';
import {
  callsByPhone,
  exportCallsCsv,
  getCall,
  saveCall,
  searchCalls,
  updateCall,
  CALL_COUNT_CAP,
} from '../../../electron/services/calls';
import { dbWith, refusal, usdJson } from './fixtures';

const at = (day: number, hour = 10) => new Date(2026, 2, day, hour, 0); // local time, March 2026

function session(over: Partial<Extract<CallSaveInput, { kind: 'session' }>> = {}): CallSaveInput {
  return {
    kind: 'session',
    caller: { name: '김민수', phone: '010-1234-5678' },
    quoteLang: 'ko',
    request: { items: [{ serviceId: 'aroma', minutes: 90, persons: 2 }] },
    outcome: 'thinking',
    ...over,
  };
}

function sampleLog(db: Database) {
  const c = readCatalog(db);
  const a = saveCall(db, c, session({ note: '주차 가능한지 문의', followUp: '2026-03-05' }), at(1));
  const b = saveCall(
    db,
    c,
    session({
      caller: { name: 'Jane Doe', phone: '02-555-0199', email: 'jane@example.com' },
      quoteLang: 'en',
      request: { items: [{ serviceId: 'swedish', minutes: 60 }], sessions: 5 },
      outcome: 'booked',
      note: 'asks about parking',
    }),
    at(2),
  );
  const e = saveCall(
    db,
    c,
    {
      kind: 'enrollment',
      caller: { name: '이서연', phone: '010 9876 4321' },
      quoteLang: 'ko',
      request: { programId: c.school!.programs[0]!.id, paymentPlanId: c.school!.paymentPlans[0]!.id, startDate: '2026-04-01' },
      outcome: 'no-answer',
      followUp: '2026-03-10',
    },
    at(3),
  );
  const d = saveCall(db, c, session({ caller: { name: '박지훈', phone: '+82 10-2222-5678' }, outcome: 'declined', followUp: '2026-03-04' }), at(4));
  return { a, b, e, d };
}

const idsOf = (r: { rows: { id: number }[] }) => r.rows.map((x) => x.id);

describe('saveCall', () => {
  it('keeps each name under its own list when two lists share an id', () => {
    const db = dbWith();
    // The seed has a "holiday" surcharge; a discount may use the same id (ids are unique per list).
    saveEntry(db, 'discounts', { id: 'holiday', name: { ko: '명절 감사 할인', en: 'Holiday thank-you' }, percent: 5 });
    const c = readCatalog(db);
    const rec = saveCall(
      db,
      c,
      session({ request: { items: [{ serviceId: 'aroma', minutes: 90 }], at: '2026-12-25T10:00', discountIds: ['holiday'] } }),
      at(1),
    );
    if (rec.saved.kind !== 'session') throw new Error('expected a session quote');
    expect(rec.saved.quote.lines.map((l) => `${l.kind}:${l.id}`)).toEqual(
      expect.arrayContaining(['surcharge:holiday', 'discount:holiday']),
    );
    expect(snapshotName(rec.saved.names, 'surcharge', 'holiday')?.en).toBe('Public holiday');
    expect(snapshotName(rec.saved.names, 'discount', 'holiday')?.en).toBe('Holiday thank-you');
  });

  it('recomputes the quote, snapshots names and builds both summaries', () => {
    const db = dbWith();
    const c = readCatalog(db);
    const rec = saveCall(db, c, session(), at(1));
    expect(rec.kind).toBe('session');
    expect(rec.createdAt).toBe(at(1).toISOString());
    expect(rec.phone).toBe('010-1234-5678');
    expect(rec.phoneE164).toBe('+821012345678');
    expect(rec.saved.kind).toBe('session');
    const aroma = c.services.find((s) => s.id === 'aroma')!;
    expect(snapshotName(rec.saved.names, 'service', 'aroma')).toEqual(aroma.name);
    expect(rec.summary).toEqual({ ko: `${aroma.name.ko} 90분 ×2명`, en: `${aroma.name.en} 90 min ×2` });
    const price = aroma.rates.find((r) => r.minutes === 90)!.price;
    if (rec.saved.kind !== 'session') throw new Error('expected a session quote');
    expect(rec.saved.quote.lines[0]).toMatchObject({ kind: 'service', id: 'aroma', amount: price * 2 });
    expect(rec.total).toBe(rec.saved.quote.total);
    expect(getCall(db, rec.id)).toEqual(rec);
  });

  it('turns a pricing refusal into quote-error with the spec code', () => {
    const db = dbWith();
    const f = refusal(() =>
      saveCall(db, readCatalog(db), session({ request: { items: [{ serviceId: 'aroma', minutes: 45 }] } }), at(1)),
    );
    expect(f.code).toBe('quote-error');
    expect(f.details?.quoteCode).toBe('no-rate');
    expect(db.prepare('SELECT count(*) FROM calls').pluck().get()).toBe(0);
  });

  it('keeps a saved quote as it was after the price list changes', () => {
    const db = dbWith();
    const rec = saveCall(db, readCatalog(db), session(), at(1));
    const aroma = readCatalog(db).services.find((s) => s.id === 'aroma')!;
    saveEntry(db, 'services', { ...aroma, name: { ko: '아로마 新', en: 'Aroma new' }, rates: aroma.rates.map((r) => ({ ...r, price: r.price * 2 })) }, 'aroma');
    expect(getCall(db, rec.id)).toEqual(rec);
  });

  it('uses the catalog currency for the phone country and refuses what is not a number', () => {
    const usd = dbWith(usdJson());
    const c = readCatalog(usd);
    const svc = c.services.find((s) => s.active && s.rates.length > 0)!;
    const req = { items: [{ serviceId: svc.id, minutes: svc.rates[0]!.minutes }] };
    expect(saveCall(usd, c, session({ caller: { phone: '(212) 555-0123' }, request: req }), at(1)).phoneE164).toBe('+12125550123');
    for (const phone of ['12', 'abcd', '010-1234-567890123', '010-1234-5678']) {
      // 010-1234-5678 is Korean: in the US it needs +82
      const refused = refusal(() => saveCall(usd, c, session({ caller: { phone }, request: req }), at(1)));
      expect(refused.code, phone).toBe('invalid-phone');
      expect(refused.details).toEqual({ field: 'caller.phone' });
    }
    expect(saveCall(usd, c, session({ caller: { phone: '+82 10-1234-5678' }, request: req }), at(1)).phoneE164).toBe('+821012345678');
    expect(searchCalls(usd, {}).total).toBe(2); // nothing half-written
  });
});

describe('searchCalls', () => {
  it('lists newest first with the total', () => {
    const db = dbWith();
    const { a, b, e, d } = sampleLog(db);
    expect(searchCalls(db, {})).toEqual({ rows: expect.any(Array), total: 4, totalCapped: false });
    expect(idsOf(searchCalls(db, {}))).toEqual([d.id, e.id, b.id, a.id]);
    const page = searchCalls(db, { limit: 2, offset: 1 });
    expect(idsOf(page)).toEqual([e.id, b.id]);
    expect(page.total).toBe(4);
  });

  it('finds a Korean name, the last 4 phone digits, note words and service names', () => {
    const db = dbWith();
    const { a, b, e, d } = sampleLog(db);
    expect(idsOf(searchCalls(db, { text: '김민수' }))).toEqual([a.id]);
    expect(idsOf(searchCalls(db, { text: '민수' }))).toEqual([a.id]); // 2 characters: the given name, word index
    expect(idsOf(searchCalls(db, { text: '김' }))).toEqual([a.id]);
    expect(idsOf(searchCalls(db, { text: '5678' }))).toEqual([d.id, a.id]);
    expect(idsOf(searchCalls(db, { text: '010-1234' }))).toEqual([a.id]);
    expect(idsOf(searchCalls(db, { text: '4321' }))).toEqual([e.id]);
    expect(idsOf(searchCalls(db, { text: 'parking' }))).toEqual([b.id]);
    expect(idsOf(searchCalls(db, { text: 'PARKING' }))).toEqual([b.id]);
    expect(idsOf(searchCalls(db, { text: '주차' }))).toEqual([a.id]);
    // b's service; e's program (the Swedish and aromatherapy course) also says it
    expect(idsOf(searchCalls(db, { text: 'swedish' }))).toEqual([e.id, b.id]);
    expect(idsOf(searchCalls(db, { text: 'Jane parking' }))).toEqual([b.id]); // all words
    expect(idsOf(searchCalls(db, { text: 'Jane 주차' }))).toEqual([]);
    expect(idsOf(searchCalls(db, { text: '"; DROP TABLE calls; --' }))).toEqual([]);
    expect(idsOf(searchCalls(db, { text: '100%' }))).toEqual([]);
    expect(idsOf(searchCalls(db, { text: '_' }))).toEqual([]);
  });

  it('answers 1-2 characters with word prefixes: surnames, given names, first letters, first digits', () => {
    const db = dbWith();
    const { a, b, e, d } = sampleLog(db);
    const c = readCatalog(db);
    const john = saveCall(db, c, session({ caller: { name: 'John Smith', phone: '010-5555-0000' }, outcome: 'booked' }), at(5));
    const jo = saveCall(db, c, session({ caller: { name: 'Anna Jones' }, note: 'Müller referred her' }), at(6));
    // a 1-character Korean surname: the start of the name, not any syllable in it
    expect(idsOf(searchCalls(db, { text: '김' }))).toEqual([a.id]);
    expect(idsOf(searchCalls(db, { text: '이' }))).toEqual([e.id]);
    expect(idsOf(searchCalls(db, { text: '박' }))).toEqual([d.id]);
    expect(idsOf(searchCalls(db, { text: '수' }))).toEqual([]); // last syllable of 김민수
    expect(idsOf(searchCalls(db, { text: '서' }))).toEqual([e.id]); // given name of 이서연
    // 2-character English prefixes, any case, of any word (name, email, note, service)
    expect(idsOf(searchCalls(db, { text: 'Jo' }))).toEqual([jo.id, john.id]);
    expect(idsOf(searchCalls(db, { text: 'ja' }))).toEqual([b.id]); // Jane, jane@example.com
    expect(idsOf(searchCalls(db, { text: 'Do' }))).toEqual([b.id]);
    expect(idsOf(searchCalls(db, { text: 'oe' }))).toEqual([]); // inside "Doe": not a word start
    expect(idsOf(searchCalls(db, { text: 'mu' }))).toEqual([jo.id]); // Müller, accents ignored
    expect(idsOf(searchCalls(db, { text: 'Jo Sm' }))).toEqual([john.id]); // all words
    // first digits of a number, however it was typed
    expect(idsOf(searchCalls(db, { text: '02' }))).toEqual([b.id]);
    expect(idsOf(searchCalls(db, { text: '0' }))).toEqual([john.id, d.id, e.id, b.id, a.id]);
    // next to a 3+ character word a short word filters the trigram matches as a substring
    expect(idsOf(searchCalls(db, { text: '김 5678' }))).toEqual([a.id]);
    expect(idsOf(searchCalls(db, { text: '박 5678' }))).toEqual([d.id]);
    expect(idsOf(searchCalls(db, { text: 'Jo 0000' }))).toEqual([john.id]);
    expect(idsOf(searchCalls(db, { text: 'oe parking' }))).toEqual([b.id]); // Doe
    // words without letters or digits match nothing
    expect(idsOf(searchCalls(db, { text: '-' }))).toEqual([]);
  });

  it('combines a short word with dates and outcome, newest first, counting past a page', () => {
    const db = dbWith();
    const c = readCatalog(db);
    const kim = (day: number, outcome: 'booked' | 'thinking', name = '김민수') =>
      saveCall(db, c, session({ caller: { name, phone: '010-1234-5678' }, outcome }), at(day));
    const k1 = kim(1, 'thinking');
    kim(2, 'booked');
    const k3 = kim(3, 'thinking', '김하은');
    kim(3, 'thinking', '이민수');
    const k4 = kim(4, 'thinking');
    kim(5, 'thinking');
    const jo = saveCall(db, c, session({ caller: { name: 'Jo Park' }, outcome: 'thinking' }), at(3));
    expect(idsOf(searchCalls(db, { text: '김', from: '2026-03-01', to: '2026-03-04', outcome: 'thinking' }))).toEqual([k4.id, k3.id, k1.id]);
    expect(idsOf(searchCalls(db, { text: '김', from: '2026-03-03', to: '2026-03-03', outcome: 'thinking' }))).toEqual([k3.id]);
    expect(idsOf(searchCalls(db, { text: '김', from: '2026-03-03', to: '2026-03-03', outcome: 'booked' }))).toEqual([]);
    expect(idsOf(searchCalls(db, { text: 'jo', from: '2026-03-02', to: '2026-03-03', outcome: 'thinking' }))).toEqual([jo.id]);
    expect(idsOf(searchCalls(db, { text: '김 5678', from: '2026-03-02', to: '2026-03-04', outcome: 'thinking' }))).toEqual([k4.id, k3.id]);
    const page = searchCalls(db, { text: '김', outcome: 'thinking', limit: 2 });
    expect(page).toMatchObject({ total: 4, totalCapped: false });
    expect(idsOf(page)).toHaveLength(2);
  });

  it('filters by local date range, outcome, kind and follow-ups due', () => {
    const db = dbWith();
    const { a, b, e, d } = sampleLog(db);
    expect(idsOf(searchCalls(db, { from: '2026-03-02', to: '2026-03-03' }))).toEqual([e.id, b.id]);
    expect(idsOf(searchCalls(db, { to: '2026-03-01' }))).toEqual([a.id]);
    expect(idsOf(searchCalls(db, { outcome: 'booked' }))).toEqual([b.id]);
    expect(idsOf(searchCalls(db, { kind: 'enrollment' }))).toEqual([e.id]);
    // d is due too but declined; b has no follow-up
    expect(idsOf(searchCalls(db, { followUpDueBy: '2026-03-05' }))).toEqual([a.id]);
    expect(idsOf(searchCalls(db, { followUpDueBy: '2026-03-31' }))).toEqual([e.id, a.id]);
    expect(idsOf(searchCalls(db, { text: '5678', outcome: 'thinking' }))).toEqual([a.id]);
  });

  it('caps the count and says so', () => {
    const db = dbWith();
    const c = readCatalog(db);
    const insert = db.transaction(() => {
      for (let i = 0; i < CALL_COUNT_CAP + 5; i++) saveCall(db, c, session(), at(1));
    });
    insert();
    expect(searchCalls(db, { limit: 10 })).toMatchObject({ total: CALL_COUNT_CAP, totalCapped: true });
    expect(searchCalls(db, { text: '김민수', limit: 10 })).toMatchObject({ total: CALL_COUNT_CAP, totalCapped: true });
  }, 30_000); // over a thousand calls saved one by one: slow on a loaded machine
});

describe('updateCall and callsByPhone', () => {
  it('changes outcome, note and follow-up; null clears; the note becomes searchable', () => {
    const db = dbWith();
    const { a } = sampleLog(db);
    const u = updateCall(db, { id: a.id, expectedVersion: getCall(db, a.id).rowVersion, outcome: 'booked', note: 'booked for friday', followUp: null });
    expect(u).toMatchObject({ outcome: 'booked', note: 'booked for friday', followUp: null });
    expect(u.saved).toEqual(a.saved);
    expect(idsOf(searchCalls(db, { text: 'friday' }))).toEqual([a.id]);
    expect(idsOf(searchCalls(db, { text: '주차' }))).toEqual([]);
    expect(updateCall(db, { id: a.id, expectedVersion: getCall(db, a.id).rowVersion, followUp: '2026-04-01' })).toMatchObject({ note: 'booked for friday', followUp: '2026-04-01' });
    expect(refusal(() => updateCall(db, { id: 999, expectedVersion: 1, outcome: 'booked' })).code).toBe('not-found');
  });

  it('finds earlier calls of a number however it is typed', () => {
    const db = dbWith();
    const { a, d } = sampleLog(db);
    expect(callsByPhone(db, '01012345678').map((c) => c.id)).toEqual([a.id]);
    expect(callsByPhone(db, '+82 10 1234 5678').map((c) => c.id)).toEqual([a.id]);
    expect(callsByPhone(db, '010-2222-5678').map((c) => c.id)).toEqual([d.id]);
    expect(callsByPhone(db, '5678')).toEqual([]);
  });
});

describe('exportCallsCsv', () => {
  it('writes UTF-8 with BOM, CRLF, quoted fields, guarded formulas and plain amounts', () => {
    const db = dbWith();
    const c = readCatalog(db);
    const x = saveCall(
      db,
      c,
      session({ caller: { name: '=HYPERLINK("http://x")', phone: '+82 10-1234-5678' }, note: 'line one\nsaid "maybe", later' }),
      at(5, 14),
    );
    const { fileName, csv } = exportCallsCsv(db, {}, 'ko', at(6));
    expect(fileName).toBe('front-desk-calls-2026-03-06.csv');
    expect(csv.startsWith('\uFEFF번호,날짜,시간,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3); // header, one call, final empty
    expect(lines[1]).toBe(
      [
        String(x.id),
        '2026-03-05',
        '14:00',
        '마사지 견적',
        `"'=HYPERLINK(""http://x"")"`,
        "'+82 10-1234-5678",
        '고민 중',
        '',
        x.summary.ko,
        String(x.total),
        'KRW',
        '"line one\nsaid ""maybe"", later"',
      ].join(','),
    );
    // the screens' words (docs/glossary.md): 연락 예정일, 합계; 화폐 for the currency, not 통화 (a call)
    expect(csv.startsWith('\uFEFF번호,날짜,시간,종류,이름,전화번호,결과,연락 예정일,내용,합계,화폐,메모\r\n')).toBe(true);
    expect(exportCallsCsv(db, {}, 'en').csv).toContain('\uFEFFID,Date,Time,Type,Name,Phone,Outcome,Call back on,Summary,Total,Currency,Note\r\n');
  });

  it('writes USD amounts in dollars', () => {
    const db = dbWith(usdJson());
    const c = readCatalog(db);
    const svc = c.services.find((s) => s.active && s.rates.length > 0)!;
    const rec = saveCall(db, c, session({ caller: { name: 'Jane', phone: '(212) 555-0123' }, request: { items: [{ serviceId: svc.id, minutes: svc.rates[0]!.minutes }] } }), at(1));
    const row = exportCallsCsv(db, {}, 'en').csv.split('\r\n')[1]!;
    const total = `${Math.floor(rec.total / 100)}.${String(rec.total % 100).padStart(2, '0')}`;
    expect(row).toContain(`,${total},USD,`);
  });
});

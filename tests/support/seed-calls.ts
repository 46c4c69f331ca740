// Many realistic calls in one transaction, for benchmarks and demos. Quotes are real
// (computed from the catalog) but drawn from a small pool, so 200,000 rows take seconds.
import type { Database } from 'better-sqlite3';
import type { CallOutcome } from '../../shared/vocabulary';
import type { CallSaveInput } from '../../shared/api/calls';
import type { SavedEnrollmentQuote, SavedSessionQuote } from '../../shared/api/types';
import type { Catalog } from '../../shared/pricing/types';
import { localDate } from '../../shared/local-date';
import { insertCallSql, snapshotFor, type CallRowValues } from '../../electron/services/calls/save';
import { noteCallTime } from '../../electron/services/calls/time-order';
import { searchNamesOf, searchTextOf, summaryOf } from '../../electron/services/calls/snapshot';

const surnames = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'];
const givenNames = ['민수', '서연', '지훈', '하은', '도윤', '수빈', '예준', '지우', '현우', '유진', '은지', '성민', '다은', '준호'];
const englishNames = ['Jane Doe', 'John Smith', 'Emily Park', 'Michael Kim', 'Sarah Lee', 'David Choi', 'Anna Müller'];
const notes = [
  '', '', '', '', '주차 가능한지 문의', '가격 비교 중', '커플 마사지 문의', '오후 6시 이후 재연락', '선물용 이용권 문의',
  'asks about parking', 'call back after 6pm', 'comparing prices', 'gift certificate?', 'prefers a female therapist',
];
const outcomes: CallOutcome[] = ['booked', 'booked', 'thinking', 'thinking', 'declined', 'no-answer'];

/** mulberry32: small, fast, reproducible (the benchmark uses it too). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Snapshot = SavedSessionQuote | SavedEnrollmentQuote;

function quotePool(catalog: Catalog, rnd: () => number, size: number): Snapshot[] {
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(rnd() * list.length)];
  const bookable = catalog.services.filter((s) => s.active && s.rates.length > 0);
  const school = catalog.school;
  const pool: Snapshot[] = [];
  for (let tries = 0; pool.length < size && tries < size * 5; tries++) {
    let input: CallSaveInput | undefined;
    const base = { caller: {}, quoteLang: 'ko' as const, outcome: 'thinking' as const };
    if (school && school.programs.length > 0 && school.paymentPlans.length > 0 && rnd() < 0.1) {
      input = {
        ...base,
        kind: 'enrollment',
        request: { programId: pick(school.programs)!.id, paymentPlanId: pick(school.paymentPlans)!.id, startDate: '2027-03-02' },
      };
    } else if (bookable.length > 0) {
      const service = pick(bookable)!;
      const addOn = pick(catalog.addOns.filter((a) => !a.services || a.services.includes(service.id)));
      const zone = rnd() < 0.2 ? pick(catalog.travelZones) : undefined;
      input = {
        ...base,
        kind: 'session',
        request: {
          items: [
            {
              serviceId: service.id,
              minutes: pick(service.rates)!.minutes,
              persons: rnd() < 0.8 ? 1 : 2,
              ...(addOn && rnd() < 0.3 ? { addOnIds: [addOn.id] } : {}),
            },
          ],
          ...(rnd() < 0.1 ? { sessions: 10 } : {}),
          ...(zone ? { travelZoneId: zone.id } : {}),
        },
      };
    }
    if (!input) break;
    try {
      pool.push(snapshotFor(catalog, input));
    } catch {
      // a combination the catalog refuses: draw another
    }
  }
  return pool;
}

function syntheticPhone(currency: string, rnd: () => number) {
  const n = (digits: number) => String(Math.floor(rnd() * 10 ** digits)).padStart(digits, '0');
  if (currency === 'USD') {
    const local = `${200 + Math.floor(rnd() * 700)}${n(7)}`;
    return { typed: `(${local.slice(0, 3)}) ${local.slice(3, 6)}-${local.slice(6)}`, e164: `+1${local}`, digits: [local, `1${local}`] };
  }
  const a = n(4);
  const b = n(4);
  return { typed: `010-${a}-${b}`, e164: `+8210${a}${b}`, digits: [`010${a}${b}`, `8210${a}${b}`] };
}

/** Inserts `n` calls spread over the two years before `now`, oldest first (so ids follow
 *  time). Returns how many were written (0 when the catalog offers nothing to quote). */
export function seedManyCalls(db: Database, n: number, catalog: Catalog, opts: { now?: Date; seed?: number } = {}): number {
  const rnd = seededRandom(opts.seed ?? 42);
  const pool = quotePool(catalog, rnd, 64).map((saved) => ({
    saved,
    json: JSON.stringify(saved),
    summary: summaryOf(saved),
    names: searchNamesOf(saved),
  }));
  if (pool.length === 0 || n <= 0) return 0;
  const end = (opts.now ?? new Date()).getTime();
  const span = 2 * 365 * 24 * 3600 * 1000;
  const insert = db.prepare(insertCallSql);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const q = pool[Math.floor(rnd() * pool.length)]!;
      const at = new Date(end - span + Math.floor(((i + rnd()) / n) * span));
      const english = rnd() < 0.15;
      const callerName = english
        ? englishNames[Math.floor(rnd() * englishNames.length)]!
        : surnames[Math.floor(rnd() * surnames.length)]! + givenNames[Math.floor(rnd() * givenNames.length)]!;
      const phone = rnd() < 0.95 ? syntheticPhone(catalog.currency, rnd) : { typed: '', e164: null, digits: [] };
      const outcome = outcomes[Math.floor(rnd() * outcomes.length)]!;
      const note = notes[Math.floor(rnd() * notes.length)]!;
      const followUp =
        outcome === 'thinking' || outcome === 'no-answer' ? localDate(new Date(at.getTime() + (1 + Math.floor(rnd() * 7)) * 86400000)) : null;
      const email = english && rnd() < 0.5 ? `${callerName.split(' ')[0]!.toLowerCase()}${i}@example.com` : '';
      const values: CallRowValues = {
        created_at: at.toISOString(),
        kind: q.saved.kind,
        caller_name: callerName,
        phone: phone.typed,
        phone_e164: phone.e164,
        client_id: null,
        email,
        quote_lang: english ? 'en' : 'ko',
        outcome,
        follow_up: followUp,
        note,
        currency: q.saved.quote.currency,
        total: q.saved.quote.total,
        summary_ko: q.summary.ko,
        summary_en: q.summary.en,
        search_text: searchTextOf({ callerName, phone: phone.typed, phoneDigits: phone.digits, email, names: q.names, note }),
        saved_quote: q.json,
      };
      if (i === 0) noteCallTime(db, values.created_at); // older than calls already stored?
      insert.run(values);
    }
  }).immediate();
  return n;
}

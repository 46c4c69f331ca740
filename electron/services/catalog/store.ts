// The catalog <-> its tables. Writes always replace the whole catalog (it is small, tens of
// rows): every write path stores one parseCatalog-validated whole, so the tables never hold
// a half-edited price list. Statements are prepared once per database (prepared.ts), not
// per row or per read.
import type { Database } from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import type {
  AddOn,
  Bilingual,
  Catalog,
  Discount,
  PaymentPlan,
  Program,
  SchoolFee,
  Service,
  Surcharge,
  SurchargeWhen,
  TaxMode,
  TravelZone,
} from '../../../shared/pricing/types';

type Named = { id: string; name_ko: string; name_en: string };
const nameOf = (r: Named): Bilingual => ({ ko: r.name_ko, en: r.name_en });
const bool = (b: boolean) => (b ? 1 : 0);
const names = (n: Bilingual) => ({ name_ko: n.ko, name_en: n.en });
const all = <R>(db: Database, sql: string) => prepared(db, sql).all() as R[];
const run = (db: Database, sql: string, params: Record<string, unknown>) => prepared(db, sql).run(params);
/** Optional fields are stored as NULL when absent, so they come back absent (round trip). */
function withOptional<T extends object>(obj: T, key: string, value: unknown): T {
  if (value !== null && value !== undefined) (obj as Record<string, unknown>)[key] = value;
  return obj;
}

/** Groups child rows by their parent id, keeping their stored order. */
function groupBy<R>(rows: R[], key: (r: R) => string): Map<string, R[]> {
  const map = new Map<string, R[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

export function hasCatalog(db: Database): boolean {
  return prepared(db, 'SELECT 1 FROM catalog_meta WHERE id = 1').get() !== undefined;
}

// The last committed catalog per database, frozen: every start reads it (catalog.get) and
// every call save prices with it (inside the core's transaction too). It is filled only
// outside a transaction, and storeCatalog, the only writer of these tables (this process is
// the only one using the data folder), drops it first: so while it exists, it is what the
// tables hold, in a transaction or not. A transaction that stored a catalog reads its own
// tables until it ends, and what it wrote is never kept if it rolls back.
const committed = new WeakMap<Database, Catalog>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The catalog's currency when the catalog is in memory already (no read otherwise). */
export function committedCurrency(db: Database): string | undefined {
  return committed.get(db)?.currency;
}

/** null when no catalog has been stored yet. The result is frozen: writes build a new one. */
export function loadCatalog(db: Database): Catalog | null {
  const cached = committed.get(db);
  if (cached) return cached;
  const read = readTables(db);
  if (read && !db.inTransaction) committed.set(db, deepFreeze(read));
  return read;
}

function readTables(db: Database): Catalog | null {
  const meta = prepared(db, 'SELECT * FROM catalog_meta WHERE id = 1').get() as
    | { currency: string; tax_mode: TaxMode; tax_percent: number; rounding_increment: number; has_school: number }
    | undefined;
  if (!meta) return null;

  const rates = groupBy(
    all<{ service_id: string; minutes: number; price: number }>(db, 'SELECT * FROM service_rates ORDER BY service_id, position'),
    (r) => r.service_id,
  );
  const services = all<Named & { category: string | null; active: number }>(db, 'SELECT * FROM services ORDER BY position').map(
    (r): Service => ({
      ...withOptional({ id: r.id, name: nameOf(r) }, 'category', r.category),
      active: r.active === 1,
      rates: (rates.get(r.id) ?? []).map((x) => ({ minutes: x.minutes, price: x.price })),
    }),
  );

  const addOnServices = groupBy(
    all<{ add_on_id: string; service_id: string }>(db, 'SELECT * FROM add_on_services ORDER BY add_on_id, position'),
    (r) => r.add_on_id,
  );
  const addOns = all<Named & { price: number; fits_all_services: number }>(db, 'SELECT * FROM add_ons ORDER BY position').map(
    (r): AddOn =>
      withOptional(
        { id: r.id, name: nameOf(r), price: r.price },
        'services',
        r.fits_all_services === 1 ? null : (addOnServices.get(r.id) ?? []).map((l) => l.service_id),
      ),
  );

  const weekdays = groupBy(
    all<{ surcharge_id: string; weekday: number }>(db, 'SELECT * FROM surcharge_weekdays ORDER BY surcharge_id, position'),
    (r) => r.surcharge_id,
  );
  const dates = groupBy(
    all<{ surcharge_id: string; date: string }>(db, 'SELECT * FROM surcharge_dates ORDER BY surcharge_id, position'),
    (r) => r.surcharge_id,
  );
  const surcharges = all<
    Named & { kind: 'window' | 'weekdays' | 'dates'; window_from: string | null; window_to: string | null; percent: number | null; amount: number | null }
  >(db, 'SELECT * FROM surcharges ORDER BY position').map((r): Surcharge => {
    const when: SurchargeWhen =
      r.kind === 'window'
        ? { from: r.window_from ?? '', to: r.window_to ?? '' }
        : r.kind === 'weekdays'
          ? { weekdays: (weekdays.get(r.id) ?? []).map((w) => w.weekday) }
          : { dates: (dates.get(r.id) ?? []).map((d) => d.date) };
    return withOptional(withOptional({ id: r.id, name: nameOf(r), when }, 'percent', r.percent), 'amount', r.amount);
  });

  const travelZones = all<Named & { fee: number }>(db, 'SELECT * FROM travel_zones ORDER BY position').map(
    (r): TravelZone => ({ id: r.id, name: nameOf(r), fee: r.fee }),
  );

  const discounts = all<Named & { percent: number | null; amount: number | null; code: string | null; min_sessions: number | null }>(
    db,
    'SELECT * FROM discounts ORDER BY position',
  ).map((r): Discount => {
    const d: Discount = { id: r.id, name: nameOf(r) };
    withOptional(d, 'percent', r.percent);
    withOptional(d, 'amount', r.amount);
    withOptional(d, 'code', r.code);
    return withOptional(d, 'minSessions', r.min_sessions);
  });

  const catalog: Catalog = {
    format: 'front-desk-catalog',
    version: 1,
    currency: meta.currency,
    tax: { mode: meta.tax_mode, percent: meta.tax_percent },
    rounding: { increment: meta.rounding_increment },
    services,
    addOns,
    surcharges,
    travelZones,
    discounts,
  };
  if (meta.has_school === 1) catalog.school = loadSchool(db);
  return catalog;
}

function loadSchool(db: Database): NonNullable<Catalog['school']> {
  const programs = all<Named & { hours: number; months: number; tuition: number }>(
    db,
    'SELECT * FROM school_programs ORDER BY position',
  ).map((r): Program => ({ id: r.id, name: nameOf(r), hours: r.hours, months: r.months, tuition: r.tuition }));

  const feePrograms = groupBy(
    all<{ fee_id: string; program_id: string }>(db, 'SELECT * FROM fee_programs ORDER BY fee_id, position'),
    (r) => r.fee_id,
  );
  const fees = all<Named & { amount: number; per: 'once' | 'year'; due_at_enrollment: number; optional: number; all_programs: number }>(
    db,
    'SELECT * FROM school_fees ORDER BY position',
  ).map(
    (r): SchoolFee =>
      withOptional(
        {
          id: r.id,
          name: nameOf(r),
          amount: r.amount,
          per: r.per,
          dueAtEnrollment: r.due_at_enrollment === 1,
          optional: r.optional === 1,
        },
        'programs',
        r.all_programs === 1 ? null : (feePrograms.get(r.id) ?? []).map((l) => l.program_id),
      ),
  );

  const paymentPlans = all<
    Named & {
      installments: number;
      down_payment: number | null;
      installment_fee: number | null;
      installment_increment: number | null;
      tuition_discount_percent: number | null;
    }
  >(db, 'SELECT * FROM payment_plans ORDER BY position').map((r): PaymentPlan => {
    const p: PaymentPlan = { id: r.id, name: nameOf(r), installments: r.installments };
    withOptional(p, 'downPayment', r.down_payment);
    withOptional(p, 'installmentFee', r.installment_fee);
    withOptional(p, 'installmentIncrement', r.installment_increment);
    return withOptional(p, 'tuitionDiscountPercent', r.tuition_discount_percent);
  });
  return { programs, fees, paymentPlans };
}

/** Children first, so the RESTRICT references (add-on -> service, fee -> program) never fire. */
const clearOrder = [
  'add_on_services',
  'fee_programs',
  'service_rates',
  'surcharge_weekdays',
  'surcharge_dates',
  'add_ons',
  'services',
  'surcharges',
  'travel_zones',
  'discounts',
  'school_fees',
  'school_programs',
  'payment_plans',
  'catalog_meta',
];

/** Replaces every catalog table's rows. Call inside a transaction, with a validated catalog. */
export function storeCatalog(db: Database, c: Catalog): void {
  committed.delete(db); // read again once this write has committed (or rolled back)
  for (const table of clearOrder) prepared(db, `DELETE FROM ${table}`).run();

  run(
    db,
    `INSERT INTO catalog_meta (id, currency, tax_mode, tax_percent, rounding_increment, has_school)
     VALUES (1, @currency, @tax_mode, @tax_percent, @rounding_increment, @has_school)`,
    {
      currency: c.currency,
      tax_mode: c.tax.mode,
      tax_percent: c.tax.percent,
      rounding_increment: c.rounding.increment,
      has_school: bool(c.school !== undefined),
    },
  );
  c.services.forEach((s, position) => {
    run(
      db,
      `INSERT INTO services (id, position, name_ko, name_en, category, active)
       VALUES (@id, @position, @name_ko, @name_en, @category, @active)`,
      { id: s.id, position, ...names(s.name), category: s.category ?? null, active: bool(s.active) },
    );
    s.rates.forEach((r, i) =>
      run(db, 'INSERT INTO service_rates (service_id, position, minutes, price) VALUES (@id, @i, @minutes, @price)', {
        id: s.id,
        i,
        minutes: r.minutes,
        price: r.price,
      }),
    );
  });
  c.addOns.forEach((a, position) => {
    run(
      db,
      `INSERT INTO add_ons (id, position, name_ko, name_en, price, fits_all_services)
       VALUES (@id, @position, @name_ko, @name_en, @price, @fits)`,
      { id: a.id, position, ...names(a.name), price: a.price, fits: bool(a.services === undefined) },
    );
    a.services?.forEach((serviceId, i) =>
      run(db, 'INSERT INTO add_on_services (add_on_id, position, service_id) VALUES (@id, @i, @serviceId)', { id: a.id, i, serviceId }),
    );
  });
  c.surcharges.forEach((s, position) => {
    const w = s.when;
    const kind = 'from' in w ? 'window' : 'weekdays' in w ? 'weekdays' : 'dates';
    run(
      db,
      `INSERT INTO surcharges (id, position, name_ko, name_en, kind, window_from, window_to, percent, amount)
       VALUES (@id, @position, @name_ko, @name_en, @kind, @from, @to, @percent, @amount)`,
      {
        id: s.id,
        position,
        ...names(s.name),
        kind,
        from: 'from' in w ? w.from : null,
        to: 'from' in w ? w.to : null,
        percent: s.percent ?? null,
        amount: s.amount ?? null,
      },
    );
    if ('weekdays' in w)
      w.weekdays.forEach((weekday, i) =>
        run(db, 'INSERT INTO surcharge_weekdays (surcharge_id, position, weekday) VALUES (@id, @i, @weekday)', { id: s.id, i, weekday }),
      );
    if ('dates' in w)
      w.dates.forEach((date, i) =>
        run(db, 'INSERT INTO surcharge_dates (surcharge_id, position, date) VALUES (@id, @i, @date)', { id: s.id, i, date }),
      );
  });
  c.travelZones.forEach((z, position) =>
    run(db, 'INSERT INTO travel_zones (id, position, name_ko, name_en, fee) VALUES (@id, @position, @name_ko, @name_en, @fee)', {
      id: z.id,
      position,
      ...names(z.name),
      fee: z.fee,
    }),
  );
  c.discounts.forEach((d, position) =>
    run(
      db,
      `INSERT INTO discounts (id, position, name_ko, name_en, percent, amount, code, min_sessions)
       VALUES (@id, @position, @name_ko, @name_en, @percent, @amount, @code, @minSessions)`,
      {
        id: d.id,
        position,
        ...names(d.name),
        percent: d.percent ?? null,
        amount: d.amount ?? null,
        code: d.code ?? null,
        minSessions: d.minSessions ?? null,
      },
    ),
  );
  if (c.school) storeSchool(db, c.school);
}

function storeSchool(db: Database, school: NonNullable<Catalog['school']>): void {
  school.programs.forEach((p, position) =>
    run(
      db,
      `INSERT INTO school_programs (id, position, name_ko, name_en, hours, months, tuition)
       VALUES (@id, @position, @name_ko, @name_en, @hours, @months, @tuition)`,
      { id: p.id, position, ...names(p.name), hours: p.hours, months: p.months, tuition: p.tuition },
    ),
  );
  school.fees.forEach((f, position) => {
    run(
      db,
      `INSERT INTO school_fees (id, position, name_ko, name_en, amount, per, due_at_enrollment, optional, all_programs)
       VALUES (@id, @position, @name_ko, @name_en, @amount, @per, @due, @optional, @all)`,
      {
        id: f.id,
        position,
        ...names(f.name),
        amount: f.amount,
        per: f.per,
        due: bool(f.dueAtEnrollment),
        optional: bool(f.optional),
        all: bool(f.programs === undefined),
      },
    );
    f.programs?.forEach((programId, i) =>
      run(db, 'INSERT INTO fee_programs (fee_id, position, program_id) VALUES (@id, @i, @programId)', { id: f.id, i, programId }),
    );
  });
  school.paymentPlans.forEach((p, position) =>
    run(
      db,
      `INSERT INTO payment_plans (id, position, name_ko, name_en, installments, down_payment, installment_fee, installment_increment, tuition_discount_percent)
       VALUES (@id, @position, @name_ko, @name_en, @installments, @down, @fee, @increment, @discount)`,
      {
        id: p.id,
        position,
        ...names(p.name),
        installments: p.installments,
        down: p.downPayment ?? null,
        fee: p.installmentFee ?? null,
        increment: p.installmentIncrement ?? null,
        discount: p.tuitionDiscountPercent ?? null,
      },
    ),
  );
}

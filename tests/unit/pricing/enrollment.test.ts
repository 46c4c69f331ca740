import { describe, it, expect } from 'vitest';
import { CatalogError, compareEnrollmentPlans, computeEnrollmentQuote, EnrollmentError, parseEntry } from '../../../shared/pricing';
import type { Catalog, EnrollmentRequest, School } from '../../../shared/pricing';
import { krw600Catalog, seedCatalog, specCatalog, usdCatalog, variant } from './fixtures';

// Spec example school (KRW): mt-600, 14 months, tuition 1,290,000.
// Fees: application 5,000 once, due at enrollment; liability 1,500 per year; books 32,000 optional.
// Plans: full (0 installments, 5 % off tuition); monthly-12 (down 100,000, 12 x, fee 500 each,
// payments in steps of 1,000).

function expectEnrollmentError(catalog: Catalog, request: EnrollmentRequest, code: string, details?: object) {
  try {
    computeEnrollmentQuote(catalog, request);
  } catch (e) {
    expect(e).toBeInstanceOf(EnrollmentError);
    expect((e as EnrollmentError).code).toBe(code);
    if (details) expect((e as EnrollmentError).details).toMatchObject(details);
    return;
  }
  throw new Error(`expected ${code}`);
}

function withSchool(base: Catalog, school: Partial<School>): Catalog {
  const current = base.school ?? { programs: [], fees: [], paymentPlans: [] };
  return variant(base, { school: { ...current, ...school } });
}

describe('the spec example', () => {
  it('computes the worked request with its schedule', () => {
    // years = ceil(14 / 12) = 2. Fees: application 5,000; liability 1,500 * 2 = 3,000; books 32,000.
    // P = 1,290,000 + 40,000 = 1,330,000. D0 = 5,000. down = min(100,000, 1,325,000) = 100,000.
    // Due now 105,000. R = 1,225,000; increment 1,000: floor(R / 12,000) * 1,000 = 102,000; the last
    // takes 1,225,000 - 11 * 102,000 = 103,000. Each + 500. total = 1,330,000 + 12 * 500 = 1,336,000.
    const quote = computeEnrollmentQuote(specCatalog, {
      programId: 'mt-600', optionalFeeIds: ['books'], paymentPlanId: 'monthly-12', startDate: '2027-03-02',
    });
    const months = ['2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12', '2028-01', '2028-02', '2028-03'];
    expect(quote).toEqual({
      currency: 'KRW',
      tuition: 1290000,
      tuitionDiscount: 0,
      fees: [{ id: 'application', amount: 5000 }, { id: 'liability', amount: 3000 }, { id: 'books', amount: 32000 }],
      total: 1336000,
      dueAtEnrollment: 105000,
      schedule: months.map((m, i) => ({ date: `${m}-02`, amount: i === 11 ? 103500 : 102500 })),
    });
    // Everything adds up: due now + the schedule = total.
    expect(quote.dueAtEnrollment + quote.schedule.reduce((s, p) => s + p.amount, 0)).toBe(quote.total);
  });

  it('puts everything due at enrollment with 0 installments and takes the tuition discount', () => {
    // 5 % of 1,290,000 = 64,500. Fees without books: 5,000 + 3,000. P = 1,290,000 - 64,500 + 8,000 = 1,233,500.
    const quote = computeEnrollmentQuote(specCatalog, { programId: 'mt-600', paymentPlanId: 'full', startDate: '2027-03-02' });
    expect(quote).toMatchObject({ tuitionDiscount: 64500, total: 1233500, dueAtEnrollment: 1233500, schedule: [] });
    expect(quote.fees.map((f) => f.id)).toEqual(['application', 'liability']);
  });
});

describe('rule 1: years and fees', () => {
  const liability = (months: number) =>
    computeEnrollmentQuote(
      withSchool(specCatalog, { programs: [{ id: 'p', name: { ko: '과정', en: 'Course' }, hours: 100, months, tuition: 100000 }] }),
      { programId: 'p', paymentPlanId: 'full', startDate: '2027-01-01' },
    ).fees.find((f) => f.id === 'liability')?.amount;

  it('counts a year fee ceil(months / 12) times', () => {
    expect(liability(1)).toBe(1500);
    expect(liability(12)).toBe(1500);
    expect(liability(13)).toBe(3000);
    expect(liability(24)).toBe(3000);
    expect(liability(25)).toBe(4500);
  });

  it('counts only the fees that fit the program, optional ones when chosen', () => {
    // basic-120 (4 months, 1 year): application 50,000 + liability 30,000; the clinic
    // practicum is for mt-600 only; books chosen 120,000. Full plan: 5 % of 1,800,000 = 90,000.
    // total = 1,800,000 - 90,000 + 200,000 = 1,910,000.
    const quote = computeEnrollmentQuote(krw600Catalog, {
      programId: 'basic-120', optionalFeeIds: ['books'], paymentPlanId: 'full', startDate: '2026-09-01',
    });
    expect(quote.fees).toEqual([
      { id: 'application', amount: 50000 },
      { id: 'liability', amount: 30000 },
      { id: 'books', amount: 120000 },
    ]);
    expect([quote.tuitionDiscount, quote.total]).toEqual([90000, 1910000]);
  });

  it('counts a required fee named among the optional ones once, and repeated ids once', () => {
    const quote = computeEnrollmentQuote(specCatalog, {
      programId: 'mt-600', optionalFeeIds: ['application', 'books', 'books'], paymentPlanId: 'full', startDate: '2027-03-02',
    });
    expect(quote.fees.map((f) => f.id)).toEqual(['application', 'liability', 'books']);
  });
});

describe('rule 5: the schedule', () => {
  it('clamps payment dates to the month end (Jan 31 -> Feb 28), each from the start date', () => {
    // mt-600, 14 months (2 years), monthly-6, books + licensing exam.
    // Fees: 50,000 + 60,000 + 200,000 + 120,000 + 100,000 = 530,000. P = 7,430,000.
    // D0 = 50,000, no down payment. R = 7,380,000 / 6 = 1,230,000 each.
    const quote = computeEnrollmentQuote(krw600Catalog, {
      programId: 'mt-600', optionalFeeIds: ['books', 'licensing-exam'], paymentPlanId: 'monthly-6', startDate: '2027-01-31',
    });
    expect(quote.schedule).toEqual(
      ['2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31'].map((date) => ({ date, amount: 1230000 })),
    );
    expect([quote.total, quote.dueAtEnrollment]).toEqual([7430000, 50000]);
  });

  it('uses Feb 29 in a leap year', () => {
    const quote = computeEnrollmentQuote(specCatalog, { programId: 'mt-600', paymentPlanId: 'monthly-12', startDate: '2027-12-31' });
    expect(quote.schedule.slice(0, 3).map((p) => p.date)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
    expect(quote.schedule.at(-1)?.date).toBe('2028-12-31');
  });

  it('adds the installment fee to every payment and to the total', () => {
    // mt-600, monthly-12: fees 50,000 + 60,000 + 200,000 = 310,000; P = 7,210,000.
    // D0 50,000 + down 500,000 = 550,000 now. R = 6,660,000 / 12 = 555,000; + 5,000 = 560,000.
    // total = 7,210,000 + 12 * 5,000 = 7,270,000.
    const quote = computeEnrollmentQuote(krw600Catalog, { programId: 'mt-600', paymentPlanId: 'monthly-12', startDate: '2026-09-01' });
    expect(quote.dueAtEnrollment).toBe(550000);
    expect(new Set(quote.schedule.map((p) => p.amount))).toEqual(new Set([560000]));
    expect(quote.total).toBe(7270000);
  });

  it('cuts a down payment larger than the rest', () => {
    // P = 1,290,000 + 8,000 = 1,298,000; D0 5,000; down = min(5,000,000, 1,293,000) = 1,293,000.
    // Due now 1,298,000; R = 0: twelve payments of 0 + 500; total 1,298,000 + 6,000 = 1,304,000.
    const c = withSchool(specCatalog, {
      paymentPlans: [{ id: 'big-down', name: { ko: '선납', en: 'Big down' }, downPayment: 5000000, installments: 12, installmentFee: 500 }],
    });
    const quote = computeEnrollmentQuote(c, { programId: 'mt-600', paymentPlanId: 'big-down', startDate: '2027-03-02' });
    expect(quote.dueAtEnrollment).toBe(1298000);
    expect(quote.schedule.every((p) => p.amount === 500)).toBe(true);
    expect(quote.total).toBe(1304000);
  });

  it('ignores a down payment on a 0-installment plan', () => {
    const c = withSchool(specCatalog, {
      paymentPlans: [{ id: 'once', name: { ko: '일시불', en: 'Once' }, downPayment: 100000, installments: 0, installmentFee: 700 }],
    });
    // P = 1,298,000, all now, no installment fee.
    const quote = computeEnrollmentQuote(c, { programId: 'mt-600', paymentPlanId: 'once', startDate: '2027-03-02' });
    expect([quote.total, quote.dueAtEnrollment, quote.schedule.length]).toEqual([1298000, 1298000, 0]);
  });

  it('quotes the USD school', () => {
    // mt-1000, 15 months -> 2 years. Fees: application 5,000; liability 1,500 * 2 = 3,000; MBLEx 26,500.
    // P = 1,650,000 + 34,500 = 1,684,500. D0 5,000; down 200,000; due now 205,000.
    // R = 1,479,500 / 10 = 147,950; + 1,000 = 148,950. total = 1,684,500 + 10,000 = 1,694,500.
    const quote = computeEnrollmentQuote(usdCatalog, {
      programId: 'mt-1000', optionalFeeIds: ['mblex'], paymentPlanId: 'monthly-10', startDate: '2026-09-15',
    });
    expect([quote.currency, quote.total, quote.dueAtEnrollment]).toEqual(['USD', 1694500, 205000]);
    expect(quote.schedule[0]).toEqual({ date: '2026-10-15', amount: 148950 });
    expect(quote.schedule[9]).toEqual({ date: '2027-07-15', amount: 148950 });
  });
});

describe('rule 5: installmentIncrement', () => {
  const plan = (installmentIncrement?: number) =>
    withSchool(specCatalog, {
      paymentPlans: [
        { id: 'p', name: { ko: '분납', en: 'Plan' }, downPayment: 100000, installments: 12, installmentFee: 500,
          ...(installmentIncrement === undefined ? {} : { installmentIncrement }) },
      ],
    });
  const amounts = (installmentIncrement?: number) =>
    computeEnrollmentQuote(plan(installmentIncrement), { programId: 'mt-600', optionalFeeIds: ['books'], paymentPlanId: 'p', startDate: '2027-03-02' })
      .schedule.map((p) => p.amount - 500);

  it('without it, payments are floor(R / n) and the last takes the rest', () => {
    // R = 1,225,000: 102,083 x 11, last 102,087.
    expect(amounts()).toEqual([...Array(11).fill(102083), 102087]);
    expect(amounts(1)).toEqual(amounts());
  });

  it('with 10,000 every payment but the last is a round amount, and all add up to R', () => {
    // floor(1,225,000 / 120,000) * 10,000 = 100,000; last = 1,225,000 - 1,100,000 = 125,000.
    const paid = amounts(10000);
    expect(paid).toEqual([...Array(11).fill(100000), 125000]);
    expect(paid.reduce((a, b) => a + b, 0)).toBe(1225000);
  });

  it('when the rest is smaller than n increments, the last payment takes it all', () => {
    // floor(1,225,000 / 12,000,000) = 0: eleven payments of 0 (+ the fee), the last 1,225,000.
    expect(amounts(1000000)).toEqual([...Array(11).fill(0), 1225000]);
  });

  it('is refused in the catalog unless a whole number >= 1', () => {
    for (const bad of [0, 1.5, -1000]) {
      expect(() => parseEntry('paymentPlans', { id: 'p', name: { ko: '가', en: 'A' }, installments: 3, installmentIncrement: bad })).toThrow(CatalogError);
    }
    expect(parseEntry('paymentPlans', { id: 'p', name: { ko: '가', en: 'A' }, installments: 3, installmentIncrement: 10000 })).toMatchObject({
      installmentIncrement: 10000,
    });
  });
});

describe('the Korean sample school', () => {
  it('quotes the specialist course in round monthly payments, the last taking the rest', () => {
    // 1,800,000 + admission 100,000 + practice 130,000 = 2,030,000. Due now 100,000 + down 300,000.
    // R = 1,630,000; increment 10,000: floor(1,630,000 / 30,000) * 10,000 = 540,000; last 550,000.
    const quote = computeEnrollmentQuote(seedCatalog, { programId: 'swedish-aroma', paymentPlanId: 'monthly-3', startDate: '2027-03-02' });
    expect(quote.dueAtEnrollment).toBe(400000);
    expect(quote.schedule.map((p) => p.amount)).toEqual([545000, 545000, 555000]);
    expect(quote.total).toBe(2030000 + 3 * 5000);
  });
  it('has a one-payment plan: the rest one month later', () => {
    const quote = computeEnrollmentQuote(seedCatalog, { programId: 'sports', paymentPlanId: 'two-payments', startDate: '2027-03-02' });
    // 1,200,000 + 100,000 + 130,000 = 1,430,000; now 1,100,000; 330,000 on 2027-04-02.
    expect([quote.dueAtEnrollment, quote.schedule]).toEqual([1100000, [{ date: '2027-04-02', amount: 330000 }]]);
  });
});

describe('compareEnrollmentPlans', () => {
  it('quotes every plan in catalog order', () => {
    // USD mt-1000 without MBLEx: full: 3 % of 1,650,000 = 49,500; P = 1,650,000 - 49,500 + 8,000 = 1,608,500.
    // monthly-10: P = 1,658,000; total 1,668,000.
    const plans = compareEnrollmentPlans(usdCatalog, { programId: 'mt-1000', startDate: '2026-09-15' });
    expect(plans.map((p) => [p.planId, p.quote.total])).toEqual([['full', 1608500], ['monthly-10', 1668000]]);
  });

  it('throws once for a bad choice', () => {
    expect(() => compareEnrollmentPlans(seedCatalog, { programId: 'nope', startDate: '2026-09-15' })).toThrow(EnrollmentError);
  });
});

describe('errors', () => {
  const ok: EnrollmentRequest = { programId: 'mt-600', paymentPlanId: 'full', startDate: '2027-03-02' };
  it('refuses a malformed request', () => {
    expectEnrollmentError(specCatalog, { ...ok, startDate: '2027-02-30' }, 'invalid-request', { field: 'startDate' });
    expectEnrollmentError(specCatalog, { ...ok, startDate: '2027/03/02' }, 'invalid-request');
    expectEnrollmentError(specCatalog, { ...ok, optionalFeeIds: 'books' as unknown as string[] }, 'invalid-request');
    expectEnrollmentError(specCatalog, { programId: 'mt-600', startDate: '2027-03-02' } as EnrollmentRequest, 'invalid-request', {
      field: 'paymentPlanId',
    });
  });
  it('refuses unknown programs, also without a school', () => {
    expectEnrollmentError(specCatalog, { ...ok, programId: 'mt-1000' }, 'unknown-program', { programId: 'mt-1000' });
    const { school: _school, ...noSchool } = specCatalog;
    expectEnrollmentError(noSchool, ok, 'unknown-program');
  });
  it('refuses unknown plans and fees, and fees for other programs', () => {
    expectEnrollmentError(specCatalog, { ...ok, paymentPlanId: 'weekly' }, 'unknown-payment-plan', { paymentPlanId: 'weekly' });
    expectEnrollmentError(specCatalog, { ...ok, optionalFeeIds: ['uniform'] }, 'unknown-fee', { feeId: 'uniform' });
    expectEnrollmentError(krw600Catalog, { programId: 'basic-120', optionalFeeIds: ['licensing-exam'], paymentPlanId: 'full', startDate: '2027-03-02' },
      'fee-not-for-program', { feeId: 'licensing-exam', programId: 'basic-120' });
  });
});

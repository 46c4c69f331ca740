import { describe, it, expect } from 'vitest';
import { computeQuote, QuoteError } from '../../../shared/pricing';
import type { Catalog, QuoteRequest } from '../../../shared/pricing';
import { specCatalog, usdCatalog, variant } from './fixtures';

// The spec's example catalog (KRW, tax inclusive 10 %, rounding 1000):
// swedish 60 min 70,000 / 90 min 100,000; hot-stone 10,000 (swedish only);
// night 22:00-06:00 20 %; weekend [Sun, Sat] 10,000; holiday 2026-12-25 20,000;
// suwon 20,000; first-visit 10 %; ten-pack 15 % from 10 sessions; spring 5,000 "SPRING5".
// 2026-12-23 is a Wednesday, 12-24 Thursday, 12-25 Friday, 12-26 Saturday, 12-27 Sunday.

const swedish60 = { serviceId: 'swedish', minutes: 60 };

function expectQuoteError(catalog: Catalog, request: QuoteRequest, code: string, details?: object) {
  try {
    computeQuote(catalog, request);
  } catch (e) {
    expect(e).toBeInstanceOf(QuoteError);
    expect((e as QuoteError).code).toBe(code);
    if (details) expect((e as QuoteError).details).toMatchObject(details);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('the spec example', () => {
  it('computes the worked request', () => {
    // base 70,000 + 10,000 = 80,000; 23:30 is in the night window: 20 % = 16,000.
    // Thursday, not a holiday. Travel 20,000. Discounts: first-visit 10 % of 80,000 = 8,000
    // beats SPRING5 5,000; ten-pack needs 10 sessions. net = 80,000 + 16,000 + 20,000 - 8,000
    // = 108,000 (already a multiple of 1000); tax included = 108,000 * 10 / 110 = 9,818.18.
    const quote = computeQuote(specCatalog, {
      items: [{ serviceId: 'swedish', minutes: 60, persons: 1, addOnIds: ['hot-stone'] }],
      sessions: 1,
      at: '2026-12-24T23:30',
      travelZoneId: 'suwon',
      discountIds: ['first-visit'],
      promoCode: 'SPRING5',
    });
    expect(quote).toEqual({
      currency: 'KRW',
      lines: [
        { kind: 'service', id: 'swedish', amount: 70000, item: 0, quantity: 1, unitAmount: 70000 },
        { kind: 'addOn', id: 'hot-stone', amount: 10000, item: 0, quantity: 1, unitAmount: 10000 },
        { kind: 'surcharge', id: 'night', amount: 16000, item: 0, quantity: 1, unitAmount: 16000 },
        { kind: 'travel', id: 'suwon', amount: 20000, quantity: 1, unitAmount: 20000 },
        { kind: 'discount', id: 'first-visit', amount: -8000 },
      ],
      discount: 8000,
      tax: 9818,
      taxMode: 'inclusive',
      total: 108000,
      perSession: 108000,
    });
  });

  it('applies defaults: persons 1, sessions 1, no surcharges without `at`', () => {
    // 70,000; tax included 70,000 / 11 = 6,363.6 -> 6,364.
    const quote = computeQuote(specCatalog, { items: [swedish60] });
    expect(quote.lines).toEqual([{ kind: 'service', id: 'swedish', amount: 70000, item: 0, quantity: 1, unitAmount: 70000 }]);
    expect([quote.total, quote.tax, quote.discount, quote.perSession]).toEqual([70000, 6364, 0, 70000]);
  });
});

describe('rule 2: surcharges', () => {
  const surchargeIds = (at: string) =>
    computeQuote(specCatalog, { items: [swedish60], at }).lines.filter((l) => l.kind === 'surcharge').map((l) => l.id);

  it('matches the night window across midnight, from inclusive, to exclusive', () => {
    expect(surchargeIds('2026-12-23T21:59')).toEqual([]);
    expect(surchargeIds('2026-12-23T22:00')).toEqual(['night']);
    expect(surchargeIds('2026-12-23T23:59')).toEqual(['night']);
    expect(surchargeIds('2026-12-23T00:00')).toEqual(['night']);
    expect(surchargeIds('2026-12-23T05:59')).toEqual(['night']);
    expect(surchargeIds('2026-12-23T06:00')).toEqual([]);
    expect(surchargeIds('2026-12-23T12:00')).toEqual([]);
    // `at` with seconds is the same local date-time: the last second before six is night.
    expect(surchargeIds('2026-12-23T05:59:59')).toEqual(['night']);
    expect(surchargeIds('2026-12-23T21:59:59.999')).toEqual([]);
  });

  it('matches weekdays and dates by the calendar date of `at`', () => {
    expect(surchargeIds('2026-12-26T12:00')).toEqual(['weekend']); // Saturday
    expect(surchargeIds('2026-12-27T12:00')).toEqual(['weekend']); // Sunday
    expect(surchargeIds('2026-12-28T12:00')).toEqual([]); // Monday
    expect(surchargeIds('2026-12-25T12:00')).toEqual(['holiday']); // Friday, Christmas
    expect(surchargeIds('2026-12-25T23:00')).toEqual(['night', 'holiday']);
    expect(surchargeIds('2026-12-26T01:00')).toEqual(['night', 'weekend']); // Saturday 1 am
  });

  it('computes a percent on the item base (service + add-ons), per person and session', () => {
    // base 80,000; night 20 % = 16,000 per person; 2 persons -> 32,000.
    const quote = computeQuote(specCatalog, {
      items: [{ ...swedish60, persons: 2, addOnIds: ['hot-stone'] }],
      at: '2026-12-23T23:00',
    });
    expect(quote.lines.find((l) => l.kind === 'surcharge')).toEqual({
      kind: 'surcharge', id: 'night', amount: 32000, item: 0, quantity: 2, unitAmount: 16000,
    });
    // 140,000 + 20,000 + 32,000 = 192,000.
    expect(quote.total).toBe(192000);
  });

  it('rounds a percent surcharge half up per unit', () => {
    // A 1.5 % surcharge every day on Swedish 60 min $95.00: 9,500 * 1.5 % = 142.5 -> 143 cents.
    const c = variant(usdCatalog, {
      surcharges: [{ id: 'x', name: { ko: '엑스', en: 'X' }, when: { weekdays: [0, 1, 2, 3, 4, 5, 6] }, percent: 1.5 }],
    });
    const quote = computeQuote(c, { items: [swedish60], at: '2026-12-24T12:00' });
    expect(quote.lines.find((l) => l.kind === 'surcharge')?.unitAmount).toBe(143);
  });
});

describe('rules 3-4: persons, sessions, travel', () => {
  it('multiplies item lines by persons * sessions and travel by sessions only', () => {
    // Saturday 10:00: weekend 10,000. persons 2, sessions 3 -> quantity 6.
    // service 100,000 * 6 = 600,000; hot-stone 10,000 * 6 = 60,000; weekend 10,000 * 6 = 60,000;
    // travel 20,000 * 3 = 60,000. No discount (ten-pack needs 10). net 780,000.
    // Tax included 780,000 * 10 / 110 = 70,909.09 -> 70,909. Per session 260,000.
    const quote = computeQuote(specCatalog, {
      items: [{ serviceId: 'swedish', minutes: 90, persons: 2, addOnIds: ['hot-stone'] }],
      sessions: 3,
      at: '2026-12-26T10:00',
      travelZoneId: 'suwon',
    });
    expect(quote.lines).toEqual([
      { kind: 'service', id: 'swedish', amount: 600000, item: 0, quantity: 6, unitAmount: 100000 },
      { kind: 'addOn', id: 'hot-stone', amount: 60000, item: 0, quantity: 6, unitAmount: 10000 },
      { kind: 'surcharge', id: 'weekend', amount: 60000, item: 0, quantity: 6, unitAmount: 10000 },
      { kind: 'travel', id: 'suwon', amount: 60000, quantity: 3, unitAmount: 20000 },
    ]);
    expect([quote.total, quote.tax, quote.perSession]).toEqual([780000, 70909, 260000]);
  });

  it('orders lines item by item, then travel, discount, rounding', () => {
    const c = variant(specCatalog, {
      services: [
        ...specCatalog.services,
        { id: 'thai', name: { ko: '타이', en: 'Thai' }, active: true, rates: [{ minutes: 60, price: 65500 }] },
      ],
    });
    // Wednesday 23:00. Item 0: 70,000 + 10,000, night 16,000. Item 1: 65,500, night 13,100.
    // Travel 20,000. first-visit 10 % of (80,000 + 65,500) = 14,550.
    // net = 80,000 + 16,000 + 65,500 + 13,100 + 20,000 - 14,550 = 180,050 -> 180,000 (50 < 500): rounding -50.
    const quote = computeQuote(c, {
      items: [{ ...swedish60, addOnIds: ['hot-stone'] }, { serviceId: 'thai', minutes: 60 }],
      at: '2026-12-23T23:00',
      travelZoneId: 'suwon',
      discountIds: ['first-visit'],
    });
    expect(quote.lines.map((l) => [l.kind, l.id, l.item, l.amount])).toEqual([
      ['service', 'swedish', 0, 70000],
      ['addOn', 'hot-stone', 0, 10000],
      ['surcharge', 'night', 0, 16000],
      ['service', 'thai', 1, 65500],
      ['surcharge', 'night', 1, 13100],
      ['travel', 'suwon', undefined, 20000],
      ['discount', 'first-visit', undefined, -14550],
      ['rounding', 'rounding', undefined, -50],
    ]);
    expect(quote.total).toBe(180000);
    expect(quote.tax).toBe(16364); // 180,000 / 11 = 16,363.6
  });
});

describe('rule 5: discounts', () => {
  it('applies only the largest saving', () => {
    // 10 % of 70,000 = 7,000 beats 5,000.
    const quote = computeQuote(specCatalog, { items: [swedish60], discountIds: ['first-visit'], promoCode: 'SPRING5' });
    expect(quote.discount).toBe(7000);
    expect(quote.lines.at(-1)).toEqual({ kind: 'discount', id: 'first-visit', amount: -7000 });
    expect(quote.total).toBe(63000);
  });

  it('breaks a tie in favour of the discount listed first', () => {
    const tie = (discounts: Catalog['discounts']) =>
      computeQuote(variant(specCatalog, { discounts }), { items: [swedish60], discountIds: ['first-visit'], promoCode: 'SPRING7' })
        .lines.find((l) => l.kind === 'discount');
    const first = { id: 'first-visit', name: { ko: '첫 방문', en: 'First visit' }, percent: 10 };
    const promo = { id: 'spring', name: { ko: '봄', en: 'Spring' }, amount: 7000, code: 'SPRING7' };
    // Both save 7,000 on 70,000.
    expect(tie([first, promo])?.id).toBe('first-visit');
    expect(tie([promo, first])?.id).toBe('spring');
  });

  it('matches a promo code in any case, ignoring surrounding spaces', () => {
    for (const promoCode of ['spring5', 'Spring5', ' SPRING5 ']) {
      const quote = computeQuote(specCatalog, { items: [swedish60], promoCode });
      expect(quote.discount).toBe(5000);
      expect(quote.total).toBe(65000);
    }
    expect(computeQuote(specCatalog, { items: [swedish60], promoCode: '  ' }).discount).toBe(0); // blank = no code
  });

  it('applies a multi-visit discount automatically', () => {
    // 10 sessions: base 700,000; ten-pack 15 % = 105,000 beats first-visit 70,000.
    // net 595,000; tax included 595,000 / 11 = 54,090.9 -> 54,091; per session 59,500.
    const quote = computeQuote(specCatalog, { items: [swedish60], sessions: 10, discountIds: ['first-visit'] });
    expect(quote.lines.at(-1)).toEqual({ kind: 'discount', id: 'ten-pack', amount: -105000 });
    expect([quote.discount, quote.total, quote.tax, quote.perSession]).toEqual([105000, 595000, 54091, 59500]);
  });

  it('drops a requested discount whose minSessions exceeds the sessions', () => {
    const quote = computeQuote(specCatalog, { items: [swedish60], sessions: 9, discountIds: ['ten-pack'] });
    expect(quote.discount).toBe(0);
    expect(quote.lines.some((l) => l.kind === 'discount')).toBe(false);
    expect(quote.total).toBe(630000); // 9 * 70,000
  });

  it('caps an amount discount at its base (service + add-ons only)', () => {
    const c = variant(specCatalog, {
      discounts: [{ id: 'big', name: { ko: '큰 할인', en: 'Big' }, amount: 100000, code: 'BIG' }],
    });
    // base 70,000 (travel is not part of it) -> saving 70,000; net = 70,000 + 20,000 - 70,000.
    const quote = computeQuote(c, { items: [swedish60], travelZoneId: 'suwon', promoCode: 'big' });
    expect(quote.discount).toBe(70000);
    expect(quote.total).toBe(20000);
  });

  it('takes the percent on services and add-ons, not on surcharges or travel', () => {
    // night at 23:00 adds 14,000, travel 20,000; 10 % of 70,000 = 7,000.
    const quote = computeQuote(specCatalog, {
      items: [swedish60], at: '2026-12-23T23:00', travelZoneId: 'suwon', discountIds: ['first-visit'],
    });
    expect(quote.discount).toBe(7000);
    expect(quote.total).toBe(97000); // 70,000 + 14,000 + 20,000 - 7,000
  });

  it('applies an amount discount once per quote, not per session', () => {
    // 2 sessions: 140,000 - 5,000 = 135,000.
    expect(computeQuote(specCatalog, { items: [swedish60], sessions: 2, promoCode: 'SPRING5' }).total).toBe(135000);
  });
});

describe('rule 7: tax modes and rounding', () => {
  const request: QuoteRequest = {
    items: [{ ...swedish60, addOnIds: ['hot-stone'] }],
    at: '2026-12-23T23:00',
    discountIds: ['first-visit'],
  };
  // Lines: 70,000 + 10,000 + night 16,000 - first-visit 8,000 = net 88,000.

  it('adds exclusive tax, then rounds; the rounding line is signed', () => {
    // tax 8,800; 96,800 -> 97,000 (800 >= 500): rounding +200.
    const quote = computeQuote(variant(specCatalog, { tax: { mode: 'exclusive', percent: 10 } }), request);
    expect([quote.tax, quote.total, quote.taxMode]).toEqual([8800, 97000, 'exclusive']);
    expect(quote.lines.at(-1)).toEqual({ kind: 'rounding', id: 'rounding', amount: 200 });
  });

  it('leaves tax at 0 with mode none', () => {
    const quote = computeQuote(variant(specCatalog, { tax: { mode: 'none', percent: 0 } }), request);
    expect([quote.tax, quote.total, quote.taxMode]).toEqual([0, 88000, 'none']);
    expect(quote.lines.some((l) => l.kind === 'rounding')).toBe(false);
  });

  it('rounds an inclusive total half up and computes the tax from the rounded total', () => {
    const priced = (price: number) =>
      variant(specCatalog, {
        services: [{ id: 'swedish', name: { ko: '스웨디시', en: 'Swedish' }, active: true, rates: [{ minutes: 60, price }] }],
      });
    // 12,345 -> 12,000 (345 < 500): rounding -345; tax 12,000 / 11 = 1,090.9 -> 1,091.
    const down = computeQuote(priced(12345), { items: [swedish60] });
    expect([down.total, down.tax, down.lines.at(-1)?.amount]).toEqual([12000, 1091, -345]);
    // 12,500 -> 13,000 (exactly half goes up): rounding +500; tax 13,000 / 11 = 1,181.8 -> 1,182.
    const up = computeQuote(priced(12500), { items: [swedish60] });
    expect([up.total, up.tax, up.lines.at(-1)?.amount]).toEqual([13000, 1182, 500]);
  });
});

describe('rule 8: perSession', () => {
  it('rounds total / sessions half up', () => {
    // tax none, rounding 1: 2 * 70,000 - 4,999 = 135,001; / 2 = 67,500.5 -> 67,501.
    const c = variant(specCatalog, {
      tax: { mode: 'none', percent: 0 },
      rounding: { increment: 1 },
      discounts: [{ id: 'odd', name: { ko: '할인', en: 'Odd' }, amount: 4999, code: 'ODD' }],
    });
    const quote = computeQuote(c, { items: [swedish60], sessions: 2, promoCode: 'ODD' });
    expect([quote.total, quote.perSession]).toEqual([135001, 67501]);
  });
});

describe('USD catalog (exclusive 8.875 %, cents)', () => {
  // swedish 60 $95.00, 90 $135.00; deep-tissue 60 $110.00; hot-stone $20.00 (swedish,
  // deep-tissue); after-hours 21:00-07:00 15 %; weekend $10.00; holiday $20.00 (2026-12-25);
  // manhattan $40.00; first-visit 10 %; pack-5 10 % from 5; WELCOME15 $15.00.
  it('quotes a visit with travel and a first-visit discount', () => {
    // 9,500 + 2,000 = 11,500; travel 4,000; 10 % of 11,500 = 1,150. net 14,350.
    // tax 14,350 * 8.875 % = 1,273.5625 -> 1,274; total 15,624.
    const quote = computeQuote(usdCatalog, {
      items: [{ ...swedish60, addOnIds: ['hot-stone'] }],
      travelZoneId: 'manhattan',
      discountIds: ['first-visit'],
    });
    expect([quote.discount, quote.tax, quote.total, quote.perSession]).toEqual([1150, 1274, 15624, 15624]);
    expect(quote.currency).toBe('USD');
    expect(quote.lines.some((l) => l.kind === 'rounding')).toBe(false);
  });

  it('rounds to 25 cents with a rounding line', () => {
    // Same as above: 15,624 -> 15,625 (24 of 25 >= 12.5): rounding +1.
    const quote = computeQuote(variant(usdCatalog, { rounding: { increment: 25 } }), {
      items: [{ ...swedish60, addOnIds: ['hot-stone'] }],
      travelZoneId: 'manhattan',
      discountIds: ['first-visit'],
    });
    expect(quote.total).toBe(15625);
    expect(quote.tax).toBe(1274);
    expect(quote.lines.at(-1)).toEqual({ kind: 'rounding', id: 'rounding', amount: 1 });
  });

  it('applies the after-hours window up to 07:00 exclusive, and holidays', () => {
    const at = (when: string) => computeQuote(usdCatalog, { items: [{ serviceId: 'deep-tissue', minutes: 60 }], at: when });
    // 15 % of 11,000 = 1,650.
    expect(at('2026-12-24T06:59').lines.find((l) => l.kind === 'surcharge')?.amount).toBe(1650);
    expect(at('2026-12-24T07:00').lines.some((l) => l.kind === 'surcharge')).toBe(false);
    expect(at('2026-12-24T21:00').lines.some((l) => l.kind === 'surcharge')).toBe(true);
    // Christmas (Friday) noon: holiday $20.00. net 13,000; tax 1,153.75 -> 1,154; total 14,154.
    const christmas = at('2026-12-25T12:00');
    expect(christmas.lines.filter((l) => l.kind === 'surcharge').map((l) => [l.id, l.amount])).toEqual([['holiday', 2000]]);
    expect(christmas.total).toBe(14154);
  });

  it('applies the 5-session package automatically', () => {
    // 5 * 13,500 = 67,500; 10 % = 6,750 beats WELCOME15 1,500. net 60,750.
    // tax 60,750 * 8.875 % = 5,391.5625 -> 5,392; total 66,142; per session 13,228.4 -> 13,228.
    const quote = computeQuote(usdCatalog, { items: [{ serviceId: 'swedish', minutes: 90 }], sessions: 5, promoCode: 'welcome15' });
    expect(quote.lines.at(-1)).toEqual({ kind: 'discount', id: 'pack-5', amount: -6750 });
    expect([quote.tax, quote.total, quote.perSession]).toEqual([5392, 66142, 13228]);
  });

  it('uses the promo with 4 sessions (package needs 5)', () => {
    // 4 * 9,500 = 38,000 - 1,500 = 36,500; tax 3,239.375 -> 3,239; total 39,739; per session 9,934.75 -> 9,935.
    const quote = computeQuote(usdCatalog, { items: [swedish60], sessions: 4, promoCode: 'WELCOME15' });
    expect([quote.discount, quote.tax, quote.total, quote.perSession]).toEqual([1500, 3239, 39739, 9935]);
  });
});

describe('errors', () => {
  it('refuses a malformed request as invalid-request', () => {
    const bad: unknown[] = [
      { items: [] },
      { items: [{ ...swedish60, persons: 0 }] },
      { items: [{ ...swedish60, persons: 1.5 }] },
      { items: [swedish60], sessions: 0 },
      { items: [swedish60], sessions: 2.5 },
      { items: [{ serviceId: 'swedish', minutes: 0 }] },
      { items: [{ serviceId: 'swedish' }] },
      { items: [swedish60], at: '2026-12-24 23:30' },
      { items: [swedish60], at: '2026-02-30T10:00' },
      { items: [swedish60], at: '2026-12-24T24:00' },
      { items: [{ ...swedish60, addOnIds: ['hot-stone', 'hot-stone'] }] },
      { items: [swedish60], discountIds: 'first-visit' },
      {},
    ];
    for (const request of bad) expectQuoteError(specCatalog, request as QuoteRequest, 'invalid-request');
    expectQuoteError(specCatalog, { items: [{ ...swedish60, persons: 0 }] }, 'invalid-request', { field: 'items[0].persons' });
  });

  it('refuses unknown and inactive services and missing rates', () => {
    expectQuoteError(specCatalog, { items: [{ serviceId: 'shiatsu', minutes: 60 }] }, 'unknown-service', { serviceId: 'shiatsu', item: 0 });
    const inactive = variant(specCatalog, {
      services: specCatalog.services.map((s) => ({ ...s, active: false })),
    });
    expectQuoteError(inactive, { items: [swedish60] }, 'inactive-service', { serviceId: 'swedish', item: 0 });
    expectQuoteError(specCatalog, { items: [swedish60, { serviceId: 'swedish', minutes: 75 }] }, 'no-rate', {
      serviceId: 'swedish', minutes: 75, item: 1,
    });
  });

  it('refuses unknown add-ons and add-ons that do not fit', () => {
    expectQuoteError(specCatalog, { items: [{ ...swedish60, addOnIds: ['bamboo'] }] }, 'unknown-add-on', { addOnId: 'bamboo', item: 0 });
    const c = variant(specCatalog, {
      services: [...specCatalog.services, { id: 'thai', name: { ko: '타이', en: 'Thai' }, active: true, rates: [{ minutes: 60, price: 60000 }] }],
    });
    expectQuoteError(c, { items: [{ serviceId: 'thai', minutes: 60, addOnIds: ['hot-stone'] }] }, 'add-on-not-allowed', {
      addOnId: 'hot-stone', serviceId: 'thai', item: 0,
    });
  });

  it('refuses unknown discounts, promo codes and travel zones', () => {
    expectQuoteError(specCatalog, { items: [swedish60], discountIds: ['vip'] }, 'unknown-discount', { discountId: 'vip' });
    expectQuoteError(specCatalog, { items: [swedish60], promoCode: 'SUMMER' }, 'unknown-promo-code', { promoCode: 'SUMMER' });
    expectQuoteError(specCatalog, { items: [swedish60], travelZoneId: 'busan' }, 'unknown-travel-zone', { travelZoneId: 'busan' });
  });

  it('refuses amounts beyond safe integers instead of computing them wrong', () => {
    const c = variant(specCatalog, {
      services: [{ id: 'swedish', name: { ko: '스웨디시', en: 'Swedish' }, active: true, rates: [{ minutes: 60, price: 2 ** 52 }] }],
    });
    expectQuoteError(c, { items: [swedish60], sessions: 3 }, 'invalid-request', { reason: 'amount-too-large' });
  });
});

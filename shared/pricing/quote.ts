// The session quote (spec "Session quote", rules 1-8). Pure: everything comes from the
// catalog and the request; no clock, no I/O.
import { matchesWhen, parseLocalDateTime } from './dates';
import { divideWhole, includedTax, percentOf, roundToIncrement } from './money';
import type {
  AddOn,
  Catalog,
  Discount,
  Quote,
  QuoteErrorCode,
  QuoteItemRequest,
  QuoteLine,
  QuoteRequest,
  Service,
} from './types';

export type QuoteErrorDetails = Record<string, string | number>;

export class QuoteError extends Error {
  readonly code: QuoteErrorCode;
  readonly details: QuoteErrorDetails;
  constructor(code: QuoteErrorCode, details: QuoteErrorDetails = {}) {
    super(`${code} ${JSON.stringify(details)}`);
    this.name = 'QuoteError';
    this.code = code;
    this.details = details;
  }
}

const isWhole = (v: unknown, min: number): v is number => Number.isSafeInteger(v) && (v as number) >= min;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function invalid(field: string, reason: string): never {
  throw new QuoteError('invalid-request', { field, reason });
}

/** The request as the rules see it: defaults applied, shapes checked (it may come from
 *  anywhere, so it is checked even though it is typed). */
type CheckedRequest = {
  items: { serviceId: string; minutes: number; persons: number; addOnIds: string[] }[];
  sessions: number;
  at?: string;
  travelZoneId?: string;
  discountIds: string[];
  promoCode?: string;
};

function checkRequest(request: QuoteRequest): CheckedRequest {
  if (typeof request !== 'object' || request === null) invalid('', 'not-an-object');
  const { items, sessions = 1, at, travelZoneId, discountIds = [], promoCode } = request;
  if (!Array.isArray(items) || items.length < 1) invalid('items', 'at-least-one-item');
  const checkedItems = items.map((item: QuoteItemRequest, i) => {
    if (typeof item !== 'object' || item === null) invalid(`items[${i}]`, 'not-an-object');
    const { serviceId, minutes, persons = 1, addOnIds = [] } = item;
    if (typeof serviceId !== 'string') invalid(`items[${i}].serviceId`, 'not-text');
    if (!isWhole(minutes, 1)) invalid(`items[${i}].minutes`, 'whole-number-min-1');
    if (!isWhole(persons, 1)) invalid(`items[${i}].persons`, 'whole-number-min-1');
    if (!isTextList(addOnIds)) invalid(`items[${i}].addOnIds`, 'not-a-text-list');
    // One add-on once per item: a repeated id is more likely a slip than "twice".
    if (new Set(addOnIds).size !== addOnIds.length) invalid(`items[${i}].addOnIds`, 'repeated-add-on');
    return { serviceId, minutes, persons, addOnIds };
  });
  if (!isWhole(sessions, 1)) invalid('sessions', 'whole-number-min-1');
  if (at !== undefined && (typeof at !== 'string' || !parseLocalDateTime(at))) invalid('at', 'not-a-local-date-time');
  if (travelZoneId !== undefined && typeof travelZoneId !== 'string') invalid('travelZoneId', 'not-text');
  if (!isTextList(discountIds)) invalid('discountIds', 'not-a-text-list');
  if (promoCode !== undefined && typeof promoCode !== 'string') invalid('promoCode', 'not-text');
  const checked: CheckedRequest = { items: checkedItems, sessions, discountIds };
  if (at !== undefined) checked.at = at;
  if (travelZoneId !== undefined) checked.travelZoneId = travelZoneId;
  // A blank promo code field means no code.
  if (promoCode !== undefined && promoCode.trim() !== '') checked.promoCode = promoCode.trim();
  return checked;
}

/** Rule 1: the service's rate and the add-ons of one item, refused when not quotable. */
function resolveItem(catalog: Catalog, item: CheckedRequest['items'][number], index: number) {
  const { serviceId, minutes } = item;
  const service: Service | undefined = catalog.services.find((s) => s.id === serviceId);
  if (!service) throw new QuoteError('unknown-service', { serviceId, item: index });
  if (!service.active) throw new QuoteError('inactive-service', { serviceId, item: index });
  const rate = service.rates.find((r) => r.minutes === minutes);
  if (!rate) throw new QuoteError('no-rate', { serviceId, minutes, item: index });
  const addOns = item.addOnIds.map((addOnId): AddOn => {
    const addOn = catalog.addOns.find((a) => a.id === addOnId);
    if (!addOn) throw new QuoteError('unknown-add-on', { addOnId, item: index });
    if (addOn.services && !addOn.services.includes(serviceId))
      throw new QuoteError('add-on-not-allowed', { addOnId, serviceId, item: index });
    return addOn;
  });
  return { service, rate, addOns };
}

/** Rule 5: the candidates, in catalog order (the order that breaks ties). */
function discountCandidates(catalog: Catalog, request: CheckedRequest): Discount[] {
  for (const discountId of request.discountIds) {
    if (!catalog.discounts.some((d) => d.id === discountId)) throw new QuoteError('unknown-discount', { discountId });
  }
  const code = request.promoCode?.toUpperCase();
  if (code !== undefined && !catalog.discounts.some((d) => d.code?.toUpperCase() === code)) {
    throw new QuoteError('unknown-promo-code', { promoCode: request.promoCode ?? '' });
  }
  return catalog.discounts.filter((d) => {
    const chosen =
      request.discountIds.includes(d.id) ||
      (code !== undefined && d.code?.toUpperCase() === code) ||
      d.minSessions !== undefined; // automatic multi-visit discount
    return chosen && (d.minSessions === undefined || d.minSessions <= request.sessions);
  });
}

function saving(discount: Discount, base: number): number {
  return discount.percent !== undefined ? percentOf(base, discount.percent) : Math.min(discount.amount ?? 0, base);
}

export function computeQuote(catalog: Catalog, request: QuoteRequest): Quote {
  const checked = checkRequest(request);
  const { sessions } = checked;
  const resolved = checked.items.map((item, i) => resolveItem(catalog, item, i));
  const zone =
    checked.travelZoneId === undefined ? undefined : catalog.travelZones.find((z) => z.id === checked.travelZoneId);
  if (checked.travelZoneId !== undefined && !zone)
    throw new QuoteError('unknown-travel-zone', { travelZoneId: checked.travelZoneId });
  const candidates = discountCandidates(catalog, checked);

  // Rules 2-3: item lines, each unit amount times persons * sessions.
  const lines: QuoteLine[] = [];
  let discountBase = 0;
  resolved.forEach(({ service, rate, addOns }, item) => {
    const quantity = (checked.items[item]?.persons ?? 1) * sessions;
    const line = (kind: QuoteLine['kind'], id: string, unitAmount: number): QuoteLine => ({
      kind, id, amount: unitAmount * quantity, item, quantity, unitAmount,
    });
    const base = rate.price + addOns.reduce((sum, a) => sum + a.price, 0);
    lines.push(line('service', service.id, rate.price));
    for (const addOn of addOns) lines.push(line('addOn', addOn.id, addOn.price));
    discountBase += base * quantity;
    if (checked.at === undefined) return;
    for (const surcharge of catalog.surcharges) {
      if (!matchesWhen(surcharge.when, checked.at)) continue;
      const unit = surcharge.percent !== undefined ? percentOf(base, surcharge.percent) : (surcharge.amount ?? 0);
      lines.push(line('surcharge', surcharge.id, unit));
    }
  });

  // Rule 4: travel once per session, not per person.
  if (zone) lines.push({ kind: 'travel', id: zone.id, amount: zone.fee * sessions, quantity: sessions, unitAmount: zone.fee });

  // Rule 5: only the largest saving applies; on a tie the first in the catalog (strict >).
  let best: { discount: Discount; amount: number } | undefined;
  for (const discount of candidates) {
    const amount = saving(discount, discountBase);
    if (!best || amount > best.amount) best = { discount, amount };
  }
  const discount = best?.amount ?? 0;
  if (best && discount > 0) lines.push({ kind: 'discount', id: best.discount.id, amount: -discount });

  // Rules 6-7.
  const net = lines.reduce((sum, l) => sum + l.amount, 0);
  const { mode, percent } = catalog.tax;
  const increment = catalog.rounding.increment;
  let tax = 0;
  let total: number;
  if (mode === 'exclusive') {
    tax = percentOf(net, percent);
    total = roundToIncrement(net + tax, increment);
  } else {
    total = roundToIncrement(net, increment);
    if (mode === 'inclusive') tax = includedTax(total, percent);
  }
  const rounding = total - net - (mode === 'exclusive' ? tax : 0);
  if (rounding !== 0) lines.push({ kind: 'rounding', id: 'rounding', amount: rounding });

  // Amounts beyond 2^53 would no longer be exact: refuse rather than print a wrong number.
  if (![...lines.map((l) => l.amount), net, tax, total].every(Number.isSafeInteger)) invalid('', 'amount-too-large');

  return {
    currency: catalog.currency,
    lines,
    discount,
    tax,
    taxMode: mode,
    total,
    perSession: divideWhole(total, sessions), // rule 8
  };
}

// Varied session-quote requests over a catalog: 1-3 services, every duration, 1-4 persons,
// add-ons, sessions from 1 to 20 (multi-visit discounts), visit times that hit the night,
// weekend, holiday and other surcharges, travel zones, chosen discounts and promo codes.
import type { Catalog, QuoteItemRequest, QuoteRequest } from '../shared/pricing';
import { pickFrom } from './stats';

const pad = (n: number) => String(n).padStart(2, '0');

function visitAt(rnd: () => number, catalog: Catalog): string {
  const holidays = catalog.surcharges.flatMap((s) => ('dates' in s.when ? s.when.dates : []));
  const date =
    holidays.length > 0 && rnd() < 0.15
      ? pickFrom(rnd, holidays)
      : `${2026 + Math.floor(rnd() * 2)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
  const hour = pickFrom(rnd, [6, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 0, 1]);
  return `${date}T${pad(hour)}:${pickFrom(rnd, ['00', '30', '45'])}`;
}

function item(rnd: () => number, catalog: Catalog, bookable: Catalog['services']): QuoteItemRequest {
  const service = pickFrom(rnd, bookable);
  const fitting = catalog.addOns.filter((a) => !a.services || a.services.includes(service.id));
  const addOnIds: string[] = [];
  const wanted = rnd() < 0.5 ? 0 : rnd() < 0.7 ? 1 : 2;
  for (let k = 0; k < wanted && fitting.length > 0; k++) {
    const id = pickFrom(rnd, fitting).id;
    if (!addOnIds.includes(id)) addOnIds.push(id);
  }
  return {
    serviceId: service.id,
    minutes: pickFrom(rnd, service.rates).minutes,
    persons: pickFrom(rnd, [1, 1, 1, 2, 2, 3, 4]),
    ...(addOnIds.length > 0 ? { addOnIds } : {}),
  };
}

export function quoteRequests(catalog: Catalog, rnd: () => number, count: number): QuoteRequest[] {
  const bookable = catalog.services.filter((s) => s.active && s.rates.length > 0);
  const choosable = catalog.discounts.filter((d) => !d.code && d.minSessions === undefined);
  const codes = catalog.discounts.flatMap((d) => (d.code ? [d.code] : []));
  return Array.from({ length: count }, (): QuoteRequest => {
    const items = Array.from({ length: rnd() < 0.8 ? 1 : rnd() < 0.75 ? 2 : 3 }, () => item(rnd, catalog, bookable));
    const code = codes.length > 0 && rnd() < 0.15 ? pickFrom(rnd, codes) : undefined;
    return {
      items,
      ...(rnd() < 0.4 ? { sessions: pickFrom(rnd, [2, 3, 5, 10, 12, 20]) } : {}),
      ...(rnd() < 0.75 ? { at: visitAt(rnd, catalog) } : {}),
      ...(rnd() < 0.25 ? { travelZoneId: pickFrom(rnd, catalog.travelZones).id } : {}),
      ...(choosable.length > 0 && rnd() < 0.2 ? { discountIds: [pickFrom(rnd, choosable).id] } : {}),
      ...(code ? { promoCode: rnd() < 0.5 ? code.toLowerCase() : code } : {}),
    };
  });
}

// "One session of the usual service" for the coverage summary: the service and length of the
// client's latest recorded visit when the price list still offers them, else the first active
// service at the prescription's longest session (or its first length). The price is the
// pricing engine's per-session total for that one session (no surcharge, travel or discount).
import type { VisitRecord } from '../../../../shared/api/prescriptions';
import { computeQuote, QuoteError } from '../../../../shared/pricing/quote';
import type { Catalog } from '../../../../shared/pricing/types';

export type Session = { serviceId: string; minutes: number };

/** Every active service and length the price list offers, in its order. */
export function sessionChoices(catalog: Catalog): Session[] {
  return catalog.services.filter((s) => s.active).flatMap((s) => s.rates.map((r) => ({ serviceId: s.id, minutes: r.minutes })));
}

export function usualSession(catalog: Catalog, visits: readonly VisitRecord[], maxMinutes: number | null): Session | null {
  const choices = sessionChoices(catalog);
  const offered = (s: Session) => choices.some((c) => c.serviceId === s.serviceId && c.minutes === s.minutes);
  const latest = [...visits].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id).find((v) => v.serviceId !== '');
  if (latest && offered(latest)) return { serviceId: latest.serviceId, minutes: latest.minutes };
  const first = choices[0];
  if (!first) return null;
  const fitting = choices.find((c) => c.serviceId === first.serviceId && c.minutes === maxMinutes);
  return fitting ?? first;
}

/** What one session costs the client without insurance (the quote's per-session total);
 *  null when the price list cannot quote it (the summary then has no coverage figures). */
export function sessionPrice(catalog: Catalog, session: Session): number | null {
  try {
    return computeQuote(catalog, { items: [{ serviceId: session.serviceId, minutes: session.minutes }] }).perSession;
  } catch (error) {
    if (error instanceof QuoteError) return null;
    throw error;
  }
}

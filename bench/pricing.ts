// Part 1: the pricing engine on the 500-service catalog, in this Node process.
import { computeQuote, parseCatalog, type Quote } from '../shared/pricing';
import { indexName, searchByName } from '../renderer/src/search/names';
import { SERVICE_QUERIES } from './queries';
import { bigCatalogJson } from './catalog';
import { quoteRequests } from './requests';
import { random, timeOnce } from './stats';
import { row, type Section } from './table';

export type PricingOptions = { calls: number; parses: number; searches: number };

export function benchPricing(opts: PricingOptions = { calls: 20_000, parses: 40, searches: 5_000 }): Section {
  const json = bigCatalogJson();
  const catalog = parseCatalog(json);
  const requests = quoteRequests(catalog, random(7), 2_000);

  // Every request must be quotable, or the timing would include the error path.
  let surcharged = 0;
  let discounted = 0;
  let travel = 0;
  for (const request of requests) {
    const quote: Quote = computeQuote(catalog, request);
    if (quote.lines.some((l) => l.kind === 'surcharge')) surcharged++;
    if (quote.discount > 0) discounted++;
    if (quote.lines.some((l) => l.kind === 'travel')) travel++;
  }
  for (let i = 0; i < 5_000; i++) computeQuote(catalog, requests[i % requests.length]!); // warm-up (JIT)

  const quoteMs: number[] = [];
  let sink = 0;
  for (let i = 0; i < opts.calls; i++) {
    const request = requests[i % requests.length]!;
    quoteMs.push(timeOnce(() => (sink += computeQuote(catalog, request).total)));
  }
  for (let i = 0; i < 3; i++) parseCatalog(json); // warm-up
  const parseMs = Array.from({ length: opts.parses }, () => timeOnce(() => parseCatalog(json)));
  if (sink === 0) throw new Error('no quote computed');

  // The service search as the quote screen runs it on each keystroke (the index is built
  // once per catalog): every prefix of the UI bench's queries.
  const entries = catalog.services.filter((s) => s.active).map((entry) => ({ entry, index: indexName(entry.name) }));
  const typed = SERVICE_QUERIES.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
  let found = 0;
  const timeTyping = (search: (query: string) => readonly unknown[]) => {
    for (let i = 0; i < 1_000; i++) found += search(typed[i % typed.length]!).length; // warm-up
    return Array.from({ length: opts.searches }, (_, i) => timeOnce(() => (found += search(typed[i % typed.length]!).length)));
  };
  const searchMs = timeTyping((query) => searchByName(query, entries));
  if (found === 0) throw new Error('the service search found nothing');
  // Baseline, same run: the least a search can do, a substring test of the same indexed names
  // (no initials, no loose match, no ranking).
  const plain = (query: string) => {
    const q = query.trim().toLowerCase();
    const compact = q.replace(/\s+/g, '');
    return entries.filter(({ index }) => index.ko.includes(compact) || index.en.includes(q));
  };
  const plainMs = timeTyping(plain);

  const share = (n: number) => `${Math.round((100 * n) / requests.length)}%`;
  return {
    title: `pricing, ${catalog.services.length} services x 3 rates (Node ${process.versions.node})`,
    rows: [
      row('computeQuote, per call', quoteMs, { stat: 'p95', max: 1 }),
      row('parseCatalog, whole catalog', parseMs),
      row(`service name search, per keystroke (${entries.length} services)`, searchMs, { stat: 'p95', max: 4 }),
      row('  (a) the same names, a plain substring test (baseline)', plainMs),
    ],
    notes: [
      `${requests.length} distinct requests cycled; ${share(surcharged)} with a surcharge, ` +
        `${share(discounted)} with a discount, ${share(travel)} with travel; add-ons ${catalog.addOns.length}, ` +
        `surcharges ${catalog.surcharges.length}, zones ${catalog.travelZones.length}, discounts ${catalog.discounts.length}.`,
    ],
  };
}

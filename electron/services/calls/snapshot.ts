// What a saved call keeps of its quote: the request, the result as computed in main, the
// names of every catalog id it mentions (both languages, as they were), a one-line summary
// in both languages, and the words text search should find.
import type { SavedEnrollmentQuote, SavedSessionQuote, NameSnapshot } from '../../../shared/api/types';
import type { Bilingual, Catalog, EnrollmentQuote, EnrollmentRequest, Quote, QuoteRequest } from '../../../shared/pricing/types';

type Named = { id: string; name: Bilingual };

/** Names by id, looked up in the given lists in order. Ids are unique only within a list,
 *  so if two lists share an id the first list's name wins (services before add-ons ...). */
function collectNames(ids: Iterable<string>, lists: readonly (readonly Named[])[]): NameSnapshot {
  const names: NameSnapshot = {};
  for (const id of ids) {
    if (id in names) continue;
    for (const list of lists) {
      const found = list.find((e) => e.id === id);
      if (found) {
        names[id] = { ko: found.name.ko, en: found.name.en };
        break;
      }
    }
  }
  return names;
}

export function sessionSnapshot(catalog: Catalog, request: QuoteRequest, quote: Quote): SavedSessionQuote {
  const ids = [
    ...request.items.flatMap((i) => [i.serviceId, ...(i.addOnIds ?? [])]),
    ...quote.lines.map((l) => l.id),
    ...(request.travelZoneId ? [request.travelZoneId] : []),
    ...(request.discountIds ?? []),
  ];
  const names = collectNames(ids, [catalog.services, catalog.addOns, catalog.surcharges, catalog.travelZones, catalog.discounts]);
  return { kind: 'session', request, quote, names };
}

export function enrollmentSnapshot(catalog: Catalog, request: EnrollmentRequest, quote: EnrollmentQuote): SavedEnrollmentQuote {
  const school = catalog.school ?? { programs: [], fees: [], paymentPlans: [] };
  const ids = [request.programId, request.paymentPlanId, ...(request.optionalFeeIds ?? []), ...quote.fees.map((f) => f.id)];
  const names = collectNames(ids, [school.programs, school.paymentPlans, school.fees]);
  return { kind: 'enrollment', request, quote, names };
}

const nameIn = (saved: { names: NameSnapshot }, id: string): Bilingual => saved.names[id] ?? { ko: id, en: id };

/** "아로마 90분 ×2명, 핫스톤" / "Aroma 90 min ×2" per item; "· 5회" / "· 5 sessions" when
 *  more than one session; the program's name for an enrollment. */
export function summaryOf(saved: SavedSessionQuote | SavedEnrollmentQuote): Bilingual {
  if (saved.kind === 'enrollment') return nameIn(saved, saved.request.programId);
  const ko: string[] = [];
  const en: string[] = [];
  for (const item of saved.request.items) {
    const name = nameIn(saved, item.serviceId);
    const persons = item.persons ?? 1;
    ko.push(`${name.ko} ${item.minutes}분${persons > 1 ? ` ×${persons}명` : ''}`);
    en.push(`${name.en} ${item.minutes} min${persons > 1 ? ` ×${persons}` : ''}`);
  }
  const sessions = saved.request.sessions ?? 1;
  return {
    ko: ko.join(', ') + (sessions > 1 ? ` · ${sessions}회` : ''),
    en: en.join(', ') + (sessions > 1 ? ` · ${sessions} sessions` : ''),
  };
}

/** Service and add-on names (session) or the program's (enrollment), both languages. */
export function searchNamesOf(saved: SavedSessionQuote | SavedEnrollmentQuote): string[] {
  const ids =
    saved.kind === 'session'
      ? saved.request.items.flatMap((i) => [i.serviceId, ...(i.addOnIds ?? [])])
      : [saved.request.programId];
  return [...new Set(ids)].flatMap((id) => {
    const n = saved.names[id];
    return n ? [n.ko, n.en] : [];
  });
}

/** One field per line: a trigram never spans two fields (queries have no newlines). */
export function searchTextOf(parts: {
  callerName: string;
  phone: string;
  phoneDigits: readonly string[];
  email: string;
  names: readonly string[];
  note: string;
}): string {
  return [parts.callerName, parts.phone, parts.phoneDigits.join(' '), parts.email, ...parts.names, parts.note]
    .map((s) => s.replace(/[\r\n]+/g, ' ').trim())
    .filter((s) => s !== '')
    .join('\n');
}

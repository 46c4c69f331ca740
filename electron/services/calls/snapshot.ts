// What a saved call keeps of its quote: the request, the result as computed in main, the
// names of every catalog id it mentions (both languages, as they were), a one-line summary
// in both languages, and the words text search should find.
import { nameKey, snapshotName, type NamedKind, type NameSnapshot, type SavedEnrollmentQuote, type SavedSessionQuote } from '../../../shared/api/types';
import type { Bilingual, Catalog, EnrollmentQuote, EnrollmentRequest, Quote, QuoteRequest } from '../../../shared/pricing/types';

type Named = { id: string; name: Bilingual };

/** The names of the given entries, each under its own list's kind. */
function collectNames(wanted: Iterable<[NamedKind, string]>, lists: Partial<Record<NamedKind, readonly Named[]>>): NameSnapshot {
  const names: NameSnapshot = {};
  for (const [kind, id] of wanted) {
    const found = lists[kind]?.find((e) => e.id === id);
    if (found) names[nameKey(kind, id)] = { ko: found.name.ko, en: found.name.en };
  }
  return names;
}

export function sessionSnapshot(catalog: Catalog, request: QuoteRequest, quote: Quote): SavedSessionQuote {
  const wanted: [NamedKind, string][] = [
    ...request.items.flatMap((i): [NamedKind, string][] => [
      ['service', i.serviceId],
      ...(i.addOnIds ?? []).map((id): [NamedKind, string] => ['addOn', id]),
    ]),
    ...quote.lines.flatMap((l): [NamedKind, string][] => (l.kind === 'rounding' ? [] : [[l.kind, l.id]])),
    ...(request.travelZoneId ? [['travel', request.travelZoneId] as [NamedKind, string]] : []),
    ...(request.discountIds ?? []).map((id): [NamedKind, string] => ['discount', id]),
  ];
  const names = collectNames(wanted, {
    service: catalog.services,
    addOn: catalog.addOns,
    surcharge: catalog.surcharges,
    travel: catalog.travelZones,
    discount: catalog.discounts,
  });
  return { kind: 'session', request, quote, names };
}

export function enrollmentSnapshot(catalog: Catalog, request: EnrollmentRequest, quote: EnrollmentQuote): SavedEnrollmentQuote {
  const school = catalog.school ?? { programs: [], fees: [], paymentPlans: [] };
  const wanted: [NamedKind, string][] = [
    ['program', request.programId],
    ['plan', request.paymentPlanId],
    ...[...(request.optionalFeeIds ?? []), ...quote.fees.map((f) => f.id)].map((id): [NamedKind, string] => ['fee', id]),
  ];
  const names = collectNames(wanted, { program: school.programs, plan: school.paymentPlans, fee: school.fees });
  const program = school.programs.find((p) => p.id === request.programId);
  const plan = school.paymentPlans.find((p) => p.id === request.paymentPlanId);
  const feeIds = new Set(quote.fees.map((f) => f.id));
  const terms = {
    programMonths: program?.months ?? 0,
    ...(plan?.installmentFee ? { installmentFee: plan.installmentFee } : {}),
    fees: school.fees.filter((f) => feeIds.has(f.id)).map((f) => ({ id: f.id, per: f.per, amount: f.amount })),
  };
  return { kind: 'enrollment', request, quote, names, terms };
}

const nameIn = (saved: { names: NameSnapshot }, kind: NamedKind, id: string): Bilingual =>
  snapshotName(saved.names, kind, id) ?? { ko: id, en: id };

/** "아로마 90분 ×2명, 핫스톤" / "Aroma 90 min ×2" per item; "· 5회" / "· 5 sessions" when
 *  more than one session; the program's name for an enrollment. */
export function summaryOf(saved: SavedSessionQuote | SavedEnrollmentQuote): Bilingual {
  if (saved.kind === 'enrollment') return nameIn(saved, 'program', saved.request.programId);
  const ko: string[] = [];
  const en: string[] = [];
  for (const item of saved.request.items) {
    const name = nameIn(saved, 'service', item.serviceId);
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
  const wanted: [NamedKind, string][] =
    saved.kind === 'session'
      ? saved.request.items.flatMap((i): [NamedKind, string][] => [
          ['service', i.serviceId],
          ...(i.addOnIds ?? []).map((id): [NamedKind, string] => ['addOn', id]),
        ])
      : [['program', saved.request.programId]];
  return [...new Set(wanted.map(([kind, id]) => nameKey(kind, id)))].flatMap((key) => {
    const n = saved.names[key];
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

// Checks across fields and lists (on the raw input, so that they run even when some
// fields are malformed and every problem is listed at once).
import type { CatalogListName } from '../../vocabulary';
import { MAX_ENTRIES } from './fields';
import type { Segment, Sink } from './problems';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (r: Record<string, unknown>, key: string) => r[key] !== undefined;
/** The list at `key`; none when it is over the cap (zod reports it as too-many, once). */
const arrayAt = (r: unknown, key: string): unknown[] => {
  const value = isRecord(r) ? r[key] : undefined;
  return Array.isArray(value) && value.length <= MAX_ENTRIES ? value : [];
};
const trimmedText = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);

function exactlyOneOf(entry: Record<string, unknown>, keys: string[], at: Segment[], add: Sink) {
  if (keys.filter((k) => has(entry, k)).length !== 1) add(at, 'exactly-one-of', { fields: keys.join(', ') });
}

function checkWhen(when: unknown, at: Segment[], add: Sink) {
  if (!isRecord(when)) return; // missing or wrong type: zod reports it
  const isWindow = has(when, 'from') || has(when, 'to');
  const forms = [isWindow, has(when, 'weekdays'), has(when, 'dates')].filter(Boolean).length;
  if (forms !== 1) return add(at, 'exactly-one-of', { fields: 'from/to, weekdays, dates' });
  if (isWindow) for (const key of ['from', 'to']) if (!has(when, key)) add([...at, key], 'required');
}

/** Checks inside one entry that span its fields. */
export function checkEntry(listName: CatalogListName, entry: unknown, at: Segment[], add: Sink) {
  if (!isRecord(entry)) return;
  if (listName === 'services') {
    const seen = new Set<number>();
    arrayAt(entry, 'rates').forEach((rate, j) => {
      const minutes = isRecord(rate) ? rate.minutes : undefined;
      if (typeof minutes !== 'number') return;
      if (seen.has(minutes)) add([...at, 'rates', j, 'minutes'], 'duplicate-rate', { minutes });
      seen.add(minutes);
    });
  } else if (listName === 'surcharges') {
    exactlyOneOf(entry, ['percent', 'amount'], at, add);
    checkWhen(entry.when, [...at, 'when'], add);
  } else if (listName === 'discounts') {
    exactlyOneOf(entry, ['percent', 'amount'], at, add);
  }
}

/** Checks every entry of a list, then that ids are unique; returns the ids seen. */
function checkList(listName: CatalogListName, entries: unknown[], at: Segment[], add: Sink): Set<string> {
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    checkEntry(listName, entry, [...at, i], add);
    const entryId = isRecord(entry) ? trimmedText(entry.id) : undefined;
    if (!entryId) return;
    if (ids.has(entryId)) add([...at, i, 'id'], 'duplicate-id', { id: entryId });
    ids.add(entryId);
  });
  return ids;
}

function checkReferences(entries: unknown[], at: Segment[], field: string, known: Set<string>, target: string, add: Sink) {
  entries.forEach((entry, i) => {
    arrayAt(entry, field).forEach((ref, j) => {
      const refId = trimmedText(ref);
      if (refId && !known.has(refId)) add([...at, i, field, j], 'unknown-reference', { id: refId, list: target });
    });
  });
}

export function checkFile(raw: unknown, add: Sink) {
  if (!isRecord(raw)) return;
  if (isRecord(raw.tax) && raw.tax.mode !== 'none' && !has(raw.tax, 'percent')) add(['tax', 'percent'], 'required');
  const services = arrayAt(raw, 'services');
  const serviceIds = checkList('services', services, ['services'], add);
  const addOns = arrayAt(raw, 'addOns');
  checkList('addOns', addOns, ['addOns'], add);
  checkReferences(addOns, ['addOns'], 'services', serviceIds, 'services', add);
  for (const listName of ['surcharges', 'travelZones', 'discounts'] as const) {
    checkList(listName, arrayAt(raw, listName), [listName], add);
  }
  const school = raw.school;
  const programIds = checkList('programs', arrayAt(school, 'programs'), ['school', 'programs'], add);
  const fees = arrayAt(school, 'fees');
  checkList('fees', fees, ['school', 'fees'], add);
  checkReferences(fees, ['school', 'fees'], 'programs', programIds, 'programs', add);
  checkList('paymentPlans', arrayAt(school, 'paymentPlans'), ['school', 'paymentPlans'], add);
}

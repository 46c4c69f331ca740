// Problems in document order: as their places appear in the file, missing fields in the
// order the spec lists them.
import type { CatalogProblem } from '../types';
import { isRecord } from './checks';
import type { Segment } from './problems';

// Field names in the order the spec lists them (for problems about missing fields).
const SPEC_ORDER = [
  'format', 'version', 'currency', 'tax', 'rounding', 'services', 'addOns', 'surcharges', 'travelZones',
  'discounts', 'school', 'programs', 'fees', 'paymentPlans', 'id', 'name', 'ko', 'en', 'category', 'active',
  'rates', 'minutes', 'price', 'hours', 'months', 'tuition', 'when', 'from', 'to', 'weekdays', 'dates', 'mode',
  'percent', 'increment', 'amount', 'per', 'dueAtEnrollment', 'optional', 'fee', 'code', 'minSessions',
  'installments', 'downPayment', 'installmentFee', 'installmentIncrement', 'tuitionDiscountPercent',
];

const specIndex = new Map(SPEC_ORDER.map((k, i) => [k, i]));
const specRank = (key: string) => specIndex.get(key) ?? SPEC_ORDER.length;

/** Orders problems as their places appear in the file (keys in the file's own order). */
export function sortInDocumentOrder(problems: CatalogProblem[], raw: unknown): CatalogProblem[] {
  const parse = (path: string): Segment[] =>
    [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
  // Each object's key ranks, computed once: looking a key up in Object.keys() on every
  // comparison made sorting many problems of one object quadratic (16,000 unknown keys: 30 s).
  const ranks = new WeakMap<object, Map<string, number>>();
  const rankIn = (node: unknown, key: string): number => {
    if (!isRecord(node)) return specRank(key);
    let map = ranks.get(node);
    if (!map) {
      map = new Map(Object.keys(node).map((k, i) => [k, i]));
      ranks.set(node, map);
    }
    return map.get(key) ?? map.size + specRank(key);
  };
  const compare = (a: Segment[], b: Segment[]): number => {
    let node: unknown = raw;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i];
      const y = b[i];
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (x !== y) {
        if (typeof x === 'number' && typeof y === 'number') return x - y;
        if (typeof x === 'number') return -1;
        if (typeof y === 'number') return 1;
        // Keys present in the file keep its order; missing ones follow, in the spec's order.
        return rankIn(node, x) - rankIn(node, y) || x.localeCompare(y);
      }
      node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[x] : undefined;
    }
    return 0;
  };
  return problems
    .map((p, order) => ({ p, order, path: parse(p.path) }))
    .sort((l, r) => compare(l.path, r.path) || l.order - r.order)
    .map(({ p }) => p);
}

// The problem ordering as it was before the fix (Object.keys().indexOf on every comparison:
// quadratic in the keys of one object), kept only
// as the benchmark baseline beside shared/pricing/catalog/order.ts.
// Problems in document order: as their places appear in the file, missing fields in the
// order the spec lists them.
import type { CatalogProblem } from '../shared/pricing/types';
import { isRecord } from '../shared/pricing/catalog/checks';
import type { Segment } from '../shared/pricing/catalog/problems';

// Field names in the order the spec lists them (for problems about missing fields).
const SPEC_ORDER = [
  'format', 'version', 'currency', 'tax', 'rounding', 'services', 'addOns', 'surcharges', 'travelZones',
  'discounts', 'school', 'programs', 'fees', 'paymentPlans', 'id', 'name', 'ko', 'en', 'category', 'active',
  'rates', 'minutes', 'price', 'hours', 'months', 'tuition', 'when', 'from', 'to', 'weekdays', 'dates', 'mode',
  'percent', 'increment', 'amount', 'per', 'dueAtEnrollment', 'optional', 'fee', 'code', 'minSessions',
  'installments', 'downPayment', 'installmentFee', 'tuitionDiscountPercent',
];

/** Orders problems as their places appear in the file (keys in the file's own order). */
export function sortInDocumentOrderQuadratic(problems: CatalogProblem[], raw: unknown): CatalogProblem[] {
  const parse = (path: string): Segment[] =>
    [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
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
        const keys = isRecord(node) ? Object.keys(node) : [];
        const rank = (k: string) =>
          keys.includes(k) ? keys.indexOf(k) : keys.length + (SPEC_ORDER.includes(k) ? SPEC_ORDER.indexOf(k) : SPEC_ORDER.length);
        return rank(x) - rank(y) || x.localeCompare(y);
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

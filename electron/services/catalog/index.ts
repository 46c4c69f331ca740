// The price list as the API serves it. Every write builds the whole next catalog in memory,
// validates it with parseCatalog (the one set of rules, references included) and stores it
// in one transaction; a refusal throws ApiFailure('invalid-catalog', { problems }).
import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/result';
import type { CatalogListName } from '../../../shared/vocabulary';
import type { CatalogSummary } from '../../../shared/api/types';
import type { Catalog, CatalogProblem } from '../../../shared/pricing/types';
import { parseCatalog, parseCatalogText, parseEntry } from '../../../shared/pricing';
import { makeProblem } from '../../../shared/pricing/catalog/problems';
import { hasCatalog, loadCatalog, storeCatalog } from './store';
import { entriesOf, indexOfId, renameReferences, withEntries } from './lists';
import { notFound, orRefuse, problemsOf } from './failures';
import { localDate } from '../../../shared/local-date';

/** The stored catalog, lists in their stored order. Refused with 'not-found' before the
 *  first seed/import. */
export function readCatalog(db: Database): Catalog {
  const c = loadCatalog(db);
  if (!c) throw notFound('catalog');
  return c;
}

/** Validates and stores a whole catalog (input as a file's JSON value or a Catalog). */
export function replaceCatalog(db: Database, catalog: unknown): Catalog {
  const next = orRefuse(() => parseCatalog(catalog));
  return write(db, next);
}

/** Stores the catalog `seed()` gives (a file's JSON value or a Catalog, validated here)
 *  when the database holds no catalog yet; true when it did. `seed` is called only then. */
export function seedIfEmpty(db: Database, seed: () => unknown): boolean {
  return db.transaction(() => {
    if (hasCatalog(db)) return false;
    storeCatalog(db, orRefuse(() => parseCatalog(seed())));
    return true;
  }).immediate();
}

/** Adds an entry (no originalId) or replaces the entry `originalId`, in place. A new id
 *  that clashes with another entry is refused by parseCatalog as a duplicate, not merged. */
export function saveEntry(db: Database, list: CatalogListName, entry: unknown, originalId?: string, expected?: unknown): Catalog {
  const parsed = orRefuse(() => parseEntry(list, entry)) as { id: string };
  return edit(db, (current) => {
    const entries = [...entriesOf(current, list)];
    if (originalId === undefined) return withEntries(current, list, [...entries, parsed]);
    const at = indexOfId(current, list, originalId);
    if (at < 0) throw notFound(list, originalId);
    if (expected !== undefined && canonical(entries[at]) !== canonical(expected)) {
      throw new ApiFailure('conflict', { reason: 'changed', current: entries[at] });
    }
    entries[at] = parsed;
    const renamed = parsed.id === originalId ? current : renameReferences(current, list, originalId, parsed.id);
    return withEntries(renamed, list, entries);
  });
}

/** Refused (with the problems) while another entry still refers to it. */
export function removeEntry(db: Database, list: CatalogListName, id: string): Catalog {
  return edit(db, (current) => {
    const at = indexOfId(current, list, id);
    if (at < 0) throw notFound(list, id);
    return withEntries(current, list, entriesOf(current, list).filter((_, i) => i !== at));
  });
}

/** Moves an entry to `toIndex` (0-based, clamped to the list). */
export function moveEntry(db: Database, list: CatalogListName, id: string, toIndex: number): Catalog {
  return edit(db, (current) => {
    const entries = [...entriesOf(current, list)];
    const at = entries.findIndex((e) => e.id === id);
    if (at < 0) throw notFound(list, id);
    const [moved] = entries.splice(at, 1);
    entries.splice(Math.max(0, Math.min(Math.trunc(toIndex), entries.length)), 0, moved!);
    return withEntries(current, list, entries);
  });
}

const basicsKeys = ['currency', 'tax', 'rounding'] as const;

/** Currency, tax and rounding. A key left out keeps its current value; any other key is
 *  refused. Amounts are not converted when the currency changes. */
export function saveBasics(db: Database, basics: unknown): Catalog {
  if (typeof basics !== 'object' || basics === null || Array.isArray(basics)) {
    throw refusal([makeProblem([], 'wrong-type', { expected: 'object' })]);
  }
  const extra = Object.keys(basics).filter((k) => !(basicsKeys as readonly string[]).includes(k));
  if (extra.length > 0) throw refusal(extra.map((k) => makeProblem([k], 'unknown-field')));
  const given = basics as Record<string, unknown>;
  return edit(db, (current) => {
    const next: Record<string, unknown> = { ...current };
    for (const k of basicsKeys) if (k in given) next[k] = given[k];
    return next;
  });
}

export type CatalogImportCheck = { problems: CatalogProblem[]; summary: CatalogSummary | null };

/** Validates a catalog file's text without writing anything. */
export function checkCatalogImport(text: string): CatalogImportCheck {
  try {
    return { problems: [], summary: summarize(parseCatalogText(text)) };
  } catch (e) {
    const problems = problemsOf(e);
    if (problems) return { problems, summary: null };
    throw e;
  }
}

/** Replaces the whole catalog with a file's; an invalid file changes nothing. */
export function importCatalogText(db: Database, text: string): Catalog {
  return write(db, orRefuse(() => parseCatalogText(text)));
}

/** The catalog file (spec format, defaults written out, lists in stored order). */
export function exportCatalog(db: Database, now: Date = new Date()): { fileName: string; json: string } {
  return {
    fileName: `front-desk-catalog-${localDate(now)}.json`,
    json: `${JSON.stringify(readCatalog(db), null, 2)}\n`,
  };
}

function summarize(c: Catalog): CatalogSummary {
  return {
    currency: c.currency,
    services: c.services.length,
    addOns: c.addOns.length,
    surcharges: c.surcharges.length,
    travelZones: c.travelZones.length,
    discounts: c.discounts.length,
    programs: c.school?.programs.length ?? 0,
  };
}

// ---- internals ---------------------------------------------------------------------

/** Read, change, validate the whole result, store: one IMMEDIATE transaction, so two
 *  windows editing at once cannot lose each other's change. */
function edit(db: Database, change: (current: Catalog) => unknown): Catalog {
  return db.transaction(() => {
    const next = orRefuse(() => parseCatalog(change(readCatalog(db))));
    storeCatalog(db, next);
    return next; // equal to what the tables now hold (see write)
  }).immediate();
}

/** Stores a parsed catalog and returns it as it is: reading the tables back gives an equal
 *  catalog (the round-trip tests in tests/unit/services/catalog.test.ts), so no re-read. */
function write(db: Database, next: Catalog): Catalog {
  db.transaction(() => storeCatalog(db, next)).immediate();
  return next;
}

const refusal = (problems: CatalogProblem[]) => new ApiFailure('invalid-catalog', { problems });

/** JSON with object keys sorted: two entries with the same values compare equal whatever
 *  order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

// Test catalogs: the spec's example, the seed (KRW) and a US catalog (USD), parsed once.
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../../shared/pricing';
import type { Catalog } from '../../../shared/pricing';

export function readJson(relativeToRepo: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../${relativeToRepo}`, import.meta.url), 'utf8'));
}

export const specCatalog: Catalog = parseCatalog(readJson('tests/fixtures/spec-example-catalog.json'));
export const seedCatalog: Catalog = parseCatalog(readJson('resources/seed-catalog.json'));
export const usdCatalog: Catalog = parseCatalog(readJson('tests/fixtures/catalog-usd.json'));
/** The seed before the Korean sample school: a 600-hour course with per-year and
 *  program-only fees, kept as a test school. */
export const krw600Catalog: Catalog = parseCatalog(readJson('tests/fixtures/catalog-krw-600.json'));

/** A copy of a catalog with some top-level parts replaced (then re-validated). */
export function variant(base: Catalog, changes: Partial<Catalog>): Catalog {
  return parseCatalog(structuredClone({ ...base, ...changes }));
}

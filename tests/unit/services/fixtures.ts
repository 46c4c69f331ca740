import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCatalog } from '../../../shared/pricing';
import type { Catalog } from '../../../shared/pricing/types';
import { openDatabase } from '../../../electron/db/open';
import { replaceCatalog } from '../../../electron/services/catalog';
import { ApiFailure } from '../../../shared/api/result';

const root = path.resolve(import.meta.dirname, '../../..');
export const readJson = (rel: string): unknown => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
export const seedJson = () => readJson('resources/seed-catalog.json');
export const specJson = () => readJson('tests/fixtures/spec-example-catalog.json');
export const usdJson = () => readJson('tests/fixtures/catalog-usd.json');
export const seedCatalog = (): Catalog => parseCatalog(seedJson());

/** A fresh in-memory database holding `catalog` (the seed by default). */
export function dbWith(catalog: unknown = seedJson()) {
  const db = openDatabase(':memory:');
  replaceCatalog(db, catalog);
  return db;
}

/** Runs `f`, expecting an ApiFailure; returns it. */
export function refusal(f: () => unknown): ApiFailure {
  try {
    f();
  } catch (e) {
    if (e instanceof ApiFailure) return e;
    throw e;
  }
  throw new Error('expected an ApiFailure');
}

export const problemsOf = (f: ApiFailure) =>
  (f.details?.problems ?? []) as { path: string; code: string; params?: Record<string, string | number> }[];

/** A fresh database FILE in a temp folder holding `catalog` (the seed by default); `done`
 *  closes it and removes the folder. */
export function fileDbWith(catalog: unknown = seedJson()) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'front-desk-service-'));
  const db = openDatabase(path.join(dir, 'front-desk.sqlite3'));
  replaceCatalog(db, catalog);
  return {
    db,
    done() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

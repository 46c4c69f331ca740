import { ApiFailure } from '../../../shared/api/result';
import { CatalogError, type CatalogProblem } from '../../../shared/pricing';

/** The problems of a CatalogError (from parseCatalog / parseEntry), else null. */
export function problemsOf(e: unknown): CatalogProblem[] | null {
  return e instanceof CatalogError ? e.problems : null;
}

/** Runs a catalog check; a CatalogError becomes the API's 'invalid-catalog' refusal. */
export function orRefuse<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    const problems = problemsOf(e);
    if (problems) throw new ApiFailure('invalid-catalog', { problems });
    throw e;
  }
}

export const notFound = (what: string, id?: string) =>
  new ApiFailure('not-found', id === undefined ? { what } : { what, id });

// Catalog problems: the codes' English messages, JSON paths, and the error that lists them.
import type { CatalogProblem, CatalogProblemCode } from '../types';

export type Params = Record<string, string | number>;

/** Problems listed at most; one more problem says how many were left out. */
export const MAX_PROBLEMS = 200;
/** Values (list items and object fields, nested ones included) in a file or an entry at most. */
export const MAX_VALUES = 100_000;
export type Segment = string | number;

/** Receives one problem found by a check (see checks.ts). */
export type Sink = (path: Segment[], code: CatalogProblemCode, params?: Params) => void;

const EXPECTED_TEXT: Record<string, string> = {
  number: 'a number',
  text: 'text',
  list: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/** English messages for logs; the UI translates `code` + `params` itself. */
export const MESSAGES: Record<CatalogProblemCode, (p: Params) => string> = {
  required: () => 'is required',
  'wrong-type': (p) => `must be ${EXPECTED_TEXT[String(p.expected)] ?? String(p.expected)}`,
  'exact-value': (p) => `must be ${JSON.stringify(p.expected)}`,
  'whole-number-min': (p) => `must be a whole number >= ${p.min}`,
  'number-range': (p) => `must be a number from ${p.min} to ${p.max}`,
  'non-empty-text': () => 'must not be empty',
  'one-of': (p) => `must be one of: ${p.allowed}`,
  'duplicate-id': (p) => `id "${p.id}" is used more than once in this list`,
  'unknown-reference': (p) => `refers to "${p.id}", which is not in ${p.list}`,
  'exactly-one-of': (p) => `must have exactly one of: ${p.fields}`,
  'time-format': () => 'must be a time "HH:MM" from 00:00 to 23:59',
  'date-format': () => 'must be a real date "YYYY-MM-DD"',
  'weekday-range': () => 'must be a weekday number from 0 (Sunday) to 6 (Saturday)',
  'duplicate-rate': (p) => `a rate for ${p.minutes} minutes is listed more than once`,
  'currency-code': () => 'must be a 3-letter ISO 4217 currency code, e.g. KRW or USD',
  'unknown-field': () => 'is not a known field',
  'too-many': (p) => `must have at most ${p.max} ${p.unit}`,
  'more-problems': (p) => `and ${p.count} more problems`,
  'invalid-json': (p) => `is not valid JSON${p.detail ? ` (${p.detail})` : ''}`,
};

export function makeProblem(path: Segment[], code: CatalogProblemCode, params: Params = {}): CatalogProblem {
  const problem: CatalogProblem = { path: formatPath(path), code, message: MESSAGES[code](params) };
  if (Object.keys(params).length > 0) problem.params = params;
  return problem;
}

/** ['services', 2, 'rates', 0, 'price'] -> "services[2].rates[0].price"; [] -> "". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('');
}

export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    const shown = problems.slice(0, 5).map((p) => `${p.path || '(file)'}: ${p.message}`);
    const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
    super(`Invalid catalog: ${shown.join('; ')}${more}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

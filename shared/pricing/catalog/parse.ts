// The public face: parse a catalog file (or one entry) into its normalised form, turning
// zod issues and cross-check findings into one ordered list of problems.
import type { z } from 'zod';
import type { CatalogListName } from '../../vocabulary';
import type { Catalog, CatalogProblem, CatalogProblemCode } from '../types';
import { checkEntry, checkFile } from './checks';
import { catalogSchema, type CatalogEntryOf, entrySchemas } from './entries';
import { sortInDocumentOrder } from './order';
import { CatalogError, makeProblem, MAX_PROBLEMS, MAX_VALUES, type Params, type Sink } from './problems';

// ---- zod issues -> problems ----------------------------------------------------------

const ZOD_TYPE_NAMES: Record<string, string> = { string: 'text', array: 'list', number: 'number', object: 'object', boolean: 'boolean' };

function fromIssue(issue: z.core.$ZodIssue): CatalogProblem {
  const path = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
  if (issue.code === 'custom') {
    const { problem, ...params } = (issue.params ?? {}) as Params & { problem?: CatalogProblemCode };
    return makeProblem(path, problem ?? 'wrong-type', params);
  }
  if (issue.code === 'too_big' && issue.origin === 'array') return makeProblem(path, 'too-many', { max: Number(issue.maximum), unit: 'entries' });
  if (issue.input === undefined) return makeProblem(path, 'required');
  if (issue.code === 'invalid_type') return makeProblem(path, 'wrong-type', { expected: ZOD_TYPE_NAMES[issue.expected] ?? issue.expected });
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => (typeof v === 'number' ? v : String(v)));
    return values.length === 1 && values[0] !== undefined
      ? makeProblem(path, 'exact-value', { expected: values[0] })
      : makeProblem(path, 'one-of', { allowed: values.join(', ') });
  }
  return { ...makeProblem(path, 'wrong-type'), message: issue.message };
}

function collect(result: { success: boolean; error?: z.ZodError }, raw: unknown, extra: (add: Sink) => void): CatalogProblem[] {
  // An unknown key is a problem of its own place (a typo such as "optinal" would otherwise
  // silently turn an optional fee into a required one).
  const problems = (result.error?.issues ?? []).flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => makeProblem([...issue.path.map((s) => (typeof s === 'number' ? s : String(s))), key], 'unknown-field'))
      : [fromIssue(issue)],
  );
  extra((path, code, params) => problems.push(makeProblem(path, code, params)));
  const unique = new Map<string, CatalogProblem>();
  for (const p of problems) if (!unique.has(`${p.path}|${p.code}`)) unique.set(`${p.path}|${p.code}`, p);
  return atMostShown(sortInDocumentOrder([...unique.values()], raw));
}

/** The first MAX_PROBLEMS problems, then one saying how many more: a broken file's answer
 *  stays small enough to send and read (docs/pricing-decisions.md). */
function atMostShown(problems: CatalogProblem[]): CatalogProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), makeProblem([], 'more-problems', { count: problems.length - MAX_PROBLEMS })];
}

/** A file (or entry) of more than MAX_VALUES values is refused before it is checked: the
 *  list caps bound each list, not lists of lists, and checking costs per value. */
function refuseOversized(raw: unknown): void {
  const stack: unknown[] = [raw];
  let count = 1;
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (++count > MAX_VALUES) throw new CatalogError([makeProblem([], 'too-many', { max: MAX_VALUES, unit: 'values' })]);
      stack.push(child);
    }
  }
}

// ---- Public face ---------------------------------------------------------------------

/** Validates a parsed catalog file; returns the normalised Catalog or throws CatalogError
 *  listing every problem. */
export function parseCatalog(json: unknown): Catalog {
  refuseOversized(json);
  const result = catalogSchema.safeParse(json, { reportInput: true });
  const problems = collect(result, json, (add) => checkFile(json, add));
  if (!result.success || problems.length > 0) throw new CatalogError(problems);
  return result.data;
}

/** Like parseCatalog, from the file's text. A UTF-8 byte order mark is ignored. */
export function parseCatalogText(text: string): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CatalogError([makeProblem([], 'invalid-json', { detail })]);
  }
  return parseCatalog(json);
}

/** Validates ONE entry of a list (price-list editor); paths are relative to the entry.
 *  Ids of other lists (uniqueness, references) are not checked here: run parseCatalog on
 *  the catalog with the entry merged in for that. */
export function parseEntry<L extends CatalogListName>(listName: L, entry: unknown): CatalogEntryOf[L] {
  const schema: z.ZodType = entrySchemas[listName];
  refuseOversized(entry);
  const result = schema.safeParse(entry, { reportInput: true });
  const problems = collect(result, entry, (add) => checkEntry(listName, entry, [], add));
  if (!result.success || problems.length > 0) throw new CatalogError(problems);
  return result.data as CatalogEntryOf[L];
}

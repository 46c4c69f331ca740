// Part 1b: a catalog file with 16,000 unknown keys (the reliability probe's 165 KB file):
// checking it orders 16,000 problems (and lists the first of them). The fixed ordering beside
// the quadratic one it replaced.
import { CatalogError, parseCatalogText } from '../shared/pricing';
import { sortInDocumentOrder } from '../shared/pricing/catalog/order';
import { makeProblem } from '../shared/pricing/catalog/problems';
import seedFile from '../resources/seed-catalog.json';
import { sortInDocumentOrderQuadratic } from './catalog-order-quadratic';
import { timeOnce } from './stats';
import { row, type Section } from './table';

export const UNKNOWN_KEYS = 16_000;

export function unknownKeysFile(count = UNKNOWN_KEYS): string {
  const file: Record<string, unknown> = { ...(seedFile as Record<string, unknown>) };
  for (let i = 0; i < count; i++) file[`x${i}`] = i;
  return JSON.stringify(file);
}

export function benchCatalogOrder(opts: { runs: number; baselineRuns: number }): Section {
  const text = unknownKeysFile();
  const raw: unknown = JSON.parse(text);
  let problems: CatalogError['problems'] = [];
  const check = () => {
    try {
      parseCatalogText(text);
    } catch (error) {
      if (!(error instanceof CatalogError)) throw error;
      problems = error.problems;
    }
  };
  check();
  if (problems[0]?.code !== 'unknown-field') throw new Error(`expected unknown-field problems, got ${problems[0]?.code}`);
  // every problem the check orders (the answer lists only the first: MAX_PROBLEMS)
  const all = Object.keys(raw as object).filter((key) => /^x\d+$/.test(key)).map((key) => makeProblem([key], 'unknown-field'));
  if (all.length < UNKNOWN_KEYS) throw new Error(`expected ${UNKNOWN_KEYS} problems, got ${all.length}`);
  const shuffled = [...all].reverse();
  const checkMs = Array.from({ length: opts.runs }, () => timeOnce(check));
  const sortMs = Array.from({ length: opts.runs }, () => timeOnce(() => sortInDocumentOrder(shuffled, raw)));
  const baselineMs = Array.from({ length: opts.baselineRuns }, () =>
    timeOnce(() => sortInDocumentOrderQuadratic(shuffled, raw)),
  );
  return {
    title: `catalog file with ${UNKNOWN_KEYS.toLocaleString('en')} unknown keys (${Math.round(text.length / 1024)} KB)`,
    rows: [
      row('check the whole file (catalog.checkImport)', checkMs, { stat: 'median', max: 1000 }),
      row('order the problems', sortMs, { stat: 'median', max: 200 }),
      row('  baseline: quadratic ordering (before)', baselineMs),
    ],
    notes: [`${all.length} problems; the baseline is the ordering that froze the app for about 30 s.`],
  };
}

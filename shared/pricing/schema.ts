// The catalog file (spec "The catalog file"): zod schemas for every entry kind and the
// whole file, plus the checks that span fields or lists. An invalid file is refused whole
// with EVERY problem listed by JSON path; see docs/pricing-decisions.md for the choices made
// where the spec is silent (unknown fields are problems, text is trimmed, limits, ...).
//
// The code lives in catalog/, one concern a file:
//   problems.ts  problem codes' messages, JSON paths, CatalogError
//   fields.ts    field schemas (whole numbers, money, percent, text, ids, lists, dates, ...)
//   entries.ts   entry schemas, one per list, and the schema of the whole file
//   checks.ts    checks across fields and lists (on the raw input)
//   order.ts     problems in document order
//   parse.ts     zod issues -> problems; parseCatalog, parseCatalogText, parseEntry
export { CatalogError, formatPath } from './catalog/problems';
export type { CatalogEntryOf } from './catalog/entries';
export { parseCatalog, parseCatalogText, parseEntry } from './catalog/parse';

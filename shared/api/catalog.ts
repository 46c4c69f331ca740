// The price list: read, import/export as a catalog file, edit entry by entry.
import { z } from 'zod';
import { CATALOG_LIST_NAMES } from '../vocabulary';
import type { Catalog, CatalogProblem } from '../pricing/types';
import { channel, empty, id } from './schemas';
import type { CatalogSummary } from './types';

export const catalogListName = z.enum(CATALOG_LIST_NAMES);

const catalogFile = z.strictObject({ text: z.string().max(20_000_000) });
/** `entry` is checked by the catalog rules (parseCatalog), which list every problem by path. */
/** `expected` (with originalId): the entry as the screen loaded it. The catalog is rewritten
 *  on every store, so there is no row version to send: another desk's change of the same
 *  entry since is found by comparing, and refused with 'conflict' and the entry now. */
const saveEntry = z.strictObject({ list: catalogListName, entry: z.unknown(), originalId: id.optional(), expected: z.unknown().optional() });
const removeEntry = z.strictObject({ list: catalogListName, id });
const moveEntry = z.strictObject({ list: catalogListName, id, toIndex: z.number().int().min(0).max(100_000) });

export const catalogChannels = {
  'catalog.get': channel<typeof empty, Catalog>(empty),
  'catalog.export': channel<typeof empty, { fileName: string; json: string }>(empty),
  /** Validates a catalog file without writing anything. */
  'catalog.checkImport': channel<
    typeof catalogFile,
    { problems: CatalogProblem[]; summary: CatalogSummary | null }
  >(catalogFile),
  /** Replaces the whole catalog in one transaction; refused with every problem if invalid. */
  'catalog.import': channel<typeof catalogFile, Catalog>(catalogFile),
  /** Adds or replaces one entry of a list; `originalId` names the entry being edited. */
  'catalog.saveEntry': channel<typeof saveEntry, Catalog>(saveEntry),
  'catalog.removeEntry': channel<typeof removeEntry, Catalog>(removeEntry),
  /** Moves an entry to a new position in its list (0-based). */
  'catalog.moveEntry': channel<typeof moveEntry, Catalog>(moveEntry),
  /** Currency, tax and rounding: checked by the catalog rules like a file's. */
  'catalog.saveBasics': channel<z.ZodUnknown, Catalog>(z.unknown()),
} as const;

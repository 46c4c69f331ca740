// The server checks every save against the whole price list and reports problems by JSON
// path; these helpers bring a path back to the field of the entry being edited.
import type { CatalogListName } from '../../../../shared/vocabulary';

const listPaths: Record<CatalogListName, string> = {
  services: 'services',
  addOns: 'addOns',
  surcharges: 'surcharges',
  travelZones: 'travelZones',
  discounts: 'discounts',
  programs: 'school.programs',
  fees: 'school.fees',
  paymentPlans: 'school.paymentPlans',
};

const otherListPath = /^(services|addOns|surcharges|travelZones|discounts|school|format|version|currency|tax|rounding)\b/;

/** "services[3].rates[1].minutes" -> "rates[1].minutes" for the services list; a path that
 *  is already relative to the entry stays; one about another part of the file -> null. */
export function entryRelativePath(path: string, list: CatalogListName): string | null {
  const prefix = listPaths[list].replace('.', '\\.');
  const match = new RegExp(`^${prefix}\\[\\d+\\]\\.?`).exec(path);
  if (match) return path.slice(match[0].length);
  if (otherListPath.test(path)) return null;
  return path;
}

// The catalog's editable lists, as plain in-memory edits. Nothing here validates: the
// caller runs parseCatalog on the result, so every rule lives in one place.
import type { CatalogListName } from '../../../shared/vocabulary';
import type { Catalog, School } from '../../../shared/pricing/types';

export type Entry = { id: string };

const schoolLists = { programs: true, fees: true, paymentPlans: true } as const;
const isSchoolList = (list: CatalogListName): list is keyof typeof schoolLists => list in schoolLists;

export function entriesOf(c: Catalog, list: CatalogListName): readonly Entry[] {
  if (isSchoolList(list)) return c.school?.[list] ?? [];
  return c[list];
}

/** A copy of the catalog with `list` replaced. Adding to a school list of a business
 *  without a school starts one. */
export function withEntries(c: Catalog, list: CatalogListName, entries: readonly unknown[]): Catalog {
  if (isSchoolList(list)) {
    const school: School = c.school ?? { programs: [], fees: [], paymentPlans: [] };
    return { ...c, school: { ...school, [list]: entries } };
  }
  return { ...c, [list]: entries };
}

/** Other entries refer to services (add-ons) and programs (fees) by id; a rename follows. */
export function renameReferences(c: Catalog, list: CatalogListName, from: string, to: string): Catalog {
  const swap = (ids: string[] | undefined) => ids?.map((id) => (id === from ? to : id));
  if (list === 'services') {
    return { ...c, addOns: c.addOns.map((a) => (a.services ? { ...a, services: swap(a.services) } : a)) };
  }
  if (list === 'programs' && c.school) {
    const fees = c.school.fees.map((f) => (f.programs ? { ...f, programs: swap(f.programs) } : f));
    return { ...c, school: { ...c.school, fees } };
  }
  return c;
}

export function indexOfId(c: Catalog, list: CatalogListName, id: string): number {
  return entriesOf(c, list).findIndex((e) => e.id === id);
}

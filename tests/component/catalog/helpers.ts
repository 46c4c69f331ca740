// Small helpers of the price-list tests: read what the database holds, through the core.
import type { Catalog } from '../../../shared/pricing/types';
import type { RenderedScreen } from '../harness';

export async function storedCatalog(frontDesk: RenderedScreen['frontDesk']): Promise<Catalog> {
  const result = await frontDesk.handle('catalog.get', {});
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** Text of each body row's header cell (the entry names, in table order). */
export function rowNames(table: HTMLElement): string[] {
  return [...table.querySelectorAll('tbody th')].map((th) => th.textContent ?? '');
}

/** Everything the live status regions say right now. */
export function statusText(): string {
  return [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(' ');
}

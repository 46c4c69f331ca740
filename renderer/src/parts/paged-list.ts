// A paged list (the call log, the clients) reloaded after a write anywhere on the hub: as many
// rows as it shows come back, not the first page only, so the rows "more" brought stay (and a
// row whose detail was open is still there to take the focus back).
import { useEffect, useRef } from 'react';
import type { Domain } from '../../../shared/api/changes';
import { useChanged } from '../api/useChanged';

export function useChangedKeepingRows(
  domains: readonly Domain[],
  shown: number,
  page: { size: number; largest: number },
  reload: (limit: number) => void,
): void {
  const shownRows = useRef(shown);
  useEffect(() => {
    shownRows.current = shown;
  }, [shown]);
  useChanged(domains, () => reload(Math.min(page.largest, Math.max(page.size, shownRows.current))));
}

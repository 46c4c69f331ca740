// A client's calls on their page: the newest FIRST_CALLS when the page opens, up to
// CALLS_ON_PAGE once the older ones are asked for (docs/clients-decisions.md). Requests can
// cross (a call saved on another desk while the older calls load, another client opened):
// only the answer to the newest request, for the client on screen, is shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallSummary } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { CALLS_ON_PAGE, FIRST_CALLS } from './first-calls';

export type ClientCalls = { rows: CallSummary[]; total: number };

export function useClientCalls(clientId: number) {
  const [calls, setCalls] = useState<ClientCalls | null>(null);
  /** Why the older calls did not come (shown beside their button, where the user looks). */
  const [olderError, setOlderError] = useState<unknown>(null);
  const limit = useRef(FIRST_CALLS);
  const asked = useRef(0);
  const shownFor = useRef(clientId);
  const rowsRef = useRef<HTMLTableSectionElement>(null);
  const olderButtonRef = useRef<HTMLButtonElement>(null);
  /** The last call shown before the older ones were asked for: the focus goes to the one after
   *  it once they are in (whichever answer brings them). */
  const focusAfter = useRef<number | null>(null);

  useEffect(() => {
    const after = focusAfter.current;
    if (after === null || !calls) return;
    focusAfter.current = null;
    // Not from a field the receptionist went on to meanwhile: only from the button (or from
    // nowhere, once the button has gone with the older calls in).
    const active = document.activeElement;
    if (active && active !== document.body && active !== olderButtonRef.current) return;
    const index = calls.rows.findIndex((row) => row.id === after);
    rowsRef.current?.children[index + 1]?.querySelector('button')?.focus();
  }, [calls]);

  /** As many calls as the page holds now; undefined when a newer request or another client
   *  came first (the answer, or the error, is then dropped). */
  const fetchCalls = useCallback(async (id: number): Promise<ClientCalls | undefined> => {
    const request = ++asked.current;
    const current = () => request === asked.current && id === shownFor.current;
    try {
      const list = await call('clients.calls', { id, limit: limit.current });
      return current() ? list : undefined;
    } catch (e) {
      if (current()) throw e;
      return undefined;
    }
  }, []);

  /** A list that came in; once it holds the older calls, an earlier failure to get them is
   *  over. */
  const showCalls = useCallback((list: ClientCalls) => {
    setCalls(list);
    if (limit.current === CALLS_ON_PAGE) setOlderError(null);
  }, []);

  /** The older calls were asked for and the newest request failed: say so, and no later
   *  answer takes the focus for it. */
  const olderFailed = useCallback((error: unknown) => {
    if (focusAfter.current === null) return;
    focusAfter.current = null;
    setOlderError(error);
  }, []);

  const isShown = useCallback((id: number) => shownFor.current === id, []);

  /** Another client on the page: it opens with their newest calls. */
  const resetCalls = useCallback((id: number) => {
    shownFor.current = id;
    limit.current = FIRST_CALLS;
    focusAfter.current = null;
    setCalls(null);
    setOlderError(null);
  }, []);

  // A failure here is not said (the page keeps what it shows), unless it was the older calls'.
  const refreshCalls = useCallback(
    (id: number) => fetchCalls(id).then((list) => list && showCalls(list), olderFailed),
    [fetchCalls, showCalls, olderFailed],
  );

  /** The older calls; the focus goes to the first of them, so the keyboard goes on from there. */
  const showOlderCalls = useCallback(
    async (id: number, lastShown: number) => {
      limit.current = CALLS_ON_PAGE;
      focusAfter.current = lastShown;
      setOlderError(null);
      try {
        const list = await fetchCalls(id);
        if (list) showCalls(list);
      } catch (e) {
        olderFailed(e);
      }
    },
    [fetchCalls, showCalls, olderFailed],
  );

  /** How many more the button would show (none once the page holds all it can). */
  const olderCount = calls ? Math.min(calls.total, CALLS_ON_PAGE) - calls.rows.length : 0;
  return {
    calls,
    setCalls,
    showCalls,
    olderCount,
    olderError,
    rowsRef,
    olderButtonRef,
    isShown,
    fetchCalls,
    resetCalls,
    refreshCalls,
    showOlderCalls,
  };
}

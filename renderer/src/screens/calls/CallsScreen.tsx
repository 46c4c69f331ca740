// Calls & clients: every saved call, newest first; search, filter, open one to see the
// quote as it was given and update what came of it; export the filtered list as CSV.
// Alt+S focuses the search box; Enter on a row opens it; Up/Down move between rows.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallRecord, CallSummary } from '../../../../shared/api/types';
import { call } from '../../api/client';
import { useChangedKeepingRows } from '../../parts/paged-list';
import { errorMessage } from '../../errors';
import { useNavigationOptions } from '../../navigation';
import { CallDetail } from '../../parts/calls/CallDetail';
import { CallFilters } from './CallFilters';
import { CallList } from '../../parts/calls/CallList';
import { downloadText } from '../../components/download';
import { emptyFilter, toFilter, type FilterDraft } from './filters';
import { listKeys } from '../../parts/list-keys';
import './calls.css';

const PAGE_SIZE = 50;
/** The API's largest page; an export of a longer list takes the newest this many. */
const EXPORT_LIMIT = 500;
const LARGEST_PAGE = EXPORT_LIMIT;
const SEARCH_DEBOUNCE_MS = 250;

export default function CallsScreen() {
  const { t } = useTranslation(['calls', 'common']);
  // Opened from "follow-ups due": the list starts filtered to those.
  const { callsFilter } = useNavigationOptions();
  const [draft, setDraft] = useState<FilterDraft>(() => ({ ...emptyFilter, ...callsFilter }));
  const [text, setText] = useState('');
  const [list, setList] = useState<{ rows: CallSummary[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const [exportState, setExportState] = useState<{ kind: 'done'; fileName: string } | { kind: 'error'; error: unknown } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const rowsRef = useRef<HTMLTableSectionElement>(null);
  const keys = listKeys(searchRef, rowsRef, 'button.open-call');
  /** Only the latest request may show its result: an earlier one answering late (an old
   *  filter, or "More" of the list before the filter changed) is dropped. */
  const requestSeq = useRef(0);

  // The search text waits for a pause in typing; the other filters apply at once.
  useEffect(() => {
    const timer = setTimeout(() => setText(draft.text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft.text]);

  const filter = useMemo(
    () => toFilter(draft, text, new Date()),
    // `draft.text` is deliberately left out: `text` is its debounced copy.
    [text, draft.from, draft.to, draft.outcome, draft.kind, draft.followUpDue],
  );

  const load = useCallback(
    async (offset: number, limit = PAGE_SIZE) => {
      if (!filter) return;
      const request = ++requestSeq.current;
      const latest = () => request === requestSeq.current;
      setLoading(true);
      try {
        const page = await call('calls.search', { ...filter, limit, offset });
        if (!latest()) return;
        setList((previous) => (offset > 0 && previous ? { rows: [...previous.rows, ...page.rows], total: page.total } : page));
        setError(null);
      } catch (e) {
        if (latest()) setError(e);
      } finally {
        if (latest()) setLoading(false);
      }
    },
    [filter],
  );

  useEffect(() => {
    void load(0);
  }, [load]);
  // A call saved at another desk (or a tablet), or just edited here, shows without a reload.
  useChangedKeepingRows(['calls'], list?.rows.length ?? 0, { size: PAGE_SIZE, largest: LARGEST_PAGE }, (limit) => void load(0, limit));

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey && !event.ctrlKey && event.code === 'KeyS') {
        event.preventDefault();
        searchRef.current?.focus();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function exportCsv() {
    if (!filter) return;
    try {
      const { fileName, csv } = await call('calls.exportCsv', { ...filter, limit: EXPORT_LIMIT, offset: 0 });
      // The server's CSV starts with a BOM, so Excel reads UTF-8 Korean.
      downloadText(fileName, csv, 'text/csv;charset=utf-8');
      setExportState({ kind: 'done', fileName });
    } catch (e) {
      setExportState({ kind: 'error', error: e });
    }
  }

  function updated(record: CallRecord) {
    // With a filter on what can be edited, the call may no longer belong in the list.
    if (filter && (filter.outcome || filter.followUpDueBy)) {
      void load(0);
      return;
    }
    setList((previous) =>
      previous && {
        ...previous,
        rows: previous.rows.map((row) =>
          row.id === record.id ? { ...row, outcome: record.outcome, note: record.note, followUp: record.followUp } : row,
        ),
      },
    );
  }

  return (
    <section aria-labelledby="screen-title" className="calls-screen">
      <header className="row calls-header">
        <h1 id="screen-title">{t('title')}</h1>
        <button type="button" onClick={exportCsv} disabled={!filter}>
          {t('export.button')}
        </button>
      </header>
      <p className="muted shortcuts">{t('shortcuts')}</p>
      <CallFilters draft={draft} searchRef={searchRef} onSearchKeyDown={keys.onBoxKeyDown} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      {exportState?.kind === 'done' && (
        <p role="status" className="success">
          {t('export.done', { fileName: exportState.fileName })}
        </p>
      )}
      {exportState?.kind === 'error' && <p role="alert">{errorMessage(t, exportState.error)}</p>}
      {error !== null && <p role="alert">{errorMessage(t, error)}</p>}
      <p role="status" className="muted">
        {list ? t('list.count', { count: list.total, shown: list.rows.length }) : t('common:loading')}
      </p>
      {list && list.rows.length === 0 && <p>{t('list.empty')}</p>}
      {list && list.rows.length > 0 && (
        <CallList rows={list.rows} rowsRef={rowsRef} onRowsKeyDown={keys.onRowsKeyDown} onOpen={(row) => setOpenId(row.id)} />
      )}
      {list && list.rows.length < list.total && (
        <button type="button" onClick={() => void load(list.rows.length)} disabled={loading}>
          {t('list.more', { count: Math.min(PAGE_SIZE, list.total - list.rows.length) })}
        </button>
      )}
      {/* Closing gives the focus back to the row (the Dialog does), so the receptionist keeps their place. */}
      {openId !== null && <CallDetail id={openId} onClose={() => setOpenId(null)} onUpdated={updated} />}
    </section>
  );
}

// The Clients tab: find a client by name, Korean initials (ㄱㅁㅈ), phone digits or email,
// from the keyboard (↓ into the results, Enter opens, Esc back to the search box), add one,
// and open a client's page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/api/clients';
import { call } from '../../api/client';
import { useChangedKeepingRows } from '../../parts/paged-list';
import { errorMessage } from '../../errors';
import { useNavigationOptions } from '../../navigation';
import { usePersistentState } from '../../state/persistent';
import { listKeys } from '../../parts/list-keys';
import { ClientList } from './ClientList';
import { ClientPage } from './ClientPage';
import { AddClientDialog } from './AddClientDialog';
import './clients.css';
import { leaveThen } from '../../state/leave-guard';

const PAGE_SIZE = 50;
/** The API's largest page of clients. */
const LARGEST_PAGE = 500;
const SEARCH_DEBOUNCE_MS = 200;

/** `searched`: the text the rows answer (what the empty list's message speaks of). */
type ListState = { rows: Client[]; total: number; totalCapped: boolean; searched: string };

export default function ClientsScreen() {
  const { t } = useTranslation(['clients', 'common']);
  const options = useNavigationOptions();
  const [text, setText] = usePersistentState('clients.search', '');
  const [includeArchived, setIncludeArchived] = usePersistentState('clients.includeArchived', false);
  const [query, setQuery] = useState(text);
  const [list, setList] = useState<ListState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [openId, setOpenId] = usePersistentState<number | null>('clients.openId', options.clientId ?? null);
  const [adding, setAdding] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const rowsRef = useRef<HTMLTableSectionElement>(null);
  const requestSeq = useRef(0);
  const keys = listKeys(searchRef, rowsRef, 'button.open-client');

  useEffect(() => {
    if (options.clientId) setOpenId(options.clientId);
  }, [options.clientId, setOpenId]);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const load = useCallback(
    async (offset: number, limit = PAGE_SIZE) => {
      const request = ++requestSeq.current;
      try {
        const searched = query.trim();
        const page = await call('clients.search', { text: searched || undefined, includeArchived, limit, offset });
        if (request !== requestSeq.current) return;
        setList((previous) => ({ ...page, rows: offset > 0 && previous ? [...previous.rows, ...page.rows] : page.rows, searched }));
        setError(null);
      } catch (e) {
        if (request === requestSeq.current) setError(e);
      }
    },
    [query, includeArchived],
  );

  useEffect(() => {
    if (openId === null) void load(0);
  }, [load, openId]);
  // A client saved at another desk shows without a reload.
  useChangedKeepingRows(['clients'], list?.rows.length ?? 0, { size: PAGE_SIZE, largest: LARGEST_PAGE }, (limit) => {
    if (openId === null) void load(0, limit);
  });

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey && !event.ctrlKey && event.code === 'KeyS') {
        event.preventDefault();
        // From a client page, the search closes it: asked first if it holds typed text.
        leaveThen(() => {
          setOpenId(null);
          requestAnimationFrame(() => searchRef.current?.focus());
        });
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpenId]);

  if (openId !== null) {
    return (
      <ClientPage
        id={openId}
        onOpen={(id) => leaveThen(() => setOpenId(id))}
        onBack={() => {
          setOpenId(null);
          requestAnimationFrame(() => searchRef.current?.focus());
        }}
      />
    );
  }

  return (
    <section aria-labelledby="clients-title" className="clients-screen">
      <header className="row clients-header">
        <h1 id="clients-title">{t('title')}</h1>
        <button type="button" onClick={() => setAdding(true)}>
          {t('add.button')}
        </button>
      </header>
      <p className="muted shortcuts">{t('shortcuts')}</p>
      <div className="card row" role="search">
        <div className="grow">
          <label htmlFor="clients-search">{t('search.label')}</label>
          <input
            id="clients-search"
            ref={searchRef}
            type="search"
            autoFocus
            autoComplete="off"
            aria-keyshortcuts="Alt+S"
            placeholder={t('search.placeholder')}
            value={text}
            onKeyDown={keys.onBoxKeyDown}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} /> {t('search.archived')}
        </label>
      </div>
      {error !== null && <p role="alert">{errorMessage(t, error)}</p>}
      <p role="status" className="muted">
        {list
          ? list.totalCapped
            ? t('list.countCapped', { count: list.total, shown: list.rows.length })
            : t('list.count', { count: list.total, shown: list.rows.length })
          : t('common:loading')}
      </p>
      {list && list.rows.length === 0 && (
        // Nothing searched yet: say how to begin, not that a search found nothing.
        <p>{list.searched === '' ? t('list.none') : t('list.empty')}</p>
      )}
      {list && list.rows.length > 0 && (
        <ClientList rows={list.rows} rowsRef={rowsRef} onRowsKeyDown={keys.onRowsKeyDown} onOpen={(c) => setOpenId(c.id)} />
      )}
      {list && list.rows.length < list.total && (
        <button type="button" onClick={() => void load(list.rows.length)}>
          {t('list.more', { count: Math.min(PAGE_SIZE, list.total - list.rows.length) })}
        </button>
      )}
      {adding && (
        <AddClientDialog
          onClose={() => setAdding(false)}
          onAdded={(client) => {
            setAdding(false);
            setOpenId(client.id);
          }}
        />
      )}
    </section>
  );
}

// One client: contact details (edited in place, checked), their calls newest first (open
// one; "quote again" from a call), the sections the next domains fill (client-sections/),
// archive / restore, merging a duplicate into this record, and erasing it on request (then
// the page shows the tombstone: when, and what was erased, counted).
import { Suspense, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/api/clients';
import { call } from '../../api/client';
import { useChanged } from '../../api/useChanged';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { formatDate } from '../../format';
import { localDate } from '../../../../shared/local-date';
import { CallDetail } from '../../parts/calls/CallDetail';
import { CallList } from '../../parts/calls/CallList';
import { clientSections } from '../../client-sections';
import { ConflictNotice, staleSaveOf } from '../../components/form';
import { ClientForm, fieldsOf, inputOf, type ClientFields } from './ClientForm';
import { MergeDialog } from './MergeDialog';
import { EraseDialog } from './EraseDialog';
import { ErasureCounts } from './ErasureCounts';
import { useClientCalls } from './useClientCalls';
import { leaveThen } from '../../state/leave-guard';

export function ClientPage(props: { id: number; onBack: () => void; onOpen: (id: number) => void }) {
  const { t } = useTranslation(['clients', 'common']);
  const { lang } = useAppData();
  const ids = useId();
  const [client, setClient] = useState<Client | null>(null);
  const clientCalls = useClientCalls(props.id);
  const { calls, setCalls, showCalls, olderCount, olderError, isShown, fetchCalls, resetCalls, refreshCalls, showOlderCalls } =
    clientCalls;
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [openCall, setOpenCall] = useState<number | null>(null);
  const [merging, setMerging] = useState(false);
  /** A save refused because another desk saved first: the record now, and what was typed. */
  const [conflict, setConflict] = useState<{ saved: Client; mine: ClientFields } | null>(null);
  /** What the form starts from when it is not the stored record (the user kept their changes). */
  const [formStart, setFormStart] = useState<ClientFields | null>(null);
  const [erasing, setErasing] = useState(false);
  const backRef = useRef<HTMLButtonElement>(null);
  // Archive is hidden once the record is archived and Restore once it is not: after either,
  // the focus goes to the other (in the commit that shows it), not to the page.
  const archiveRef = useRef<HTMLButtonElement>(null);
  const restoreRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<typeof archiveRef | null>(null);
  useLayoutEffect(() => {
    if (!focusNext.current?.current) return;
    focusNext.current.current.focus();
    focusNext.current = null;
  });

  const load = useCallback(async () => {
    try {
      const [found, list] = await Promise.all([call('clients.get', { id: props.id }), fetchCalls(props.id)]);
      // Another client opened meanwhile: this answer is theirs no longer.
      if (!isShown(props.id)) return;
      setClient(found);
      if (list) showCalls(list);
      setError(null);
    } catch (e) {
      if (isShown(props.id)) setError(e);
    }
  }, [props.id, isShown, fetchCalls, showCalls]);

  useEffect(() => {
    setClient(null);
    resetCalls(props.id);
    setNewer(null);
    setConflict(null);
    setFormStart(null);
    void load();
  }, [load, props.id, resetCalls]);

  // Another device's changes: its calls show at once; the details are never replaced under
  // the receptionist's hands (a half-typed edit would vanish): a note offers them instead.
  const [newer, setNewer] = useState<Client | null>(null);
  useChanged(['calls', 'clients'], () => {
    void refreshCalls(props.id);
    call('clients.get', { id: props.id }).then(setNewer, () => undefined);
  });

  // In the commit that shows the client, not an effect after it: the page is on screen
  // from that commit, and a field clicked or typed into at once must keep its focus. Once
  // per client: a layout effect runs again when a Suspense boundary above shows the page
  // again, and that must not take the focus from the field being typed in.
  const focusedFor = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (!client || focusedFor.current === client.id) return;
    focusedFor.current = client.id;
    backRef.current?.focus();
    // only when another client is shown, not after each save (hence client?.id)
  }, [client?.id]);

  // The details and calls come first (what the desk reads on the phone); the sections
  // (intake, prescriptions, coverage: each with its own requests) one frame later, so they
  // never hold up the calls list.
  const [sectionsFor, setSectionsFor] = useState<number | null>(null);
  useEffect(() => {
    if (!client) return;
    const frame = requestAnimationFrame(() => setSectionsFor(client.id));
    return () => cancelAnimationFrame(frame);
  }, [client?.id]);

  useEffect(() => {
    if (client?.erased) backRef.current?.focus(); // the erase button is gone with the dialog
  }, [client?.erased?.at]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const inField = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (event.key === 'Escape' && !inField && openCall === null && !merging && !erasing) leaveThen(props.onBack);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (error !== null && !client) return <p role="alert">{errorMessage(t, error)}</p>;
  if (!client) return <p role="status">{t('page.loading')}</p>;

  if (client.erased) {
    return (
      <section aria-labelledby={`${ids}-title`} className="client-page">
        <header className="row client-page-header">
          <button type="button" ref={backRef} onClick={() => leaveThen(props.onBack)} aria-keyshortcuts="Escape">
            {t('page.back')}
          </button>
          <h1 id={`${ids}-title`}>{t('erase.tombstone')}</h1>
        </header>
        <p role="status" className="success">
          {status ?? ''}
        </p>
        <section className="card" aria-labelledby={`${ids}-erased`}>
          <p>{t('erase.erasedOn', { date: formatDate(localDate(new Date(client.erased.at)), lang) })}</p>
          <h2 id={`${ids}-erased`}>{t('erase.erased')}</h2>
          <ErasureCounts counts={client.erased.counts} labelledBy={`${ids}-erased`} />
        </section>
      </section>
    );
  }

  const archived = client.archivedAt !== null;
  const differences = (saved: Client, mine: ClientFields) => {
    const theirs = fieldsOf(saved, lang);
    return (Object.keys(mine) as (keyof ClientFields)[])
      .filter((field) => theirs[field].trim() !== mine[field].trim())
      .map((field) => ({
        label: t(`fields.${field}`),
        saved: field === 'lang' ? t(`common:language.${theirs.lang}`) : theirs[field],
        mine: field === 'lang' ? t(`common:language.${mine.lang}`) : mine[field],
      }));
  };
  const title = client.name || client.phoneShown || t('list.noName');

  async function archive(next: boolean) {
    try {
      setClient(await call('clients.archive', { id: client!.id, archived: next }));
      focusNext.current = next ? restoreRef : archiveRef;
      setStatus(null);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby={`${ids}-title`} className="client-page">
      <header className="row client-page-header">
        <button type="button" ref={backRef} onClick={() => leaveThen(props.onBack)} aria-keyshortcuts="Escape">
          {t('page.back')}
        </button>
        <h1 id={`${ids}-title`}>{title}</h1>
        <p className="muted">{t('page.since', { date: formatDate(localDate(new Date(client.createdAt)), lang) })}</p>
      </header>
      {newer && newer.id === client.id && newer.updatedAt > client.updatedAt && (
        <p role="status" className="warning">
          {t('page.changedElsewhere')}{' '}
          <button
            type="button"
            onClick={() => {
              // Values kept on purpose after a refused save ("keep mine") stay in the form: the
              // changes are shown beside them, to choose again, not hidden under them.
              if (formStart) setConflict({ saved: newer, mine: formStart });
              setClient(newer);
              setNewer(null);
            }}
          >
            {t('page.showChanges')}
          </button>
        </p>
      )}
      {archived && (
        <p role="note" className="warning">
          {client.mergedInto !== null ? t('page.merged') : t('page.archived')}{' '}
          {client.mergedInto !== null && (
            <button type="button" className="link" onClick={() => props.onOpen(client.mergedInto!)}>
              {t('page.openMerged')}
            </button>
          )}
        </p>
      )}
      <section className="card" aria-labelledby={`${ids}-details`}>
        <h2 id={`${ids}-details`}>{t('page.details')}</h2>
        <ClientForm
          key={client.id}
          startsFrom={client.rowVersion}
          initial={formStart ?? fieldsOf(client, lang)}
          submitLabel={t('page.save')}
          disabled={archived}
          onSaveStart={() => setStatus(null)}
          onSubmit={async (fields) => {
            try {
              setClient(await call('clients.update', { id: client.id, expectedVersion: client.rowVersion, ...inputOf(fields) }));
            } catch (e) {
              const saved = staleSaveOf<Client>(e);
              if (!saved) throw e;
              setStatus(null);
              setConflict({ saved, mine: fields });
              return;
            }
            setConflict(null);
            setFormStart(null);
            setStatus(t('page.saved'));
          }}
        >
          <button type="button" ref={archiveRef} onClick={() => void archive(true)}>
            {t('page.archive')}
          </button>
          <button type="button" onClick={() => setMerging(true)}>
            {t('merge.button')}
          </button>
        </ClientForm>
        {archived && client.mergedInto === null && (
          <button type="button" ref={restoreRef} onClick={() => void archive(false)}>
            {t('page.restore')}
          </button>
        )}
        {conflict && (
          <ConflictNotice
            differences={differences(conflict.saved, conflict.mine)}
            onUseSaved={() => {
              setFormStart(null);
              setClient(conflict.saved);
              setConflict(null);
            }}
            onKeepMine={() => {
              setFormStart(conflict.mine);
              setClient(conflict.saved);
              setConflict(null);
              setStatus(t('common:conflict.keptMine'));
            }}
          />
        )}
        <p role="status" className="success">
          {status ?? ''}
        </p>
        {error !== null && <p role="alert">{errorMessage(t, error)}</p>}
      </section>
      <section className="card" aria-labelledby={`${ids}-calls`}>
        <h2 id={`${ids}-calls`}>{t('page.calls')}</h2>
        {calls && calls.rows.length === 0 && <p className="muted">{t('page.callsEmpty')}</p>}
        {calls && calls.rows.length > 0 && (
          <CallList rows={calls.rows} rowsRef={clientCalls.rowsRef} withoutCaller onOpen={(row) => setOpenCall(row.id)} />
        )}
        {calls && calls.total > calls.rows.length && (
          <p className="muted">{t('page.callsShown', { count: calls.total, shown: calls.rows.length })}</p>
        )}
        {calls && olderCount > 0 && (
          <button type="button" className="older-calls" ref={clientCalls.olderButtonRef} onClick={() => void showOlderCalls(client.id, calls.rows.at(-1)!.id)}>
            {t('page.olderCalls', { count: olderCount })}
          </button>
        )}
        {olderError !== null && <p role="alert">{errorMessage(t, olderError)}</p>}
      </section>
      <div className="client-sections">
        {/* A section whose words or code are still loading waits here, alone: suspending up
            to the screen's boundary would hide the whole page, and the field being typed in. */}
        <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
          {sectionsFor === client.id && clientSections.map(({ id, Section }) => <Section key={id} client={client} />)}
        </Suspense>
      </div>
      <section className="card danger-zone" aria-labelledby={`${ids}-erase`}>
        <h2 id={`${ids}-erase`}>{t('erase.zone')}</h2>
        <p>{t('erase.zoneExplain')}</p>
        <button type="button" className="danger" onClick={() => setErasing(true)}>
          {t('erase.button')}
        </button>
      </section>
      {erasing && (
        <EraseDialog
          client={client}
          onClose={() => setErasing(false)}
          onErased={({ client: tombstone, scansLeft }) => {
            setErasing(false);
            setClient(tombstone);
            setCalls(null);
            setStatus([t('erase.done'), scansLeft > 0 ? t('erase.scansLeft', { count: scansLeft }) : ''].filter(Boolean).join(' '));
          }}
        />
      )}
      {openCall !== null && <CallDetail id={openCall} onClose={() => setOpenCall(null)} onUpdated={() => void load()} />}
      {merging && (
        <MergeDialog
          keep={client}
          onClose={() => setMerging(false)}
          onMerged={(kept) => {
            setMerging(false);
            setClient(kept);
            setStatus(t('merge.done'));
            void load();
          }}
        />
      )}
    </section>
  );
}

// Phone quote: "how much is a 90-minute aroma for two, tonight, at my place in Suwon?"
// Keyboard first; the total is recomputed in the renderer on every change with the same
// pure engine the main process uses (no IPC per keystroke); saving goes through
// 'calls.save', where the main process recomputes and snapshots the quote.
//
// Shortcuts (the frame owns F1..F6 and Alt+1..6): Alt+S service search, Alt+A add another
// service, Alt+T now, Alt+N tonight, Alt+M tomorrow, Alt+Z travel zone. Physical key codes,
// so a Korean layout works. Alt+C (copy) belongs to the caller-script card, Alt+I (copy the
// coverage answer) to the coverage panel, Ctrl+Enter (save the call) to SaveCallForm.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lang } from '../../../../shared/pricing/types';
import type { ServiceEntry } from './ServiceSearch';
import { useAppData } from '../../app-data';
import { indexName } from '../../search/names';
import { SaveCallForm } from '../../parts/calls/SaveCallForm';
import { LaterCoveragePanel } from '../../components/coverage/LaterCoveragePanel';
import { CallerScriptCard } from '../../parts/caller-script/CallerScriptCard';
import { computeDraft, draftFromRequest, newDraft, newItem, tomorrow, tonight, type ItemDraft, type QuoteDraft } from './draft';
import { useNavigationOptions } from '../../navigation';
import { FollowUpsDue } from '../../parts/calls/FollowUpsDue';
import { ItemEditor } from './ItemEditor';
import { catalogNames } from '../../parts/quote/lines';
import { quoteCallerTexts } from '../../parts/quote/script';
import { QuoteBreakdown } from '../../parts/quote/QuoteBreakdown';
import { VisitOptions } from './VisitOptions';
import { localIsoDate, localIsoMinute } from '../../format';
import { usePersistentState } from '../../state/persistent';
import { useFirstPaintDone } from '../../first-paint';
import './quote.css';

/** Several services per quote are possible; more than this is not a phone quote. */
const MAX_ITEMS = 5;

// A keystroke changes one field: the parts whose props did not change are not rendered
// again (the other items, the visit options, the follow-ups; the caller script and the
// breakdown only when the quote changed). Callbacks below are stable for that reason.
const Breakdown = memo(QuoteBreakdown);

const indexes = new WeakMap<Catalog, ServiceEntry[]>();
function serviceIndex(catalog: Catalog): ServiceEntry[] {
  let entries = indexes.get(catalog);
  if (!entries) {
    entries = catalog.services.filter((s) => s.active).map((entry) => ({ entry, index: indexName(entry.name) }));
    indexes.set(catalog, entries);
  }
  return entries;
}
const SaveCall = memo(SaveCallForm);
const FollowUps = memo(FollowUpsDue);

export default function QuoteScreen() {
  const { t } = useTranslation(['quote', 'errors']);
  const { catalog, lang } = useAppData();
  // Kept above the screen: checking the caller's history (F4) and coming back keeps the quote.
  const [draft, setDraft] = usePersistentState<QuoteDraft>('quote.draft', () => newDraft(new Date()));
  const [callerLang, setCallerLang] = usePersistentState<Lang>('quote.callerLang', lang);
  const [savedCount, setSavedCount] = useState(0);
  // "Quote again" from a client's call: their services, in their language, for them.
  const { quoteAgain } = useNavigationOptions();
  // Today's price list, read when "quote again" comes (a later catalog change must not
  // start the draft over).
  const catalogNow = useRef(catalog);
  useEffect(() => {
    catalogNow.current = catalog;
  }, [catalog]);
  useEffect(() => {
    if (!quoteAgain) return;
    setDraft(draftFromRequest(quoteAgain.request, new Date(), catalogNow.current));
    setCallerLang(quoteAgain.lang);
  }, [quoteAgain, setDraft, setCallerLang]);
  // A time typed in part does not outlive the field: back on this screen the field is empty
  // (the browser kept none of its parts), so the quote is "no time" again, as shown.
  useLayoutEffect(() => {
    setDraft((d) => (d.atIncomplete ? { ...d, atIncomplete: false } : d));
  }, [setDraft]);
  const [focusItem, setFocusItem] = useState<number | null>(null);
  // At the app's start in a browser, the service search comes first; the rest once it is
  // painted (first-paint.ts).
  const whole = useFirstPaintDone();

  const searchInputs = useRef(new Map<number, HTMLInputElement>());
  const travelRef = useRef<HTMLSelectElement>(null);

  // The search index: built once per catalog, not per keystroke (500 services stay
  // instant), and not before the screen is first shown either: in the first idle moment
  // after it, or by the first search if that comes sooner.
  const entries = useMemo(() => () => serviceIndex(catalog), [catalog]);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => serviceIndex(catalog));
    return () => cancelIdleCallback(id);
  }, [catalog]);
  const nameOf = useMemo(() => catalogNames(catalog), [catalog]);
  const computed = useMemo(() => computeDraft(catalog, draft), [catalog, draft]);
  const scriptSubject = useMemo(
    () => (computed.state === 'ok' ? { quote: computed.quote, request: computed.shownRequest, nameOf } : null),
    [computed, nameOf],
  );

  const change = useCallback((patch: Partial<QuoteDraft>) => setDraft((d) => ({ ...d, ...patch })), [setDraft]);
  // The latest draft for event handlers that must stay the same function across renders.
  const latest = useRef(draft);
  latest.current = draft;

  const updateItem = useCallback(
    (next: ItemDraft) => setDraft((d) => ({ ...d, items: d.items.map((x) => (x.key === next.key ? next : x)) })),
    [setDraft],
  );
  const removeItem = useCallback(
    (key: number) => {
      const items = latest.current.items;
      const index = items.findIndex((x) => x.key === key);
      setDraft((d) => ({ ...d, items: d.items.filter((x) => x.key !== key) }));
      setFocusItem(items[index === 0 ? 1 : index - 1]?.key ?? null);
    },
    [setDraft],
  );
  // One ref callback per item, kept: a new one each render would re-render the item.
  const searchRefs = useRef(new Map<number, (input: HTMLInputElement | null) => void>());
  const searchRefOf = (key: number) => {
    let ref = searchRefs.current.get(key);
    if (!ref) {
      ref = (input) => {
        if (input) searchInputs.current.set(key, input);
        else searchInputs.current.delete(key);
      };
      searchRefs.current.set(key, ref);
    }
    return ref;
  };
  const onSaved = useCallback(() => setSavedCount((n) => n + 1), []);
  const onClient = useCallback((client: { lang: Lang }) => setCallerLang(client.lang), [setCallerLang]);
  // The client the caller's number belongs to: the coverage panel answers from their records.
  const [client, setClient] = useState<{ id: number; name: string } | null>(null);
  const onClientChange = useCallback((c: { id: number; name: string; phone: string | null } | null) => setClient(c ? { id: c.id, name: c.name || (c.phone ?? '') } : null), []);

  const preset = useCallback((which: 'now' | 'tonight' | 'tomorrow') => {
    const now = new Date();
    setDraft((d) => ({
      ...d,
      atIncomplete: false,
      at: which === 'now' ? localIsoMinute(now) : which === 'tonight' ? tonight(now) : tomorrow(now, d.at),
    }));
  }, [setDraft]);

  function addItem() {
    if (draft.items.length >= MAX_ITEMS) return;
    const item = newItem();
    setDraft((d) => ({ ...d, items: [...d.items, item] }));
    setFocusItem(item.key);
  }

  useEffect(() => {
    if (focusItem === null) return;
    searchInputs.current.get(focusItem)?.focus();
    setFocusItem(null);
  }, [focusItem]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const actions: Record<string, () => void> = {
        KeyS: () => searchInputs.current.get(draft.items[0]!.key)?.focus(),
        KeyA: addItem,
        KeyT: () => preset('now'),
        KeyN: () => preset('tonight'),
        KeyM: () => preset('tomorrow'),
        KeyZ: () => travelRef.current?.focus(),
      };
      const action = actions[event.code];
      if (action) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  function startOver() {
    const fresh = newDraft(new Date());
    setDraft(fresh);
    setFocusItem(fresh.items[0]!.key);
  }

  const ok = computed.state === 'ok' ? computed : null;
  // One session of the quote: its date, the longest treatment in it, its price per session.
  // Kept by value: a key that leaves these three as they were does not render the panel.
  const visitDate = ok ? (ok.shownRequest.at?.slice(0, 10) ?? localIsoDate(new Date())) : null;
  const visitMinutes = ok ? Math.max(...ok.shownRequest.items.map((i) => i.minutes)) : 0;
  const visitPrice = ok ? ok.quote.perSession : 0;
  const coverageVisit = useMemo(
    () => (visitDate === null ? null : { date: visitDate, minutes: visitMinutes, price: visitPrice }),
    [visitDate, visitMinutes, visitPrice],
  );
  return (
    <section aria-labelledby="screen-title" className="quote-screen">
      <header className="quote-header">
        <div className="row quote-title">
          <h1 id="screen-title">{t('title')}</h1>
          <button type="button" onClick={startOver}>
            {t('newQuote')}
          </button>
        </div>
        <p className="muted shortcuts">{t('shortcuts')}</p>
      </header>
      <div className="quote-columns">
        <form className="quote-form" aria-label={t('formLabel')} onSubmit={(event) => event.preventDefault()}>
          {draft.items.map((item, index) => (
            <ItemEditor
              key={item.key}
              item={item}
              number={index + 1}
              many={draft.items.length > 1}
              catalog={catalog}
              entries={entries}
              lang={lang}
              personsInvalid={computed.errors.persons[index] ?? false}
              autoFocus={index === 0}
              searchRef={searchRefOf(item.key)}
              onChange={updateItem}
              onRemove={removeItem}
            />
          ))}
          {draft.items.length < MAX_ITEMS && (
            <button type="button" aria-keyshortcuts="Alt+A" onClick={addItem}>
              {t('item.add')}
            </button>
          )}
          {whole && (
            <VisitOptions
              sessions={draft.sessions}
              at={draft.at}
              travelZoneId={draft.travelZoneId}
              discountIds={draft.discountIds}
              promoCode={draft.promoCode}
              catalog={catalog}
              lang={lang}
              sessionsInvalid={computed.errors.sessions}
              atInvalid={computed.errors.at}
              atIncomplete={draft.atIncomplete === true}
              promoRefused={ok?.promoRefused ?? false}
              travelRef={travelRef}
              onChange={change}
              onPreset={preset}
            />
          )}
        </form>

        <div className="quote-side">
          {whole && (
            <>
              <section className="card quote-result" aria-labelledby="quote-result-heading">
                <h2 id="quote-result-heading">{t('result.heading')}</h2>
                {computed.state === 'empty' && <p className="muted">{t('result.pickService')}</p>}
                {computed.state === 'invalid' && <p className="field-error">{t('result.fixFields')}</p>}
                {computed.state === 'refused' && (
                  <p role="alert">
                    {computed.itemNumber === undefined
                      ? t(`errors:quote.${computed.code}`, { ...computed.details })
                      : t(`errors:quote.${computed.code}`, { ...computed.details, context: 'item', number: computed.itemNumber })}
                  </p>
                )}
                {ok && (
                  <Breakdown
                    quote={ok.quote}
                    request={ok.shownRequest}
                    nameOf={nameOf}
                    lang={lang}
                    warning={ok.promoRefused ? t('result.withoutPromo') : undefined}
                  />
                )}
              </section>

              <CallerScriptCard
                subject={scriptSubject}
                compose={quoteCallerTexts}
                namespace="quote"
                callerLang={callerLang}
                onCallerLang={setCallerLang}
              />

              <LaterCoveragePanel
                visit={coverageVisit}
                currency={catalog.currency}
                uiLang={lang}
                callerLang={callerLang}
                today={localIsoDate(new Date())}
                clientId={client?.id ?? null}
                clientName={client?.name ?? ''}
              />

              <SaveCall
                kind="session"
                request={ok?.request ?? null}
                blockedReason={
                  ok?.promoRefused ? t('save.promoBlocks') : computed.state === 'ok' ? undefined : t('save.noQuote')
                }
                quoteLang={callerLang}
                onSaved={onSaved}
                onClient={onClient}
                onClientChange={onClientChange}
                {...(quoteAgain ? { prefill: quoteAgain.caller } : {})}
              />
              <FollowUps refreshKey={savedCount} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

// F4, "Clients & calls": two tabs over the clients screen and the calls screen. It lives
// beside the registry (not in a screen's folder) because it puts two screens together.
// ←/→ on a tab switch tabs; Alt+S (each screen's) goes to that tab's search box.
import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationOptions } from '../navigation';
import { usePersistentState } from '../state/persistent';
import './clients-and-calls.css';
import { leaveThen } from '../state/leave-guard';

const ClientsScreen = lazy(() => import('./clients/ClientsScreen'));
const CallsScreen = lazy(() => import('./calls/CallsScreen'));

type Tab = 'clients' | 'calls';
const tabs: Tab[] = ['clients', 'calls'];

export default function ClientsAndCalls() {
  const { t } = useTranslation(['clients', 'common']);
  const options = useNavigationOptions();
  const id = useId();
  const [kept, setTab] = usePersistentState<Tab>('clientsAndCalls.tab', 'clients');
  // Opened with options (a client, a calls filter), the tab follows them until one is chosen.
  const [followOptions, setFollowOptions] = useState(true);
  const chosenByOptions = options.tab ?? (options.callsFilter ? 'calls' : options.clientId ? 'clients' : undefined);
  const tab: Tab = (followOptions ? chosenByOptions : undefined) ?? kept;
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  // F4 from the frame opens the tab last shown, also when options had chosen it.
  useEffect(() => {
    if (chosenByOptions) setTab(chosenByOptions);
  }, [chosenByOptions, setTab]);

  /** Another tab unmounts this one's forms: asked first when they hold unsaved text. */
  function choose(next: Tab, focus = false) {
    const show = () => {
      setFollowOptions(false);
      setTab(next);
      if (focus) refs.current.get(next)?.focus();
    };
    if (next === tab) show();
    else leaveThen(show);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    choose(next, true);
  }

  return (
    <div className="clients-and-calls">
      <div role="tablist" aria-label={t('tabs.label')} className="tabs">
        {tabs.map((name) => (
          <button
            key={name}
            ref={(el) => {
              if (el) refs.current.set(name, el);
            }}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onKeyDown={onKeyDown}
            onClick={() => choose(name)}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}`}>
        <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
          {tab === 'clients' ? <ClientsScreen key="clients" /> : <CallsScreen key="calls" />}
        </Suspense>
      </div>
    </div>
  );
}

// F3, intake forms: pick (or add) the client, then take their form on screen or on paper,
// have it signed, print it blank or filled; the renewals that are due are listed beside.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigationOptions } from '../../navigation';
import { usePersistentState } from '../../state/persistent';
import { ClientPicker } from './ClientPicker';
import { ClientIntakeWork } from './ClientIntakeWork';
import { RenewalsDue } from './RenewalsDue';
import './intake-screen.css';

export default function IntakeScreen() {
  const { t } = useTranslation('intake');
  const opened = useNavigationOptions().clientId;
  const [clientId, setClientId] = usePersistentState<number | null>('intake.clientId', opened ?? null);
  const [refresh, setRefresh] = useState(0);
  const title = useRef<HTMLHeadingElement>(null);
  // Opened from a client's page: that client is picked, and the focus starts on the screen's
  // title so the next Tab reaches their form (not the client search).
  useEffect(() => {
    if (opened === undefined) return;
    setClientId(opened);
    title.current?.focus();
  }, [opened, setClientId]);
  return (
    <section aria-labelledby="screen-title" className="intake-screen">
      <h1 id="screen-title" className="no-print" ref={title} tabIndex={-1}>
        {t('title')}
      </h1>
      <div className="intake-layout">
        <div className="intake-side no-print">
          <ClientPicker onPick={(client) => setClientId(client.id)} />
          <RenewalsDue onPick={setClientId} refresh={refresh} />
        </div>
        <div className="intake-main">
          {clientId === null ? (
            <p className="muted no-print">{t('work.pickClient')}</p>
          ) : (
            <ClientIntakeWork key={clientId} clientId={clientId} onChanged={() => setRefresh((n) => n + 1)} />
          )}
        </div>
      </div>
    </section>
  );
}

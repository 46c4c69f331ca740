// F3, intake forms: pick (or add) the client, then take their form on screen or on paper,
// have it signed, print it blank or filled; the renewals that are due are listed beside.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersistentState } from '../../state/persistent';
import { ClientPicker } from './ClientPicker';
import { ClientIntakeWork } from './ClientIntakeWork';
import { RenewalsDue } from './RenewalsDue';
import './intake-screen.css';

export default function IntakeScreen() {
  const { t } = useTranslation('intake');
  const [clientId, setClientId] = usePersistentState<number | null>('intake.clientId', null);
  const [refresh, setRefresh] = useState(0);
  return (
    <section aria-labelledby="screen-title" className="intake-screen">
      <h1 id="screen-title" className="no-print">
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

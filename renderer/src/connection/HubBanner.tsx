// Above every screen of a connected desk while the hub cannot be reached. It appears with the
// first call the hub did not answer (or when its event stream drops) and goes with the first
// answered one; meanwhile the hub is asked again every few seconds, so it goes by itself.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HUB_REACHABILITY } from '../../../shared/api/changes';
import { call, isHubReachable, onChanged, onHubReachability } from '../api/client';
import { useAppData } from '../app-data';

const RETRY_MS = 5000;

/** Any answer from the hub (or its refusal) tells whether it is there. */
const ping = () => call('app.session', {}).then(
  () => undefined,
  () => undefined,
);

export function HubBanner() {
  const { session } = useAppData();
  const connected = session.mode === 'connected';
  const [reachable, setReachable] = useState(isHubReachable);

  useEffect(() => {
    if (!connected) return;
    const stopReachability = onHubReachability(setReachable);
    // The desk's host says when its stream from the hub drops or comes back.
    const stopEvents = onChanged((change) => {
      if (change.domains.includes(HUB_REACHABILITY)) void ping();
    });
    return () => {
      stopReachability();
      stopEvents();
    };
  }, [connected]);

  useEffect(() => {
    if (!connected || reachable) return;
    const timer = setInterval(() => void ping(), RETRY_MS);
    return () => clearInterval(timer);
  }, [connected, reachable]);

  if (!connected || reachable) return null;
  return <UnreachableNote />;
}

function UnreachableNote() {
  const { t } = useTranslation('connection');
  return (
    <div role="alert" className="storage-banner hub-banner">
      <p>{t('banner.unreachable')}</p>
      <button type="button" onClick={() => void ping()}>
        {t('banner.retry')}
      </button>
    </div>
  );
}

// Shown instead of the screens when this PC is connected to a hub and cannot start on its
// data: the hub does not answer, or it no longer accepts this PC. Says what to do, offers to
// try again, and to disconnect (back to this PC's own data, e.g. to pair again).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorMessage } from '../errors';

export function HubProblem(props: { kind: 'unreachable' | 'unauthorized'; hubAddress: string | null }) {
  const { t } = useTranslation(['connection', 'errors']);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);

  async function disconnect() {
    setBusy(true);
    try {
      await call('connection.disconnect', {});
      window.location.reload();
    } catch (error) {
      setFailure(errorMessage(t, error));
      setBusy(false);
    }
  }

  return (
    <main className="storage-problem" aria-labelledby="hub-problem-title">
      <h1 id="hub-problem-title">{t(`problem.${props.kind}Title`)}</h1>
      <p>{t(`problem.${props.kind}`, { address: props.hubAddress ?? '' })}</p>
      <div className="row">
        <button type="button" className="primary" autoFocus onClick={() => window.location.reload()}>
          {t('problem.retry')}
        </button>
        <button type="button" disabled={busy} onClick={() => void disconnect()} aria-describedby="hub-problem-disconnect-hint">
          {t('problem.disconnect')}
        </button>
      </div>
      <p id="hub-problem-disconnect-hint" className="muted">
        {t('problem.disconnectHint')}
      </p>
      {failure && <p role="alert">{failure}</p>}
    </main>
  );
}

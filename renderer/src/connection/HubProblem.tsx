// Shown instead of the screens when this PC is connected to a hub and cannot start on its
// data: the hub does not answer, or it no longer accepts this PC. Says what to do, offers to
// try again, and to disconnect (back to this PC's own data, e.g. to pair again). A hub PC that
// got a new address (DHCP, another Wi-Fi) is found again by typing it: the pairing stays.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorMessage } from '../errors';

export function HubProblem(props: { kind: 'unreachable' | 'unauthorized'; hubAddress: string | null }) {
  const { t } = useTranslation(['connection', 'errors']);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [address, setAddress] = useState('');
  const id = useId();

  async function move(event: FormEvent) {
    event.preventDefault();
    if (busy || address.trim() === '') return;
    setBusy(true);
    setFailure('');
    try {
      await call('connection.moveHub', { address: address.trim() });
      window.location.reload();
    } catch (error) {
      setFailure(errorMessage(t, error));
      setBusy(false);
    }
  }

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
      {props.kind === 'unreachable' && (
        <form onSubmit={(event) => void move(event)} aria-labelledby={`${id}-intro`}>
          <p id={`${id}-intro`}>{t('problem.movedIntro')}</p>
          <label htmlFor={`${id}-address`}>{t('problem.newAddress')}</label>{' '}
          <input
            id={`${id}-address`}
            value={address}
            maxLength={500}
            size={30}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setAddress(event.target.value)}
          />{' '}
          <button type="submit" disabled={busy}>
            {t('problem.useAddress')}
          </button>
        </form>
      )}
      {failure && <p role="alert">{failure}</p>}
    </main>
  );
}

// Settings -> Connect to a hub (a desk PC): pair with the clinic's hub (its address or the
// pairing link, the one-time code, this PC's name; the fingerprint is optional, since the code
// itself checks the hub), or, once connected, disconnect. Either way the page reloads: every
// screen starts again on the data it now works on.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { ConfirmDialog, TextField } from '../../components/form';
import { useLeaveGuard } from '../../state/leave-guard';

type Fields = { address: string; fingerprint: string; code: string; deviceName: string };
const REQUIRED: (keyof Fields)[] = ['address', 'code', 'deviceName'];

export function ConnectToHub() {
  const { session } = useAppData();
  if (session.mode === 'hub') return null; // the hub shares its own data; it connects to none
  return session.mode === 'connected' ? <Connected address={session.hubAddress ?? ''} name={session.deviceName} /> : <ConnectForm />;
}

function ConnectForm() {
  const { t } = useTranslation(['connection', 'errors']);
  const [fields, setFields] = useState<Fields>({ address: '', fingerprint: '', code: '', deviceName: '' });
  const [missing, setMissing] = useState<(keyof Fields)[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  useLeaveGuard(Object.values(fields).some((value) => value.trim() !== ''));
  const set = (name: keyof Fields) => (value: string) => setFields((previous) => ({ ...previous, [name]: value }));
  const problem = (name: keyof Fields) => (missing.includes(name) ? t('settings.required') : undefined);

  async function connect(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const empty = REQUIRED.filter((name) => !fields[name].trim());
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`connect-${empty[0]}`)?.focus();
      return;
    }
    setBusy(true);
    setFailure('');
    try {
      await call('connection.connect', {
        address: fields.address.trim(),
        fingerprint: fields.fingerprint.trim(),
        code: fields.code.trim(),
        deviceName: fields.deviceName.trim(),
      });
      window.location.reload();
    } catch (error) {
      setFailure(errorMessage(t, error));
      setBusy(false);
    }
  }

  return (
    <form className="card" noValidate onSubmit={(e) => void connect(e)} aria-labelledby="connect-title">
      <h2 id="connect-title">{t('settings.title')}</h2>
      <p className="muted">{t('settings.intro')}</p>
      <TextField id="connect-address" label={t('settings.address')} hint={t('settings.addressHint')} value={fields.address}
        onChange={set('address')} error={problem('address')} maxLength={500} size={40} autoComplete="off" spellCheck={false} />
      <TextField id="connect-code" label={t('settings.code')} hint={t('settings.codeHint')} value={fields.code}
        onChange={set('code')} error={problem('code')} maxLength={32} size={12} autoComplete="one-time-code" spellCheck={false} />
      <TextField id="connect-deviceName" label={t('settings.deviceName')} hint={t('settings.deviceNameHint')} value={fields.deviceName}
        onChange={set('deviceName')} error={problem('deviceName')} maxLength={60} size={30} autoComplete="off" />
      {/* Last, being optional: the address, the code and the name are all a desk needs. */}
      <TextField id="connect-fingerprint" label={t('settings.fingerprint')} hint={t('settings.fingerprintHint')} value={fields.fingerprint}
        onChange={set('fingerprint')} maxLength={200} size={60} autoComplete="off" spellCheck={false} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('settings.connecting') : t('settings.connect')}
        </button>
      </div>
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}

function Connected(props: { address: string; name: string | null }) {
  const { t } = useTranslation(['connection', 'errors']);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  async function disconnect() {
    setBusy(true);
    try {
      await call('connection.disconnect', {});
      window.location.reload();
    } catch (error) {
      setFailure(errorMessage(t, error));
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <section className="card" aria-labelledby="connected-title">
      <h2 id="connected-title">{t('settings.connectedTitle')}</h2>
      <p>{t('settings.connectedTo', { address: props.address })}</p>
      {props.name && <p>{t('settings.deviceAs', { name: props.name })}</p>}
      <button type="button" onClick={() => setConfirming(true)}>
        {t('settings.disconnect')}
      </button>
      {failure && <p role="alert">{failure}</p>}
      {confirming && (
        <ConfirmDialog
          title={t('settings.confirmTitle')}
          message={<p>{t('settings.confirmText')}</p>}
          confirmLabel={t('settings.confirm')}
          destructive
          busy={busy}
          onConfirm={() => void disconnect()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}

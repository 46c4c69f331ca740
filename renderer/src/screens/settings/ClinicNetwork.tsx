// Settings -> Clinic network, at the hub only: share on the clinic network (on/off, port),
// the addresses devices type and the certificate fingerprint tablets compare, a one-time
// pairing code for a new device (large, with its QR code, and for a desk PC what it types:
// the address and the code), and the paired devices with Remove (revoke).
import { useCallback, useRef, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRecord, NetworkStatus, PairingCode } from '../../../../shared/api/network';
import { DEFAULT_NETWORK_PORT, DEVICE_ROLES, type DeviceRole } from '../../../../shared/vocabulary';
import { call, onChanged } from '../../api/client';
import { useAppData } from '../../app-data';
import { ConfirmDialog, NumberField, readNumber, TextField } from '../../components/form';
import { errorMessage } from '../../errors';
import { formatDateTime } from '../../format';

/** Shown only on the hub's own screen (not on a device, not on a PC connected to a hub). */
export function ClinicNetwork() {
  const { session } = useAppData();
  return session.role === 'hub' && session.mode !== 'connected' ? <ClinicNetworkSection /> : null;
}

function ClinicNetworkSection() {
  const { t } = useTranslation('network');
  const { lang } = useAppData();
  const [status, setStatus] = useState<NetworkStatus | null>(null);
  const [devices, setDevices] = useState<DeviceRecord[]>([]);
  const [port, setPort] = useState(String(DEFAULT_NETWORK_PORT));
  const [portError, setPortError] = useState('');
  const [role, setRole] = useState<DeviceRole>('desk');
  const [deviceName, setDeviceName] = useState('');
  const [nameError, setNameError] = useState('');
  const [code, setCode] = useState<PairingCode | null>(null);
  const [revoking, setRevoking] = useState<DeviceRecord | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const roleName = useId();

  const loadedPort = useRef<number | null>(null);
  const load = useCallback(async () => {
    try {
      const [next, list] = await Promise.all([call('network.status', {}), call('devices.list', {})]);
      setStatus(next);
      // Only a port changed on the hub replaces the field: a device pairing while a new port is
      // half typed must not undo it.
      if (loadedPort.current !== next.port) {
        loadedPort.current = next.port;
        setPort(String(next.port));
      }
      setDevices(list);
      // A code used, expired or killed by wrong tries disappears.
      setCode((shown) => (shown && next.pairing?.code === shown.code ? shown : null));
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }, [t]);
  useEffect(() => void load(), [load]);
  // A code past its time goes from the screen at that moment, not at the next reload.
  useEffect(() => {
    if (!code) return;
    const timer = setTimeout(() => setCode((shown) => (shown === code ? null : shown)), Math.max(0, Date.parse(code.expiresAt) - Date.now()));
    return () => clearTimeout(timer);
  }, [code]);
  // A device that pairs appears in the list without a reload.
  useEffect(() => onChanged((change) => change.domains.includes('devices') && void load()), [load]);

  async function run(work: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setFailure('');
    setMessage('');
    try {
      await work();
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  const toggle = (sharing: boolean) =>
    run(async () => {
      setStatus(await call('network.update', { sharing }));
      setCode(null);
    });

  function savePort(event: FormEvent) {
    event.preventDefault();
    const read = readNumber(port, { min: 1024, max: 65535, whole: true });
    setPortError(read.ok ? '' : t('portInvalid'));
    if (!read.ok) return;
    void run(async () => setStatus(await call('network.update', { port: read.value })));
  }

  function makeCode(event: FormEvent) {
    event.preventDefault();
    if (!deviceName.trim()) {
      setNameError(t('pairing.deviceNameHint'));
      return;
    }
    setNameError('');
    void run(async () => setCode(await call('network.createPairingCode', { role, deviceName: deviceName.trim() })));
  }

  const cancelCode = () =>
    run(async () => {
      setStatus(await call('network.cancelPairingCode', {}));
      setCode(null);
    });

  const revoke = (device: DeviceRecord) =>
    run(async () => {
      await call('devices.revoke', { id: device.id });
      setRevoking(null);
      setMessage(t('devices.revokedStatus', { name: device.name }));
      await load();
    });

  if (!status) return null;
  const stateText = !status.sharing
    ? t('state.off')
    : status.problem
      ? t(`state.${status.problem}`, { port: status.port })
      : status.running
        ? t('state.on')
        : t('state.starting');

  return (
    <section className="card clinic-network" aria-labelledby="settings-network-title">
      <h2 id="settings-network-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <label className="checkbox-row">
        <input type="checkbox" checked={status.sharing} disabled={busy} onChange={(event) => void toggle(event.target.checked)} />
        {t('sharing')}
      </label>
      <p>{stateText}</p>
      <form className="row" noValidate onSubmit={savePort}>
        <NumberField id="network-port" label={t('port')} value={port} onChange={setPort} error={portError || undefined} whole />
        <button type="submit" disabled={busy}>
          {t('savePort')}
        </button>
      </form>
      {status.running && (
        <dl className="network-facts">
          <dt>{t('addresses')}</dt>
          {status.addresses.map((address) => (
            <dd key={address}>
              <code>{address}</code>
            </dd>
          ))}
          {status.fingerprint && (
            <>
              <dt>{t('fingerprint')}</dt>
              <dd>
                <code className="fingerprint">{status.fingerprint}</code>
                <p className="muted">{t('fingerprintHint')}</p>
              </dd>
            </>
          )}
        </dl>
      )}

      <h3>{t('pairing.title')}</h3>
      {status.running ? (
        <form noValidate onSubmit={makeCode}>
          <fieldset className="row">
            <legend id={roleName}>{t('pairing.role')}</legend>
            {DEVICE_ROLES.map((value) => (
              <label key={value}>
                <input type="radio" name={roleName} value={value} checked={role === value} onChange={() => setRole(value)} />
                {t(`pairing.roles.${value}`)}
              </label>
            ))}
          </fieldset>
          <TextField
            id="network-device-name"
            label={t('pairing.deviceName')}
            hint={t('pairing.deviceNameHint')}
            value={deviceName}
            onChange={setDeviceName}
            error={nameError || undefined}
            maxLength={60}
          />
          <button type="submit" className="primary" disabled={busy}>
            {t('pairing.make')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('pairing.needsSharing')}</p>
      )}
      {code && (
        <div className="pairing-code" aria-live="polite">
          <p>
            {t('pairing.code')}: <strong className="pairing-code-text" aria-label={code.code.split('').join(' ')}>{code.code}</strong>
          </p>
          <img
            className="pairing-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qrSvg)}`}
            alt={t('pairing.qrAlt', { url: code.url })}
            width={200}
            height={200}
          />
          {code.role === 'desk' && status.addresses[0] && (
            <p>{t('pairing.deskSteps', { address: status.addresses[0].replace(/^https:\/\//, '') })}</p>
          )}
          <p>
            {t('pairing.codeFor', {
              name: code.deviceName,
              role: t(`pairing.roles.${code.role}`),
              time: formatDateTime(code.expiresAt, lang),
            })}
          </p>
          <button type="button" onClick={() => void cancelCode()} disabled={busy}>
            {t('pairing.cancel')}
          </button>
        </div>
      )}

      <h3>{t('devices.title')}</h3>
      {devices.length === 0 ? (
        <p className="muted">{t('devices.none')}</p>
      ) : (
        <table className="devices-table">
          <thead>
            <tr>
              <th scope="col">{t('devices.name')}</th>
              <th scope="col">{t('devices.role')}</th>
              <th scope="col">{t('devices.lastSeen')}</th>
              <th scope="col">{t('devices.address')}</th>
              <th scope="col">{t('devices.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.id}>
                <th scope="row">{device.name}</th>
                <td>{t(`pairing.roles.${device.role}`)}</td>
                <td>{device.lastSeenAt ? formatDateTime(device.lastSeenAt, lang) : t('devices.never')}</td>
                <td>{device.lastAddress ?? ''}</td>
                <td>
                  {device.revokedAt ? (
                    t('devices.revoked', { date: formatDateTime(device.revokedAt, lang) })
                  ) : (
                    <button type="button" className="danger" onClick={() => setRevoking(device)} disabled={busy}>
                      {t('devices.revoke', { name: device.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status">{message}</p>
      {failure && <p role="alert">{failure}</p>}
      {revoking && (
        <ConfirmDialog
          title={t('devices.confirmTitle', { name: revoking.name })}
          message={t('devices.confirmMessage', { name: revoking.name })}
          confirmLabel={t('devices.confirm')}
          destructive
          busy={busy}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        />
      )}
    </section>
  );
}

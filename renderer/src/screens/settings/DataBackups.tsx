// Settings -> Data: back up now, how many daily backups to keep, the list of backups with
// what each holds, and restoring one (or any file). Electron asks where with its file
// dialogs; the web host has none, so there a backup goes into the backups folder (its path
// is shown) and a file to restore is given by its full path (docs/database.md).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupsOverview } from '../../../../shared/api/backups';
import { ApiCallError, call } from '../../api/client';
import { useAppData } from '../../app-data';
import { NumberField, readNumber, TextField } from '../../components/form';
import { errorMessage } from '../../errors';
import { backupDate, backupSize } from '../../storage/format';
import { useRestore } from '../../storage/useRestore';

const isUnavailable = (error: unknown) => error instanceof ApiCallError && error.error.code === 'unavailable';

export function DataBackups() {
  const { t } = useTranslation('storage');
  const { lang, info } = useAppData();
  const [overview, setOverview] = useState<BackupsOverview | null>(null);
  const [keep, setKeep] = useState('');
  const [keepError, setKeepError] = useState('');
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [path, setPath] = useState('');
  const [askPath, setAskPath] = useState(false);
  const [busy, setBusy] = useState(false);
  const restore = useRestore();
  const readOnly = info.storage.state !== 'ok';

  const load = useCallback(async () => {
    try {
      const next = await call('backups.list', {});
      setOverview(next);
      setKeep(String(next.keep));
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }, [t]);
  useEffect(() => void load(), [load]);

  async function backUpNow() {
    if (busy) return;
    setBusy(true);
    setFailure('');
    setStatus('');
    try {
      let chosen: string | null | undefined;
      try {
        chosen = (await call('backups.chooseFile', { purpose: 'save', suggestedName: 'front-desk-backup.sqlite3' })).path;
        if (chosen === null) return; // cancelled
      } catch (error) {
        if (!isUnavailable(error)) throw error;
      }
      const made = await call('backups.create', chosen ? { to: 'file', path: chosen } : { to: 'folder' });
      setStatus(t('backups.backedUp', { path: made.path }));
      await load();
    } catch (error) {
      const exists = error instanceof ApiCallError && error.error.details?.reason === 'file-exists';
      setFailure(exists ? t('backups.exists') : errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  async function saveKeep(event: FormEvent) {
    event.preventDefault();
    const read = readNumber(keep, { min: 1, max: 365, whole: true });
    if (!read.ok) {
      setKeepError(t('backups.keepInvalid'));
      return;
    }
    setKeepError('');
    try {
      const saved = await call('backups.setKeep', { keep: read.value });
      setStatus(t('backups.keepSaved', { keep: saved.keep }));
      await load();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  async function restoreFromFile() {
    try {
      const chosen = await call('backups.chooseFile', { purpose: 'open' });
      if (chosen.path) await restore.start({ kind: 'file', path: chosen.path });
    } catch (error) {
      if (isUnavailable(error)) setAskPath(true);
      else setFailure(errorMessage(t, error));
    }
  }

  return (
    <section className="card" aria-labelledby="settings-backups-title">
      <h2 id="settings-backups-title">{t('backups.title')}</h2>
      <p className="muted">{t('backups.intro')}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void backUpNow()} disabled={busy || readOnly}>
          {t('backups.backUpNow')}
        </button>
        <button type="button" onClick={() => void restoreFromFile()} disabled={restore.busy}>
          {t('backups.restoreFile')}
        </button>
      </div>
      {askPath && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (path.trim()) void restore.start({ kind: 'file', path: path.trim() });
          }}
        >
          <TextField id="backups-path" label={t('backups.pathLabel')} hint={t('backups.pathHint')} value={path} onChange={setPath} size={60} autoFocus />
          <button type="submit" disabled={restore.busy}>
            {t('backups.check')}
          </button>
        </form>
      )}
      <form className="row" noValidate onSubmit={saveKeep}>
        <NumberField id="backups-keep" label={t('backups.keep')} value={keep} onChange={setKeep} error={keepError || undefined} whole />
        <button type="submit" disabled={readOnly}>
          {t('backups.keepSave')}
        </button>
      </form>
      <p role="status">{status}</p>
      {failure && <p role="alert">{failure}</p>}
      {restore.messages}
      {restore.dialog}

      <h3>{t('backups.listTitle')}</h3>
      {overview && <p className="muted">{t('backups.folder', { path: overview.folder })}</p>}
      {overview && overview.backups.length === 0 && <p>{t('backups.none')}</p>}
      {overview && overview.backups.length > 0 && (
        <table className="backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.when')}</th>
              <th scope="col">{t('backups.kind')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">{t('backups.holds')}</th>
              <th scope="col">{t('backups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.backups.map((backup) => {
              const date = backupDate(backup.at, lang);
              const c = backup.contents;
              const holds = c
                ? [
                    t('backups.holdsText', { count: c.calls }),
                    c.clients === null ? '' : t('backups.holdsClients', { count: c.clients }),
                    c.forms === null ? '' : t('backups.holdsForms', { count: c.forms }),
                  ]
                    .filter(Boolean)
                    .join(', ')
                : t('backups.unreadable');
              return (
                <tr key={backup.name}>
                  <td>{date}</td>
                  <td>{t(`backups.kinds.${backup.kind}`)}</td>
                  <td>{backupSize(backup.bytes, lang)}</td>
                  <td>{holds}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('backups.restoreLabel', { date })}
                      disabled={restore.busy || !c}
                      onClick={() => void restore.start({ kind: 'backup', name: backup.name })}
                    >
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

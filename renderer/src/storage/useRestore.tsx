// Restoring a backup, as both the backups list and the storage-problem screen offer it:
// check the file first (changing nothing), show what it holds and ask, then restore and
// reopen the app on the restored data (a reload: every screen reads it afresh).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupContents, BackupSource } from '../../../shared/api/backups';
import { call } from '../api/client';
import { ConfirmDialog } from '../components/form';
import { errorMessage } from '../errors';
import { formatList } from '../format';
import { reopenApp } from './reopen';

export function useRestore() {
  const { t, i18n } = useTranslation('storage');
  const [pending, setPending] = useState<{ source: BackupSource; contents: BackupContents; devicesToPairAgain: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  // One whole sentence per reason (backups.refused_<reason>); an unknown one gets the plain refusal.
  const refusal = (reason: string) => t('backups.refused', { context: reason });

  async function start(source: BackupSource) {
    if (busy) return;
    setFailure('');
    setStatus(t('backups.checking'));
    setBusy(true);
    try {
      const check = await call('backups.check', { source });
      setStatus('');
      if (check.ok) setPending({ source, contents: check.contents, devicesToPairAgain: check.devicesToPairAgain });
      else setFailure(refusal(check.reason));
    } catch (error) {
      setStatus('');
      setFailure(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!pending || busy) return;
    setBusy(true);
    try {
      await call('backups.restore', { source: pending.source, confirmed: true });
      setPending(null);
      setStatus(t('backups.restored'));
      reopenApp();
    } catch (error) {
      setPending(null);
      const reason = (error as { error?: { details?: { reason?: unknown } } }).error?.details?.reason;
      setFailure(
        typeof reason === 'string' ? refusal(reason) : errorMessage(t, error),
      );
    } finally {
      setBusy(false);
    }
  }

  const dialog = pending ? (
    <ConfirmDialog
      title={t('backups.confirmTitle')}
      message={
        <>
          <p>{t('backups.confirmText', { count: pending.contents.calls })}</p>
          {pending.devicesToPairAgain.length > 0 && (
            <p>
              {t('backups.pairAgain', {
                count: pending.devicesToPairAgain.length,
                names: formatList(pending.devicesToPairAgain, i18n.language === 'en' ? 'en' : 'ko'),
              })}
            </p>
          )}
        </>
      }
      confirmLabel={t('backups.confirm')}
      onConfirm={() => void confirm()}
      onCancel={() => setPending(null)}
      destructive
      busy={busy}
    />
  ) : null;

  const messages = (
    <>
      <p role="status">{status}</p>
      {failure && <p role="alert">{failure}</p>}
    </>
  );
  return { start, busy, dialog, messages };
}

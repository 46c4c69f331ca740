// Shown instead of the screens when the data cannot be used (a fault at start, or a
// damaged database whose price list cannot be read): what happened and what to do, in the
// UI language, and what can be done from here: restore the newest good backup, or export
// what can still be read.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/api/backups';
import type { StorageFault } from '../../../shared/api/storage';
import type { Lang } from '../../../shared/pricing/types';
import { call } from '../api/client';
import { downloadText } from '../components/download';
import { errorMessage } from '../errors';
import { backupDate } from './format';
import { useRestore } from './useRestore';

/** Faults a restore can cure (not: another running copy, a read-only folder, a full disk,
 *  a newer app). */
const RESTORABLE: readonly StorageFault[] = ['damaged', 'not-a-database', 'unknown'];

export function FaultText({ fault }: { fault: StorageFault }) {
  const { t } = useTranslation('storage');
  return (
    <>
      <h2>{t(`fault.${fault}.title`)}</h2>
      <p>{t(`fault.${fault}.what`)}</p>
      <p>{t(`fault.${fault}.todo`)}</p>
    </>
  );
}

export function StorageProblem({ fault, lang, dataDir }: { fault: StorageFault; lang: Lang; dataDir: string }) {
  const { t } = useTranslation('storage');
  const [newest, setNewest] = useState<BackupInfo | null | undefined>(undefined);
  const [exported, setExported] = useState('');
  const restore = useRestore();
  const canRestore = RESTORABLE.includes(fault);

  useEffect(() => {
    if (!canRestore) return;
    call('backups.list', {}).then(
      (list) => setNewest(list.backups.find((b) => b.contents !== null) ?? null),
      () => setNewest(null),
    );
  }, [canRestore]);

  async function exportCalls() {
    try {
      const file = await call('calls.exportCsv', { limit: 500, offset: 0 });
      downloadText(file.fileName, file.csv, 'text/csv;charset=utf-8');
      setExported(t('problem.exported'));
    } catch (error) {
      setExported(errorMessage(t, error));
    }
  }
  async function exportCatalog() {
    try {
      const file = await call('catalog.export', {});
      downloadText(file.fileName, file.json, 'application/json');
      setExported(t('problem.exported'));
    } catch (error) {
      setExported(errorMessage(t, error));
    }
  }

  return (
    <main className="frame-main storage-problem" id="main">
      <h1>{t('problem.heading')}</h1>
      <section role="alert" className="card">
        <FaultText fault={fault} />
      </section>
      {canRestore && (
        <section className="card">
          {newest === null && <p>{t('problem.noGoodBackup')}</p>}
          {newest && (
            <button
              type="button"
              className="primary"
              autoFocus
              disabled={restore.busy}
              onClick={() => void restore.start({ kind: 'backup', name: newest.name })}
            >
              {t('problem.restoreNewest', { date: backupDate(newest.at, lang) })}
            </button>
          )}
          {restore.messages}
          {restore.dialog}
        </section>
      )}
      {fault === 'damaged' && (
        <section className="card" aria-labelledby="storage-export-title">
          <h2 id="storage-export-title">{t('problem.exportTitle')}</h2>
          <div className="row">
            <button type="button" onClick={() => void exportCalls()}>
              {t('problem.exportCalls')}
            </button>
            <button type="button" onClick={() => void exportCatalog()}>
              {t('problem.exportCatalog')}
            </button>
          </div>
          <p role="status">{exported}</p>
        </section>
      )}
      <p className="muted">{t('problem.dataDir', { path: dataDir })}</p>
    </main>
  );
}

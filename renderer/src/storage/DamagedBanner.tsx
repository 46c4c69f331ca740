// Above every screen while the database is damaged (opened read-only): look-ups still
// work, saving does not, and the backups are one key press away.
import { useTranslation } from 'react-i18next';
import { useAppData } from '../app-data';
import { navigationEvents } from '../navigation';

export function DamagedBanner() {
  const { t } = useTranslation('storage');
  const { info } = useAppData();
  if (info.storage.state !== 'damaged') return null;
  return (
    <div role="alert" className="storage-banner">
      <p>{t('problem.damagedBanner')}</p>
      <button type="button" onClick={() => navigationEvents.open('settings')}>
        {t('problem.openBackups')}
      </button>
    </div>
  );
}

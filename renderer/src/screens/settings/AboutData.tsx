// Where the data lives and which version runs: what support or a backup needs.
import { useTranslation } from 'react-i18next';
import { useAppData } from '../../app-data';
import { CopyButton } from '../../components/CopyButton';

export function AboutData() {
  const { t } = useTranslation('settings');
  const { info } = useAppData();
  return (
    <section className="card" aria-labelledby="settings-about-title">
      <h2 id="settings-about-title">{t('about.title')}</h2>
      <dl className="settings-about">
        <div>
          <dt>{t('about.dataDir')}</dt>
          <dd>
            <code>{info.dataDir}</code> <CopyButton text={info.dataDir} label={t('about.copyDataDir')} />
          </dd>
        </div>
        <div>
          <dt>{t('about.dbPath')}</dt>
          <dd>
            <code>{info.dbPath}</code>
          </dd>
        </div>
        <div>
          <dt>{t('about.version')}</dt>
          <dd>{info.version}</dd>
        </div>
      </dl>
      <p className="muted">{t('about.backupHint')}</p>
    </section>
  );
}

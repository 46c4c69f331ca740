// A client's intake at a glance, for the intake screen and the client page: "intake due",
// the therapist's flags, the current signed form read-only (body map included) and the
// history of versions. Text in the UI language.
import { useTranslation } from 'react-i18next';
import type { ClientIntake } from '../../../../shared/api/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { formatDate, formatDateTime } from '../../format';
import { FlagsBanner } from './FlagsBanner';
import { IntakeFormView } from './IntakeFormView';
import './intake.css';

export function IntakeDueNote(props: { intake: Pick<ClientIntake, 'due' | 'dueOn' | 'current'>; lang: Lang }) {
  const { t } = useTranslation('intake');
  const { due, dueOn, current } = props.intake;
  if (!current) return <p className="intake-due warning" role="status">{t('panel.noForm')}</p>;
  if (due) return <p className="intake-due warning" role="status">{t('panel.due', { date: formatDate(dueOn ?? '', props.lang) })}</p>;
  return <p className="intake-due muted">{t('panel.validUntil', { date: formatDate(dueOn ?? '', props.lang) })}</p>;
}

export function ClientIntakePanel(props: {
  intake: Pick<ClientIntake, 'due' | 'dueOn' | 'current' | 'history'>;
  /** false where the page shows the flags banner itself, above everything (the therapist's view). */
  showFlags?: boolean;
}) {
  const { t, i18n } = useTranslation('intake');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ko';
  const { intake } = props;
  const current = intake.current;
  return (
    <div className="client-intake-panel">
      <IntakeDueNote intake={intake} lang={lang} />
      {current && props.showFlags !== false && <FlagsBanner flags={current.flags} t={t} />}
      {current && (
        <section aria-labelledby="intake-current-title" className="card">
          <h2 id="intake-current-title">
            {t('panel.current', { version: current.version, date: formatDate(current.signedOn ?? '', lang) })}
          </h2>
          <p className="muted">
            {current.method === 'paper' ? t('panel.signedOnPaper') : t('panel.signedOnScreen')} · {t(`panel.lang.${current.lang}`)}
          </p>
          <IntakeFormView form={current} t={t} lang={lang} />
        </section>
      )}
      {intake.history.length > 0 && (
        <section aria-labelledby="intake-history-title" className="card">
          <h2 id="intake-history-title">{t('panel.history')}</h2>
          <table aria-labelledby="intake-history-title">
            <thead>
              <tr>
                <th scope="col">{t('panel.version')}</th>
                <th scope="col">{t('panel.status')}</th>
                <th scope="col">{t('panel.when')}</th>
              </tr>
            </thead>
            <tbody>
              {intake.history.map((form) => (
                <tr key={form.id}>
                  <td>{t('panel.versionN', { version: form.version })}</td>
                  <td>{t(`panel.statuses.${form.status}`)}</td>
                  <td>
                    {form.status === 'erased' && form.erasedAt
                      ? t('panel.erasedAt', { time: formatDateTime(form.erasedAt, lang) })
                      : formatDateTime(form.signedAt ?? form.updatedAt, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

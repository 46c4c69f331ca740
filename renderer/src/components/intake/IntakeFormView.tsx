// A form read-only, in the given language: the visit, every "yes" with its details (the
// "no"s counted), the body map with scores, the preferences and how it was signed.
import type { TFunction } from 'i18next';
import { areaName } from '../../../../shared/body/areas';
import { HEALTH_QUESTIONS, type IntakeForm } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { formatDateTime } from '../../format';
import { BodyMapView } from '../body-map';

export function IntakeFormView(props: { form: IntakeForm; t: TFunction; lang: Lang }) {
  const { form, t, lang } = props;
  const a = form.answers;
  if (!a) return <p className="muted">{t('view.erased', { time: form.erasedAt ? formatDateTime(form.erasedAt, lang) : '' })}</p>;
  const yes = HEALTH_QUESTIONS.filter((q) => a.health[q.id].answer === 'yes');
  const no = HEALTH_QUESTIONS.filter((q) => a.health[q.id].answer === 'no').length;
  const areas = (list: typeof a.preferences.avoid) => (list.length ? list.map((x) => areaName(x, lang)).join(', ') : t('areaPicker.none'));
  return (
    <div className="intake-form-view">
      <dl className="intake-facts">
        <dt>{t('questions.reason')}</dt>
        <dd>{a.visit.reason || '—'}</dd>
        <dt>{t('questions.goals')}</dt>
        <dd>{a.visit.goals || '—'}</dd>
        {a.visit.underCare.answer === 'yes' && (
          <>
            <dt>{t('questions.underCare')}</dt>
            <dd>{[t('yes'), a.visit.underCare.details].filter(Boolean).join(': ')}</dd>
          </>
        )}
      </dl>
      <h3>{t('sections.health')}</h3>
      {yes.length === 0 ? (
        <p>{t('view.allNo')}</p>
      ) : (
        <ul className="intake-yes-list">
          {yes.map(({ id }) => {
            const extra: string[] = [];
            if (id === 'pregnancy' && a.health.pregnancyWeeks !== null) extra.push(t('weeksCount', { count: a.health.pregnancyWeeks }));
            if (id === 'medications' && a.health.bloodThinners === 'yes') extra.push(t('view.bloodThinners'));
            if (id === 'allergies' && a.health.allergens.length) extra.push(a.health.allergens.map((x) => t(`allergens.${x}`)).join(', '));
            if (a.health[id].details) extra.push(a.health[id].details);
            return (
              <li key={id}>
                {t(`questions.${id}`)} <strong>{t('yes')}</strong>
                {extra.length > 0 && <> — {extra.join('; ')}</>}
              </li>
            );
          })}
        </ul>
      )}
      {no > 0 && <p className="muted">{t('view.noCount', { count: no })}</p>}
      <h3>{t('sections.bodyMap')}</h3>
      <BodyMapView marks={a.bodyMap} t={t} lang={lang} />
      <h3>{t('sections.preferences')}</h3>
      <dl className="intake-facts">
        <dt>{t('preferences.pressure')}</dt>
        <dd>{a.preferences.pressure ? t(`preferences.${a.preferences.pressure}`) : '—'}</dd>
        <dt>{t('preferences.avoid')}</dt>
        <dd>{areas(a.preferences.avoid)}</dd>
        <dt>{t('preferences.focus')}</dt>
        <dd>{areas(a.preferences.focus)}</dd>
        {a.preferences.note && (
          <>
            <dt>{t('preferences.note')}</dt>
            <dd>{a.preferences.note}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

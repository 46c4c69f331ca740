// Why the client came, what they hope for, who referred them, whose care they are under.
import { useTranslation } from 'react-i18next';
import type { IntakeAnswers } from '../../../../shared/intake';
import { DetailsField, YesNoField } from './YesNoField';

type Visit = IntakeAnswers['visit'];

export function VisitSection(props: { value: Visit; onChange: (value: Visit) => void; open: readonly string[] }) {
  const { t } = useTranslation('intake');
  const { value, onChange } = props;
  return (
    <section className="card intake-visit" aria-labelledby="intake-visit-title">
      <h2 id="intake-visit-title">{t('sections.visit')}</h2>
      {(['reason', 'goals'] as const).map((id) => (
        <div className="form-field" key={id}>
          <label htmlFor={`intake-${id}`}>{t(`questions.${id}`)}</label>
          <textarea id={`intake-${id}`} rows={2} maxLength={1000} value={value[id]} onChange={(e) => onChange({ ...value, [id]: e.target.value })} />
        </div>
      ))}
      <div className="form-field">
        <label htmlFor="intake-referredBy">{t('questions.referredBy')}</label>
        <input id="intake-referredBy" type="text" maxLength={1000} value={value.referredBy} onChange={(e) => onChange({ ...value, referredBy: e.target.value })} />
      </div>
      <YesNoField
        question={t('questions.underCare')}
        value={value.underCare.answer}
        onChange={(answer) => onChange({ ...value, underCare: { ...value.underCare, answer } })}
        invalid={props.open.includes('underCare')}
        whenYes={
          <DetailsField
            id="intake-underCare-details"
            label={t('details.underCare')}
            value={value.underCare.details}
            onChange={(details) => onChange({ ...value, underCare: { ...value.underCare, details } })}
          />
        }
      />
    </section>
  );
}

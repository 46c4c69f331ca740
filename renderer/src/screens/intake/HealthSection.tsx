// Health history: every yes/no question of the template, in order, with its details and
// follow-ups (pregnancy weeks, blood thinners, which allergens).
import { useTranslation } from 'react-i18next';
import {
  ALLERGENS,
  HEALTH_QUESTIONS,
  type HealthQuestionId,
  type IntakeAnswers,
} from '../../../../shared/intake';
import { NumberField } from '../../components/form';
import { DetailsField, YesNoField } from './YesNoField';

type Health = IntakeAnswers['health'];

export function HealthSection(props: {
  value: Health;
  onChange: (value: Health) => void;
  weeksText: string;
  onWeeksText: (text: string) => void;
  weeksError?: string | undefined;
  open: readonly string[];
  flaggedQuestions: ReadonlySet<string>;
}) {
  const { t } = useTranslation('intake');
  const { value, onChange } = props;
  const setAnswer = (id: HealthQuestionId, change: Partial<Health[HealthQuestionId]>) =>
    onChange({ ...value, [id]: { ...value[id], ...change } });

  function extra(id: HealthQuestionId, details: boolean) {
    const detailsField = details && (
      <DetailsField
        id={`intake-${id}-details`}
        label={id === 'medications' || id === 'allergies' ? t(`details.${id}`) : t('details.label')}
        value={value[id].details}
        onChange={(text) => setAnswer(id, { details: text })}
      />
    );
    if (id === 'pregnancy')
      return (
        <NumberField
          id="intake-pregnancy-weeks"
          label={t('pregnancyWeeks')}
          value={props.weeksText}
          onChange={props.onWeeksText}
          error={props.weeksError}
          suffix={t('weeksSuffix')}
          whole
        />
      );
    if (id === 'medications')
      return (
        <>
          {detailsField}
          <YesNoField
            question={t('bloodThinners')}
            value={value.bloodThinners}
            onChange={(bloodThinners) => onChange({ ...value, bloodThinners })}
            invalid={props.open.includes('bloodThinners')}
            flagged={value.bloodThinners === 'yes'}
          />
        </>
      );
    if (id === 'allergies')
      return (
        <>
          <fieldset className="intake-allergens">
            <legend>{t('allergens.label')}</legend>
            {ALLERGENS.map((allergen) => (
              <label key={allergen} className="choice">
                <input
                  type="checkbox"
                  checked={value.allergens.includes(allergen)}
                  onChange={(e) =>
                    onChange({
                      ...value,
                      allergens: e.target.checked
                        ? ALLERGENS.filter((a) => a === allergen || value.allergens.includes(a))
                        : value.allergens.filter((a) => a !== allergen),
                    })
                  }
                />
                {t(`allergens.${allergen}`)}
              </label>
            ))}
          </fieldset>
          {detailsField}
        </>
      );
    return detailsField || undefined;
  }

  return (
    <section className="card intake-health" aria-labelledby="intake-health-title">
      <h2 id="intake-health-title">{t('sections.health')}</h2>
      {HEALTH_QUESTIONS.map(({ id, details }) => (
        <YesNoField
          key={id}
          question={t(`questions.${id}`)}
          value={value[id].answer}
          onChange={(answer) => setAnswer(id, { answer })}
          whenYes={extra(id, details)}
          invalid={props.open.includes(id) || (id === 'pregnancy' && props.open.includes('pregnancyWeeks'))}
          flagged={props.flaggedQuestions.has(id)}
        />
      ))}
    </section>
  );
}

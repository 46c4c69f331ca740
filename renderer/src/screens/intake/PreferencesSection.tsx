// Pressure, areas to avoid, areas to focus on, anything else.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESSURES, type IntakeAnswers } from '../../../../shared/intake';
import { AreaPicker } from '../../components/body-map';

type Preferences = IntakeAnswers['preferences'];

export function PreferencesSection(props: { value: Preferences; onChange: (value: Preferences) => void }) {
  const { t } = useTranslation('intake');
  const { value, onChange } = props;
  const pressureName = useId();
  return (
    <section className="card intake-preferences" aria-labelledby="intake-preferences-title">
      <h2 id="intake-preferences-title">{t('sections.preferences')}</h2>
      <fieldset>
        <legend>{t('preferences.pressure')}</legend>
        {PRESSURES.map((pressure) => (
          <label key={pressure} className="choice">
            <input type="radio" name={pressureName} checked={value.pressure === pressure} onChange={() => onChange({ ...value, pressure })} />
            {t(`preferences.${pressure}`)}
          </label>
        ))}
      </fieldset>
      <AreaPicker idPrefix="intake-avoid" label={t('preferences.avoid')} value={value.avoid} onChange={(avoid) => onChange({ ...value, avoid })} />
      <AreaPicker idPrefix="intake-focus" label={t('preferences.focus')} value={value.focus} onChange={(focus) => onChange({ ...value, focus })} />
      <div className="form-field">
        <label htmlFor="intake-preferences-note">{t('preferences.note')}</label>
        <input id="intake-preferences-note" type="text" maxLength={1000} value={value.note} onChange={(e) => onChange({ ...value, note: e.target.value })} />
      </div>
    </section>
  );
}

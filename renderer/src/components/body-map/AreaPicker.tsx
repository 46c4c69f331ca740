// A list of areas chosen from the vocabulary (areas to avoid, focus areas; a prescription's
// areas): a region, its side when it is sided, Add; each chosen area can be removed.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, SIDES, SIDE_NAMES, areaName, regionOf, type Area, type RegionId, type Side } from '../../../../shared/body/areas';
import type { Lang } from '../../../../shared/vocabulary';
import { focusAfterRemoving } from './focus';

const sameArea = (a: Area, b: Area) => a.region === b.region && a.side === b.side;

export function AreaPicker(props: { value: Area[]; onChange: (areas: Area[]) => void; label: string; idPrefix: string }) {
  const { t, i18n } = useTranslation('intake');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ko';
  const { value, onChange, label, idPrefix } = props;
  const [region, setRegionId] = useState<RegionId | ''>('');
  const [side, setSide] = useState<Side>('both');
  const [problem, setProblem] = useState('');
  const sided = region !== '' && (regionOf(region)?.sided ?? false);
  const chosenRef = useRef<HTMLUListElement>(null);
  const regionRef = useRef<HTMLSelectElement>(null);

  function remove(index: number) {
    focusAfterRemoving(chosenRef.current, index, regionRef.current);
    onChange(value.filter((_, i) => i !== index));
  }

  function add() {
    if (region === '') return;
    const area: Area = sided ? { region, side } : { region };
    if (value.some((a) => sameArea(a, area))) {
      setProblem(t('areaPicker.duplicate'));
      return;
    }
    setProblem('');
    const order = (a: Area) => REGIONS.findIndex((r) => r.id === a.region);
    onChange([...value, area].sort((a, b) => order(a) - order(b)));
    setRegionId('');
  }

  return (
    <fieldset className="area-picker">
      <legend>{label}</legend>
      {value.length === 0 ? (
        <p className="muted">{t('areaPicker.none')}</p>
      ) : (
        <ul className="area-picker-chosen" ref={chosenRef}>
          {value.map((area, index) => {
            const name = areaName(area, lang);
            return (
              <li key={`${area.region}-${area.side ?? ''}`}>
                {name}{' '}
                <button
                  type="button"
                  onClick={() => remove(index)}
                  aria-label={t('areaPicker.removeFrom', { list: label, area: name })}
                >
                  {t('bodyMap.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="row">
        <div className="form-field">
          <label htmlFor={`${idPrefix}-region`}>{t('areaPicker.region')}</label>
          <select
            id={`${idPrefix}-region`}
            ref={regionRef}
            aria-label={t('areaPicker.regionFor', { list: label })}
            value={region}
            onChange={(e) => setRegionId(e.target.value as RegionId | '')}
          >
            <option value="">{t('areaPicker.chooseRegion')}</option>
            {REGIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name[lang]}
              </option>
            ))}
          </select>
        </div>
        {sided && (
          <div className="form-field">
            <label htmlFor={`${idPrefix}-side`}>{t('bodyMap.side')}</label>
            <select
              id={`${idPrefix}-side`}
              aria-label={t('areaPicker.sideFor', { list: label })}
              value={side}
              onChange={(e) => setSide(e.target.value as Side)}
            >
              {SIDES.map((s) => (
                <option key={s} value={s}>
                  {SIDE_NAMES[s][lang]}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" onClick={add} disabled={region === ''} aria-label={t('areaPicker.addTo', { list: label })}>
          {t('areaPicker.add')}
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </fieldset>
  );
}

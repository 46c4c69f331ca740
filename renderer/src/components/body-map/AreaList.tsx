// The plain-list alternative to the drawn map: one control per region, in the vocabulary's
// order. A region that is not sided is a checkbox; a sided one is a choice of none, left,
// right or both (the side choice the map makes by clicking one or both shapes).
import type { TFunction } from 'i18next';
import { REGIONS, SIDES, SIDE_NAMES, type RegionId, type Side } from '../../../../shared/body/areas';
import type { BodyMark } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { markOf } from './marks';

export function AreaList(props: {
  marks: readonly BodyMark[];
  idPrefix: string;
  t: TFunction;
  lang: Lang;
  onSet: (region: RegionId, side: Side | 'none' | 'marked') => void;
}) {
  const { marks, t, lang, idPrefix } = props;
  return (
    <ul className="body-area-list" aria-label={t('bodyMap.listLabel')}>
      {REGIONS.map((region) => {
        const mark = markOf(marks, region.id);
        const name = region.name[lang];
        const id = `${idPrefix}-list-${region.id}`;
        if (!region.sided)
          return (
            <li key={region.id}>
              <label className="choice" htmlFor={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={Boolean(mark)}
                  onChange={(e) => props.onSet(region.id, e.target.checked ? 'marked' : 'none')}
                />
                {name}
              </label>
            </li>
          );
        return (
          <li key={region.id} className="body-area-sided">
            <label htmlFor={id}>{name}</label>
            <select
              id={id}
              value={mark?.side ?? 'none'}
              aria-label={t('bodyMap.sideFor', { region: name })}
              onChange={(e) => props.onSet(region.id, e.target.value as Side | 'none')}
            >
              <option value="none">{t('areaPicker.none')}</option>
              {SIDES.map((side) => (
                <option key={side} value={side}>
                  {SIDE_NAMES[side][lang]}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}

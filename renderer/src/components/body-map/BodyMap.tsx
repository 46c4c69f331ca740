// The body map to fill in: front and back views whose shapes are named checkboxes, a
// "full body" checkbox (it has no shape of its own), a plain list as an alternative, and
// each marked area's pain score and note. Labels are in the UI language.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { areaName } from '../../../../shared/body/areas';
import type { BodyMark } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { AreaList } from './AreaList';
import { BodyFigure } from './BodyFigure';
import { MarkRow } from './MarkRow';
import { markOf, setRegion, toggleShape, updateMark } from './marks';
import { VIEWS } from './shapes';
import './body-map.css';

export function BodyMap(props: {
  value: BodyMark[];
  onChange: (marks: BodyMark[]) => void;
  /** Unique on the page (ids of the fields inside). */
  idPrefix: string;
  /** The group's accessible name; default "통증 부위 인체도" / "Body map of pain areas". */
  label?: string;
}) {
  const { t, i18n } = useTranslation('intake');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ko';
  const { value: marks, onChange, idPrefix } = props;
  const [listShown, setListShown] = useState(false);
  const fullBodyId = `${idPrefix}-full-body`;
  const listId = `${idPrefix}-list`;

  return (
    <div className="body-map" role="group" aria-label={props.label ?? t('bodyMap.label')}>
      <div className="body-map-views">
        {VIEWS.map((view) => (
          <BodyFigure
            key={view}
            view={view}
            marks={marks}
            t={t}
            lang={lang}
            onToggle={(region, side) => onChange(toggleShape(marks, region, side))}
          />
        ))}
      </div>
      <div className="row body-map-tools">
        <label className="choice" htmlFor={fullBodyId}>
          <input
            id={fullBodyId}
            type="checkbox"
            checked={Boolean(markOf(marks, 'full-body'))}
            onChange={() => onChange(toggleShape(marks, 'full-body', null))}
          />
          {t('bodyMap.fullBody')}
        </label>
        <button type="button" aria-expanded={listShown} aria-controls={listId} onClick={() => setListShown(!listShown)}>
          {t('bodyMap.useList')}
        </button>
      </div>
      <div id={listId} hidden={!listShown}>
        {listShown && (
          <AreaList
            marks={marks}
            idPrefix={idPrefix}
            t={t}
            lang={lang}
            onSet={(region, side) => onChange(setRegion(marks, region, side))}
          />
        )}
      </div>
      <h3 className="body-map-marked">{t('bodyMap.marked')}</h3>
      {marks.length === 0 ? (
        <p className="muted">{t('bodyMap.noMarks')}</p>
      ) : (
        <ul className="body-mark-rows" aria-label={t('bodyMap.marked')}>
          {marks.map((mark) => (
            <MarkRow
              // A new side is a new area name: the row's labels follow it.
              key={`${mark.region}-${mark.side ?? ''}`}
              mark={mark}
              idPrefix={idPrefix}
              t={t}
              lang={lang}
              onChange={(change) => onChange(updateMark(marks, mark.region, change))}
              onRemove={() => onChange(marks.filter((m) => m.region !== mark.region))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** "왼쪽 발목 (통증 7/10): 계단에서", in `lang`. */
export function markText(mark: BodyMark, t: TFunction, lang: Lang): string {
  const parts = [areaName(mark, lang)];
  if (mark.pain !== null) parts[0] += ` (${t('bodyMap.painScore', { score: mark.pain })})`;
  if (mark.note.trim()) parts.push(mark.note.trim());
  return parts.join(': ');
}

// The body map to fill in: front and back views whose shapes are named checkboxes, a
// "full body" checkbox (it has no shape of its own), a plain list as an alternative, and
// each marked area's pain score and note. Labels are in the UI language.
import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { areaName, type RegionId } from '../../../../shared/body/areas';
import type { BodyMark } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { AreaList } from './AreaList';
import { BodyFigure } from './BodyFigure';
import { focusAfterRemoving } from './focus';
import { MarkRow, readPain } from './MarkRow';
import { markOf, setRegion, toggleShape, updateMark } from './marks';
import { VIEWS } from './shapes';
import './body-map.css';

export function BodyMap(props: {
  value: BodyMark[];
  /** With the pain scores typed that are not scores, by region (of marked regions only). */
  onChange: (marks: BodyMark[], painTyped: Record<string, string>) => void;
  /** Unique on the page (ids of the fields inside). */
  idPrefix: string;
  /** The group's accessible name; default "통증 부위 인체도" / "Body map of pain areas". */
  label?: string;
  /** The pain scores typed that are not scores, when the form holding the map keeps them (to
   *  refuse saving while one is shown invalid); otherwise the map keeps them. */
  painTyped?: Readonly<Record<string, string>>;
}) {
  const { t, i18n } = useTranslation('intake');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'ko';
  const { value: marks, idPrefix } = props;
  const [listShown, setListShown] = useState(false);
  const [ownPainTyped, setOwnPainTyped] = useState<Record<string, string>>({});
  const painTyped = props.painTyped ?? ownPainTyped;
  const rowsRef = useRef<HTMLUListElement>(null);
  const fullBodyRef = useRef<HTMLInputElement>(null);

  /** An area unmarked takes its typed score with it. */
  function onChange(next: BodyMark[], typed: Readonly<Record<string, string>> = painTyped) {
    const kept = Object.fromEntries(Object.entries(typed).filter(([region]) => next.some((m) => m.region === region)));
    setOwnPainTyped(kept);
    props.onChange(next, kept);
  }

  /** A score is taken; anything else is kept as typed, and the mark keeps its last score. */
  function setPainText(region: RegionId, text: string) {
    const { [region]: _typed, ...rest } = painTyped;
    const pain = readPain(text);
    if (pain === undefined) onChange(marks, { ...rest, [region]: text });
    else onChange(updateMark(marks, region, { pain }), rest);
  }

  function remove(index: number) {
    focusAfterRemoving(rowsRef.current, index, fullBodyRef.current);
    onChange(marks.filter((_, i) => i !== index));
  }
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
            ref={fullBodyRef}
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
        <ul className="body-mark-rows" aria-label={t('bodyMap.marked')} ref={rowsRef}>
          {marks.map((mark, index) => (
            <MarkRow
              // A new side is a new area name: the row's labels follow it.
              key={`${mark.region}-${mark.side ?? ''}`}
              mark={mark}
              idPrefix={idPrefix}
              t={t}
              lang={lang}
              onNote={(note) => onChange(updateMark(marks, mark.region, { note }))}
              painTyped={painTyped[mark.region]}
              onPainText={(text) => setPainText(mark.region, text)}
              onRemove={() => remove(index)}
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

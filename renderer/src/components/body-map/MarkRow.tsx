// One marked area under the map: its pain score (0-10, may stay unsaid), a note, remove.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { areaName } from '../../../../shared/body/areas';
import { PAIN_MAX, PAIN_MIN, type BodyMark } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';

/** "7" -> 7, "" -> null, anything else (or out of 0-10) -> undefined. */
export function readPain(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,2}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= PAIN_MIN && value <= PAIN_MAX ? value : undefined;
}

export function MarkRow(props: {
  mark: BodyMark;
  idPrefix: string;
  t: TFunction;
  lang: Lang;
  onChange: (change: Partial<Pick<BodyMark, 'pain' | 'note'>>) => void;
  onRemove: () => void;
}) {
  const { mark, t, lang, idPrefix } = props;
  const area = areaName(mark, lang);
  const [painText, setPainText] = useState(mark.pain === null ? '' : String(mark.pain));
  const painValue = readPain(painText);
  const painId = `${idPrefix}-${mark.region}-pain`;
  const noteId = `${idPrefix}-${mark.region}-note`;
  return (
    <li className="body-mark-row" data-region={mark.region}>
      <strong className="body-mark-name">{area}</strong>
      <div className="form-field">
        <label htmlFor={painId}>{t('bodyMap.pain')}</label>
        <input
          id={painId}
          type="number"
          min={PAIN_MIN}
          max={PAIN_MAX}
          step={1}
          inputMode="numeric"
          size={3}
          aria-label={t('bodyMap.painFor', { area })}
          value={painText}
          aria-invalid={painValue === undefined ? true : undefined}
          onChange={(event) => {
            setPainText(event.target.value);
            const value = readPain(event.target.value);
            if (value !== undefined) props.onChange({ pain: value });
          }}
        />
      </div>
      <div className="form-field body-mark-note">
        <label htmlFor={noteId}>{t('bodyMap.note')}</label>
        <input
          id={noteId}
          type="text"
          maxLength={300}
          aria-label={t('bodyMap.noteFor', { area })}
          value={mark.note}
          onChange={(event) => props.onChange({ note: event.target.value })}
        />
      </div>
      <button type="button" onClick={props.onRemove} aria-label={t('bodyMap.removeArea', { area })}>
        {t('bodyMap.remove')}
      </button>
    </li>
  );
}

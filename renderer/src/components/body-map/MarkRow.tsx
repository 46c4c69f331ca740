// One marked area under the map: its pain score (0-10, may stay unsaid), a note, remove.
import type { TFunction } from 'i18next';
import { areaName } from '../../../../shared/body/areas';
import { PAIN_MAX, PAIN_MIN, type BodyMark } from '../../../../shared/intake';
import type { Lang } from '../../../../shared/vocabulary';
import { FieldError, invalidProps } from '../form';

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
  onNote: (note: string) => void;
  /** The score as typed when it is not a score (kept, shown invalid, and refused by the form
   *  that holds it), or undefined. */
  painTyped: string | undefined;
  /** Every change of the score's text (read with `readPain`). */
  onPainText: (text: string) => void;
  onRemove: () => void;
}) {
  const { mark, t, lang, idPrefix } = props;
  const area = areaName(mark, lang);
  const painText = props.painTyped ?? (mark.pain === null ? '' : String(mark.pain));
  const painError = readPain(painText) === undefined ? t('bodyMap.painInvalid') : undefined;
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
          {...invalidProps(painId, painError)}
          onChange={(event) => props.onPainText(event.target.value)}
        />
        <FieldError fieldId={painId} message={painError} />
      </div>
      <div className="form-field body-mark-note">
        <label htmlFor={noteId}>{t('bodyMap.note')}</label>
        <input
          id={noteId}
          type="text"
          maxLength={300}
          aria-label={t('bodyMap.noteFor', { area })}
          value={mark.note}
          onChange={(event) => props.onNote(event.target.value)}
        />
      </div>
      <button type="button" onClick={props.onRemove} aria-label={t('bodyMap.removeArea', { area })}>
        {t('bodyMap.remove')}
      </button>
    </li>
  );
}

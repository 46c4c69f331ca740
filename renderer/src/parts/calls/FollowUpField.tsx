// When to ring the caller back: a date field, checked when the call is saved. Used when a
// call is first saved and when it is edited later.
import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, invalidProps } from '../../components/form';
import { isValidDate } from '../../../../shared/pricing/dates';
import { localIsoDate } from '../../format';

/** Empty means "no follow-up"; anything else must be a real day (after trimming). A date
 *  typed in part (`incomplete`: the browser then reports the field as empty) is neither. */
export function isFollowUpValid(text: string, incomplete = false): boolean {
  const followUp = text.trim();
  return !incomplete && (followUp === '' || isValidDate(followUp));
}

export function FollowUpField(props: {
  value: string;
  /** `incomplete`: a date typed in part (the field's value is then ''). */
  onChange: (followUp: string, incomplete: boolean) => void;
  invalid: boolean;
  /** Shown, not changeable (a save under way). */
  readOnly?: boolean;
  /** Shown between the field and its error (the detail dialog's "clear" button). */
  children?: ReactNode;
}) {
  const { t } = useTranslation('calls');
  const id = useId();
  const error = props.invalid ? t('save.followUpInvalid') : undefined;
  // A date already past is allowed (writing down a call afterwards) but said, as the
  // enrollment start date is.
  const past = !error && isValidDate(props.value) && props.value < localIsoDate(new Date());
  // Typing part of a date into an empty field leaves its value '' (React's onChange does not
  // fire: nothing changed), so the input event says so too.
  const report = (e: FormEvent<HTMLInputElement>) => props.onChange(e.currentTarget.value, e.currentTarget.validity.badInput);
  return (
    <div>
      <label htmlFor={id}>{t('save.followUp')}</label>
      <input id={id} type="date" value={props.value} readOnly={props.readOnly} {...invalidProps(id, error)} onChange={report} onInput={report} />
      {props.children}
      <FieldError fieldId={id} message={error} />
      {past && <p className="warning small">{t('save.followUpPast')}</p>}
    </div>
  );
}

// What came of a call, as a select: the same choices wherever a call is saved, edited or
// filtered. The filter adds an "any" choice (value '') on top.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutcome } from '../../../../shared/vocabulary';
import { outcomes } from './outcomes';

export function OutcomeSelect<Value extends CallOutcome | ''>(props: {
  label: string;
  value: Value;
  onChange: (outcome: Value) => void;
  /** The label of the "any outcome" choice; only a filter has one. */
  anyLabel?: string;
  autoFocus?: boolean;
  /** Shown, not changeable (a save under way): the value stays, focus stays too. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation('calls');
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        autoFocus={props.autoFocus}
        aria-readonly={props.readOnly || undefined}
        onChange={(e) => !props.readOnly && props.onChange(e.target.value as Value)}
      >
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {outcomes.map((outcome) => (
          <option key={outcome} value={outcome}>
            {t(`outcome.${outcome}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

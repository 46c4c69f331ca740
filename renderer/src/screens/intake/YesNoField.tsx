// One yes/no question: a radio pair under the question as the group's name, and what
// follows a yes (details, and anything the question adds) shown only then.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { YesNo } from '../../../../shared/intake';

export function YesNoField(props: {
  question: string;
  value: YesNo;
  onChange: (value: 'yes' | 'no') => void;
  /** Shown under the question when the answer is yes. */
  whenYes?: ReactNode;
  invalid?: boolean;
  flagged?: boolean;
}) {
  const { t } = useTranslation('intake');
  const name = useId();
  return (
    <fieldset
      className={`yes-no${props.flagged ? ' flagged' : ''}`}
      aria-invalid={props.invalid || undefined}
      data-question=""
    >
      <legend>{props.question}</legend>
      {(['yes', 'no'] as const).map((answer) => (
        <label key={answer} className="choice">
          <input type="radio" name={name} checked={props.value === answer} onChange={() => props.onChange(answer)} />
          {t(answer)}
        </label>
      ))}
      {props.value === 'yes' && props.whenYes}
    </fieldset>
  );
}

/** The details field of a question. */
export function DetailsField(props: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="form-field intake-details">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type="text" maxLength={1000} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

import type { InputHTMLAttributes } from 'react';
import './form.css';
import { FieldError, invalidProps } from './FieldError';

/** What every labelled field takes (number and money fields too, which wrap this one):
 *  the text as typed, and its problem once the form is read. */
export type FieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
};

type Props = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
    /** A unit after the box ("days", "%"), beside it rather than under the hint. Given, even
     *  empty, the box keeps its own width (`size`) instead of the field's: number boxes. */
    suffix?: string;
  };

/** A labelled text input with its error message. */
export function TextField({ id, label, value, onChange, error, hint, suffix, ...rest }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  // The unit is read with the box ("30, days"), before the error and the hint.
  const suffixId = suffix ? `${id}-suffix` : undefined;
  const a11y = invalidProps(id, error);
  const describedBy = [suffixId, a11y['aria-describedby'], hintId].filter(Boolean).join(' ') || undefined;
  const input = (
    <input
      id={id}
      type="text"
      {...rest}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={a11y['aria-invalid']}
      aria-describedby={describedBy}
    />
  );
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {suffix === undefined ? (
        input
      ) : (
        <div className="form-input-row">
          {input}
          {suffix && (
            <span id={suffixId} className="form-suffix">
              {suffix}
            </span>
          )}
        </div>
      )}
      {hint && (
        <p id={hintId} className="muted form-hint">
          {hint}
        </p>
      )}
      <FieldError fieldId={id} message={error} />
    </div>
  );
}

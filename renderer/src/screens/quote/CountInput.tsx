// A whole-number field (persons, sessions): text with a numeric keypad so a focused field is
// selected whole and typing "2" replaces it; arrow keys step; a bad value is marked inline.
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCount } from './draft';

export function CountInput(props: {
  label: string;
  value: string;
  max: number;
  invalid: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('quote');
  const id = useId();
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const current = parseCount(props.value, props.max) ?? 1;
    const next = Math.min(props.max, Math.max(1, current + (event.key === 'ArrowUp' ? 1 : -1)));
    props.onChange(String(next));
  }
  return (
    <div className="count-input">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        size={4}
        value={props.value}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.invalid ? `${id}-error` : undefined}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => props.onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {props.invalid && (
        <p id={`${id}-error`} className="field-error">
          {t('count.invalid', { max: props.max })}
        </p>
      )}
    </div>
  );
}

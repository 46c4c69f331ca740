import { TextField, type FieldProps } from './TextField';

/** A number typed as text (so half-typed input never becomes NaN); read it with
 *  readNumber when the form is submitted. */
export function NumberField(
  props: FieldProps & {
    /** Whole numbers only (minutes, months, installments): a numeric keypad. */
    whole?: boolean;
    suffix?: string;
  },
) {
  const { whole, suffix, ...rest } = props;
  return <TextField {...rest} suffix={suffix ?? ''} inputMode={whole ? 'numeric' : 'decimal'} autoComplete="off" size={10} />;
}

export type NumberProblem = 'empty' | 'not-a-number' | 'not-whole' | 'too-small' | 'too-large';
export type ReadNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** "12", "10.5", " 7 " -> a number within [min, max]; commas as thousands separators are fine. */
export function readNumber(text: string, options: { min: number; max?: number; whole?: boolean }): ReadNumber {
  const cleaned = text.replace(/[,\s]/g, '');
  if (cleaned === '') return { ok: false, problem: 'empty' };
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return { ok: false, problem: 'not-a-number' };
  const value = Number(cleaned);
  if (options.whole && !Number.isSafeInteger(value)) return { ok: false, problem: 'not-whole' };
  if (value < options.min) return { ok: false, problem: 'too-small' };
  if (options.max !== undefined && value > options.max) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

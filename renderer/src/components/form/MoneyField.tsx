import { useTranslation } from 'react-i18next';
import { currencyExponent } from '../../../../shared/pricing/money';
import { moneyInputText, parseMoneyInput } from '../../format';
import { TextField, type FieldProps } from './TextField';

/** An amount in the catalog currency, typed as the receptionist says it ("70,000",
 *  "12.50"); the form keeps the text and turns it into minor units with readMoney. */
export function MoneyField(props: FieldProps & { currency: string }) {
  const { t } = useTranslation('catalog');
  const { currency, label, ...rest } = props;
  return (
    <TextField
      {...rest}
      label={t('form.moneyLabel', { label, currency })}
      inputMode={currencyExponent(currency) > 0 ? 'decimal' : 'numeric'}
      autoComplete="off"
      size={12}
    />
  );
}

export type MoneyProblem = 'empty' | 'negative' | 'format' | 'too-small';
export type ReadMoney = { ok: true; value: number } | { ok: false; problem: MoneyProblem };

/** Field text -> minor units of `currency`, or why not. */
export function readMoney(text: string, currency: string, options: { min?: number } = {}): ReadMoney {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.startsWith('-')) return { ok: false, problem: 'negative' };
  const value = parseMoneyInput(trimmed, currencyExponent(currency));
  if (value === null) return { ok: false, problem: 'format' };
  if (options.min !== undefined && value < options.min) return { ok: false, problem: 'too-small' };
  return { ok: true, value };
}

/** Minor units -> the text a MoneyField starts with. */
export function moneyText(minor: number | undefined, currency: string): string {
  return minor === undefined ? '' : moneyInputText(minor, currencyExponent(currency));
}

/** An example amount in the currency's form, for messages ("12.50" / "70000"). */
export function moneyExample(currency: string): string {
  const exponent = currencyExponent(currency);
  return exponent === 0 ? '70000' : moneyInputText(1250 * 10 ** (exponent - 2 > 0 ? exponent - 2 : 0), exponent);
}

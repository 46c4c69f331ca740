// Messages of the shared form fields. They live in the catalog namespace (the price list is
// where these fields were first needed); useFormText loads it for any screen that uses them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoneyProblem } from './MoneyField';
import { moneyExample, moneyText } from './MoneyField';
import type { NumberProblem } from './NumberField';

export function useFormText() {
  const { t } = useTranslation('catalog');
  return useMemo(() => formText(t), [t]);
}

function formText(t: ReturnType<typeof useTranslation<'catalog'>>['t']) {
  return {
    t,
    money(problem: MoneyProblem, currency: string, min = 0): string {
      if (problem === 'too-small') return t('form.money.tooSmall', { min: moneyText(min, currency) });
      return t(`form.money.${problem}`, { example: moneyExample(currency) });
    },
    number(problem: NumberProblem, range: { min: number; max?: number }): string {
      if (problem === 'too-small' || problem === 'too-large') {
        return range.max === undefined
          ? t('form.number.min', { min: range.min })
          : t('form.number.range', { min: range.min, max: range.max });
      }
      return t(`form.number.${problem}`);
    },
    required: () => t('form.required'),
  };
}

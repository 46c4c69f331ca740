// The payment plans as a radio group (arrow keys move between them, as native radios do).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, PaymentPlan } from '../../../../shared/pricing/types';
import { formatMoney } from '../../format';

export function PlanChoice(props: {
  plans: PaymentPlan[];
  currency: string;
  lang: Lang;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('school');
  const { lang, currency } = props;
  const baseId = useId();
  const describe = (plan: PaymentPlan): string[] => {
    const parts: string[] = [];
    if (plan.installments > 0) parts.push(t('plans.installments', { count: plan.installments }));
    if (plan.downPayment) parts.push(t('plans.downPayment', { amount: formatMoney(plan.downPayment, currency, lang) }));
    if (plan.installmentFee) parts.push(t('plans.installmentFee', { amount: formatMoney(plan.installmentFee, currency, lang) }));
    if (plan.tuitionDiscountPercent) parts.push(t('plans.discount', { percent: plan.tuitionDiscountPercent }));
    return parts;
  };
  return (
    <fieldset className="plan-choice" role="radiogroup" aria-label={t('plans.legend')}>
      <legend>{t('plans.legend')}</legend>
      {props.plans.map((plan) => (
        <div key={plan.id} className="radio">
          <input
            type="radio"
            id={`${baseId}-${plan.id}`}
            name={`${baseId}-plan`}
            value={plan.id}
            checked={plan.id === props.selectedId}
            onChange={() => props.onSelect(plan.id)}
            aria-describedby={`${baseId}-${plan.id}-about`}
          />{' '}
          <label htmlFor={`${baseId}-${plan.id}`}>{plan.name[lang]}</label>{' '}
          <span id={`${baseId}-${plan.id}-about`} className="muted">
            {describe(plan).join(' · ')}
          </span>
        </div>
      ))}
    </fieldset>
  );
}

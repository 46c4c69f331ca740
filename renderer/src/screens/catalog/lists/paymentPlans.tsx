// Payment plans of the school: installments (0 = pay in full), an optional down payment,
// a fee per installment, payments in round amounts (installmentIncrement), and a tuition
// discount.
import type { PaymentPlan } from '../../../../../shared/pricing/types';
import { MoneyField, NumberField, moneyText } from '../../../components/form';
import { fieldReader, numberText, type FieldsProps, type ListSpec } from '../spec';

type PlanDraft = {
  installments: string;
  downPayment: string;
  installmentFee: string;
  installmentIncrement: string;
  tuitionDiscountPercent: string;
};

function PlanFields({ draft, change, errors, ctx, idPrefix }: FieldsProps<PlanDraft>) {
  const { t } = ctx;
  return (
    <div className="row">
      <NumberField
        id={`${idPrefix}-installments`}
        label={t('paymentPlans.installments')}
        hint={t('paymentPlans.installmentsHint')}
        value={draft.installments}
        onChange={(installments) => change({ installments })}
        error={errors.installments}
        whole
      />
      <MoneyField
        id={`${idPrefix}-down`}
        label={t('paymentPlans.downPayment')}
        value={draft.downPayment}
        onChange={(downPayment) => change({ downPayment })}
        error={errors.downPayment}
        currency={ctx.currency}
        hint={t('paymentPlans.optionalHint')}
      />
      <MoneyField
        id={`${idPrefix}-fee`}
        label={t('paymentPlans.installmentFee')}
        value={draft.installmentFee}
        onChange={(installmentFee) => change({ installmentFee })}
        error={errors.installmentFee}
        currency={ctx.currency}
        hint={t('paymentPlans.optionalHint')}
      />
      <MoneyField
        id={`${idPrefix}-increment`}
        label={t('paymentPlans.installmentIncrement')}
        value={draft.installmentIncrement}
        onChange={(installmentIncrement) => change({ installmentIncrement })}
        error={errors.installmentIncrement}
        currency={ctx.currency}
        hint={t('paymentPlans.installmentIncrementHint')}
      />
      <NumberField
        id={`${idPrefix}-discount`}
        label={t('paymentPlans.tuitionDiscountPercent')}
        value={draft.tuitionDiscountPercent}
        onChange={(tuitionDiscountPercent) => change({ tuitionDiscountPercent })}
        error={errors.tuitionDiscountPercent}
        hint={t('paymentPlans.optionalHint')}
        suffix="%"
      />
    </div>
  );
}

export const paymentPlansSpec: ListSpec<PaymentPlan, PlanDraft> = {
  list: 'paymentPlans',
  school: true,
  entries: (catalog) => catalog.school?.paymentPlans ?? [],
  columns: [
    {
      header: 'columns.installments',
      cell: (p, ctx) =>
        p.installments === 0 ? ctx.t('paymentPlans.inFull') : ctx.t('paymentPlans.installmentsCell', { n: p.installments }),
    },
    { header: 'columns.downPayment', money: true, cell: (p, ctx) => (p.downPayment ? ctx.money(p.downPayment) : '') },
    { header: 'columns.installmentFee', money: true, cell: (p, ctx) => (p.installmentFee ? ctx.money(p.installmentFee) : '') },
    {
      header: 'columns.installmentIncrement',
      money: true,
      cell: (p, ctx) => (p.installmentIncrement && p.installmentIncrement > 1 ? ctx.money(p.installmentIncrement) : ''),
    },
    {
      header: 'columns.tuitionDiscount',
      cell: (p, ctx) => (p.tuitionDiscountPercent ? ctx.t('percentValue', { value: p.tuitionDiscountPercent }) : ''),
    },
  ],
  emptyDraft: () => ({ installments: '0', downPayment: '', installmentFee: '', installmentIncrement: '', tuitionDiscountPercent: '' }),
  toDraft: (p, ctx) => ({
    installments: String(p.installments),
    downPayment: moneyText(p.downPayment, ctx.currency),
    installmentFee: moneyText(p.installmentFee, ctx.currency),
    installmentIncrement: moneyText(p.installmentIncrement, ctx.currency),
    tuitionDiscountPercent: numberText(p.tuitionDiscountPercent),
  }),
  build(draft, ctx, errors) {
    const read = fieldReader(ctx, errors);
    const installments = read.number('installments', draft.installments, { min: 0, max: 120, whole: true });
    const downPayment = read.money('downPayment', draft.downPayment, { optional: true });
    const installmentFee = read.money('installmentFee', draft.installmentFee, { optional: true });
    const installmentIncrement = read.money('installmentIncrement', draft.installmentIncrement, { optional: true, min: 1 });
    const tuitionDiscountPercent = read.number('tuitionDiscountPercent', draft.tuitionDiscountPercent, {
      min: 0,
      max: 100,
      optional: true,
    });
    if (installments === undefined || Object.keys(errors).length > 0) return null;
    return {
      installments,
      ...(downPayment !== undefined ? { downPayment } : {}),
      ...(installmentFee !== undefined ? { installmentFee } : {}),
      ...(installmentIncrement !== undefined ? { installmentIncrement } : {}),
      ...(tuitionDiscountPercent !== undefined ? { tuitionDiscountPercent } : {}),
    };
  },
  fieldPaths: () => ['installments', 'downPayment', 'installmentFee', 'installmentIncrement', 'tuitionDiscountPercent'],
  Fields: PlanFields,
};

// A surcharge or a discount is a percent OR an amount, never both: a radio picks which, and
// only the picked one is sent (the server refuses both as well).
import { MoneyField, NumberField, moneyText } from '../../../components/form';
import { fieldReader, numberText, type Errors, type SpecContext } from '../spec';

export type Adjustment = { adjust: 'percent' | 'amount'; percent: string; amount: string };

export function adjustmentDraft(entry: { percent?: number; amount?: number } | undefined, currency: string): Adjustment {
  return {
    adjust: entry?.amount !== undefined ? 'amount' : 'percent',
    percent: numberText(entry?.percent),
    amount: moneyText(entry?.amount, currency),
  };
}

export function readAdjustment(
  draft: Adjustment,
  ctx: SpecContext,
  errors: Errors,
): { percent: number } | { amount: number } | null {
  const read = fieldReader(ctx, errors);
  if (draft.adjust === 'percent') {
    const percent = read.number('percent', draft.percent, { min: 0, max: 100 });
    return percent === undefined ? null : { percent };
  }
  const amount = read.money('amount', draft.amount);
  return amount === undefined ? null : { amount };
}

export function formatAdjustment(entry: { percent?: number; amount?: number }, ctx: SpecContext): string {
  if (entry.percent !== undefined) return ctx.t('percentValue', { value: entry.percent });
  return entry.amount !== undefined ? ctx.money(entry.amount) : '';
}

export function PercentOrAmountFields(props: {
  legend: string;
  draft: Adjustment;
  change: (patch: Partial<Adjustment>) => void;
  errors: Errors;
  ctx: SpecContext;
  idPrefix: string;
}) {
  const { draft, change, errors, ctx, idPrefix } = props;
  const { t } = ctx;
  const group = `${idPrefix}-adjust`;
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div role="radiogroup" aria-label={props.legend} className="row">
        <label className="inline">
          <input
            type="radio"
            name={group}
            checked={draft.adjust === 'percent'}
            onChange={() => change({ adjust: 'percent' })}
          />
          {t('adjust.percent')}
        </label>
        <label className="inline">
          <input
            type="radio"
            name={group}
            checked={draft.adjust === 'amount'}
            onChange={() => change({ adjust: 'amount' })}
          />
          {t('adjust.amount')}
        </label>
      </div>
      {draft.adjust === 'percent' ? (
        <NumberField
          id={`${idPrefix}-percent`}
          label={t('adjust.percentField')}
          value={draft.percent}
          onChange={(percent) => change({ percent })}
          error={errors.percent}
          suffix="%"
        />
      ) : (
        <MoneyField
          id={`${idPrefix}-amount`}
          label={t('adjust.amountField')}
          value={draft.amount}
          onChange={(amount) => change({ amount })}
          error={errors.amount}
          currency={ctx.currency}
        />
      )}
    </fieldset>
  );
}

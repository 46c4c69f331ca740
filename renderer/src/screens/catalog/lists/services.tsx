// Services and their rates (minutes -> price). A service is deactivated, never removed.
import type { Service } from '../../../../../shared/pricing/types';
import { MoneyField, NumberField, TextField, moneyText } from '../../../components/form';
import { categoryIn, fieldReader, type FieldsProps, type ListSpec } from '../spec';

type RateDraft = { key: number; minutes: string; price: string };
type ServiceDraft = { category: string; active: boolean; rates: RateDraft[] };

let nextKey = 1;
const rateRow = (minutes = '', price = ''): RateDraft => ({ key: nextKey++, minutes, price });

function ServiceFields({ draft, change, errors, ctx, idPrefix }: FieldsProps<ServiceDraft>) {
  const { t } = ctx;
  const setRate = (index: number, patch: Partial<RateDraft>) =>
    change({ rates: draft.rates.map((rate, i) => (i === index ? { ...rate, ...patch } : rate)) });
  return (
    <>
      <div className="row">
        <TextField
          id={`${idPrefix}-category`}
          label={t('services.category')}
          hint={t('services.categoryHint')}
          value={draft.category}
          onChange={(category) => change({ category })}
          error={errors.category}
          maxLength={100}
        />
        <label className="inline">
          <input type="checkbox" checked={draft.active} onChange={(e) => change({ active: e.target.checked })} />
          {t('services.activeLabel')}
        </label>
      </div>
      <fieldset aria-describedby={errors.rates ? `${idPrefix}-rates-error` : undefined}>
        <legend>{t('services.rates')}</legend>
        {draft.rates.map((rate, index) => (
          <div className="row rate-row" key={rate.key}>
            <NumberField
              id={`${idPrefix}-rates-${index}-minutes`}
              label={t('services.rateMinutes', { n: index + 1 })}
              value={rate.minutes}
              onChange={(minutes) => setRate(index, { minutes })}
              error={errors[`rates[${index}].minutes`]}
              suffix={t('services.minutesSuffix')}
              whole
            />
            <MoneyField
              id={`${idPrefix}-rates-${index}-price`}
              label={t('services.ratePrice', { n: index + 1 })}
              value={rate.price}
              onChange={(price) => setRate(index, { price })}
              error={errors[`rates[${index}].price`]}
              currency={ctx.currency}
            />
            <button
              type="button"
              aria-label={t('services.removeRate', { n: index + 1 })}
              onClick={() => change({ rates: draft.rates.filter((_, i) => i !== index) })}
            >
              {t('services.removeRateShort')}
            </button>
          </div>
        ))}
        {errors.rates && (
          <p id={`${idPrefix}-rates-error`} className="field-error">
            {errors.rates}
          </p>
        )}
        <button type="button" onClick={() => change({ rates: [...draft.rates, rateRow()] })}>
          {t('services.addRate')}
        </button>
      </fieldset>
    </>
  );
}

export const servicesSpec: ListSpec<Service, ServiceDraft> = {
  list: 'services',
  deactivates: true,
  entries: (catalog) => catalog.services,
  columns: [
    { header: 'columns.category', cell: (s, ctx) => categoryIn(s.category, ctx.lang) },
    {
      header: 'columns.rates',
      cell: (s, ctx) =>
        s.rates.map((r) => ctx.t('services.rateCell', { minutes: r.minutes, price: ctx.money(r.price) })).join(', '),
    },
    { header: 'columns.status', cell: (s, ctx) => ctx.t(s.active ? 'services.active' : 'services.inactive') },
  ],
  emptyDraft: () => ({ category: '', active: true, rates: [rateRow()] }),
  toDraft: (s, ctx) => ({
    category: s.category ?? '',
    active: s.active,
    rates: s.rates.map((r) => rateRow(String(r.minutes), moneyText(r.price, ctx.currency))),
  }),
  build(draft, ctx, errors) {
    const read = fieldReader(ctx, errors);
    if (draft.rates.length === 0) errors.rates = ctx.t('validation.rateRequired');
    const seen = new Set<number>();
    const rates = draft.rates.map((rate, i) => {
      const minutes = read.number(`rates[${i}].minutes`, rate.minutes, { min: 1, max: 24 * 60, whole: true });
      const price = read.money(`rates[${i}].price`, rate.price);
      if (minutes !== undefined) {
        if (seen.has(minutes)) errors[`rates[${i}].minutes`] = ctx.t('validation.duplicateRate', { minutes });
        seen.add(minutes);
      }
      return { minutes: minutes ?? 0, price: price ?? 0 };
    });
    if (Object.keys(errors).length > 0) return null;
    const category = draft.category.trim();
    return { ...(category ? { category } : {}), active: draft.active, rates };
  },
  fieldPaths: (draft) => [
    'category',
    'rates',
    ...draft.rates.flatMap((_, i) => [`rates[${i}].minutes`, `rates[${i}].price`]),
  ],
  Fields: ServiceFields,
};

// Add-ons (hot stones, ...): a price, and optionally the services they fit.
import type { AddOn } from '../../../../../shared/pricing/types';
import { MoneyField, moneyText } from '../../../components/form';
import { fieldReader, namesOf, type FieldsProps, type ListSpec } from '../spec';
import { IdChecklist } from './IdChecklist';

type AddOnDraft = { price: string; services: string[] };

function AddOnFields({ draft, change, errors, ctx, idPrefix }: FieldsProps<AddOnDraft>) {
  const { t } = ctx;
  return (
    <>
      <MoneyField
        id={`${idPrefix}-price`}
        label={t('addOns.price')}
        value={draft.price}
        onChange={(price) => change({ price })}
        error={errors.price}
        currency={ctx.currency}
      />
      <IdChecklist
        legend={t('addOns.fits')}
        hint={t('addOns.fitsHint')}
        options={ctx.catalog.services}
        checked={draft.services}
        onChange={(services) => change({ services })}
        lang={ctx.lang}
        error={errors.services}
        errorId={`${idPrefix}-services-error`}
      />
    </>
  );
}

export const addOnsSpec: ListSpec<AddOn, AddOnDraft> = {
  list: 'addOns',
  entries: (catalog) => catalog.addOns,
  columns: [
    { header: 'columns.price', money: true, cell: (a, ctx) => ctx.money(a.price) },
    {
      header: 'columns.fits',
      cell: (a, ctx) => (a.services ? namesOf(ctx.catalog.services, a.services, ctx.lang) : ctx.t('addOns.fitsAll')),
    },
  ],
  emptyDraft: () => ({ price: '', services: [] }),
  toDraft: (a, ctx) => ({ price: moneyText(a.price, ctx.currency), services: a.services ?? [] }),
  build(draft, ctx, errors) {
    const price = fieldReader(ctx, errors).money('price', draft.price);
    if (price === undefined) return null;
    return draft.services.length > 0 ? { price, services: draft.services } : { price };
  },
  fieldPaths: () => ['price', 'services'],
  Fields: AddOnFields,
};

// Travel zones for home visits: a fee charged once per session.
import type { TravelZone } from '../../../../../shared/pricing/types';
import { MoneyField, moneyText } from '../../../components/form';
import { fieldReader, type FieldsProps, type ListSpec } from '../spec';

type ZoneDraft = { fee: string };

function ZoneFields({ draft, change, errors, ctx, idPrefix }: FieldsProps<ZoneDraft>) {
  return (
    <MoneyField
      id={`${idPrefix}-fee`}
      label={ctx.t('travelZones.fee')}
      hint={ctx.t('travelZones.feeHint')}
      value={draft.fee}
      onChange={(fee) => change({ fee })}
      error={errors.fee}
      currency={ctx.currency}
    />
  );
}

export const travelZonesSpec: ListSpec<TravelZone, ZoneDraft> = {
  list: 'travelZones',
  entries: (catalog) => catalog.travelZones,
  columns: [{ header: 'columns.fee', money: true, cell: (z, ctx) => ctx.money(z.fee) }],
  emptyDraft: () => ({ fee: '' }),
  toDraft: (z, ctx) => ({ fee: moneyText(z.fee, ctx.currency) }),
  build(draft, ctx, errors) {
    const fee = fieldReader(ctx, errors).money('fee', draft.fee);
    return fee === undefined ? null : { fee };
  },
  fieldPaths: () => ['fee'],
  Fields: ZoneFields,
};

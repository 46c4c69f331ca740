// Discounts: a percent or an amount, an optional promo code, an optional minimum number of
// sessions (then it applies by itself to packages that large).
import type { Discount } from '../../../../../shared/pricing/types';
import { NumberField, TextField } from '../../../components/form';
import { fieldReader, numberText, type FieldsProps, type ListSpec } from '../spec';
import {
  PercentOrAmountFields,
  adjustmentDraft,
  formatAdjustment,
  readAdjustment,
  type Adjustment,
} from './PercentOrAmount';

type DiscountDraft = Adjustment & { code: string; minSessions: string };

function DiscountFields({ draft, change, errors, ctx, idPrefix }: FieldsProps<DiscountDraft>) {
  const { t } = ctx;
  return (
    <>
      <PercentOrAmountFields
        legend={t('discounts.value')}
        draft={draft}
        change={change}
        errors={errors}
        ctx={ctx}
        idPrefix={idPrefix}
      />
      <div className="row">
        <TextField
          id={`${idPrefix}-code`}
          label={t('discounts.code')}
          hint={t('discounts.codeHint')}
          value={draft.code}
          onChange={(code) => change({ code })}
          error={errors.code}
          maxLength={50}
          spellCheck={false}
        />
        <NumberField
          id={`${idPrefix}-min-sessions`}
          label={t('discounts.minSessions')}
          hint={t('discounts.minSessionsHint')}
          value={draft.minSessions}
          onChange={(minSessions) => change({ minSessions })}
          error={errors.minSessions}
          whole
        />
      </div>
    </>
  );
}

export const discountsSpec: ListSpec<Discount, DiscountDraft> = {
  list: 'discounts',
  entries: (catalog) => catalog.discounts,
  columns: [
    { header: 'columns.value', money: true, cell: (d, ctx) => formatAdjustment(d, ctx) },
    { header: 'columns.code', cell: (d) => d.code ?? '' },
    {
      header: 'columns.minSessions',
      cell: (d, ctx) => (d.minSessions === undefined ? '' : ctx.t('discounts.minSessionsCell', { n: d.minSessions })),
    },
  ],
  emptyDraft: (ctx) => ({ ...adjustmentDraft(undefined, ctx.currency), code: '', minSessions: '' }),
  toDraft: (d, ctx) => ({
    ...adjustmentDraft(d, ctx.currency),
    code: d.code ?? '',
    minSessions: numberText(d.minSessions),
  }),
  build(draft, ctx, errors) {
    const value = readAdjustment(draft, ctx, errors);
    const minSessions = fieldReader(ctx, errors).number('minSessions', draft.minSessions, {
      min: 1,
      max: 1000,
      whole: true,
      optional: true,
    });
    const code = draft.code.trim();
    if (/\s/.test(code)) errors.code = ctx.t('validation.codeSpaces');
    if (!value || Object.keys(errors).length > 0) return null;
    return { ...value, ...(code ? { code } : {}), ...(minSessions !== undefined ? { minSessions } : {}) };
  },
  fieldPaths: (draft) => [draft.adjust, 'code', 'minSessions'],
  Fields: DiscountFields,
};

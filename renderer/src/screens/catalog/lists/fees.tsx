// School fees: once or per year, due at enrollment or not, optional or not, and the
// programs they are for (none ticked = all).
import type { SchoolFee } from '../../../../../shared/pricing/types';
import { MoneyField, moneyText } from '../../../components/form';
import { fieldReader, namesOf, type FieldsProps, type ListSpec } from '../spec';
import { IdChecklist } from './IdChecklist';

type FeeDraft = { amount: string; per: 'once' | 'year'; dueAtEnrollment: boolean; optional: boolean; programs: string[] };

function FeeFields({ draft, change, errors, ctx, idPrefix }: FieldsProps<FeeDraft>) {
  const { t } = ctx;
  const programs = ctx.catalog.school?.programs ?? [];
  return (
    <>
      <div className="row">
        <MoneyField
          id={`${idPrefix}-amount`}
          label={t('fees.amount')}
          value={draft.amount}
          onChange={(amount) => change({ amount })}
          error={errors.amount}
          currency={ctx.currency}
        />
        <div className="form-field">
          <label htmlFor={`${idPrefix}-per`}>{t('fees.per')}</label>
          <select
            id={`${idPrefix}-per`}
            value={draft.per}
            onChange={(e) => change({ per: e.target.value === 'year' ? 'year' : 'once' })}
          >
            <option value="once">{t('fees.perOnce')}</option>
            <option value="year">{t('fees.perYear')}</option>
          </select>
        </div>
      </div>
      <div className="row">
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.dueAtEnrollment}
            onChange={(e) => change({ dueAtEnrollment: e.target.checked })}
          />
          {t('fees.dueAtEnrollment')}
        </label>
        <label className="inline">
          <input type="checkbox" checked={draft.optional} onChange={(e) => change({ optional: e.target.checked })} />
          {t('fees.optional')}
        </label>
      </div>
      {programs.length > 0 && (
        <IdChecklist
          legend={t('fees.programs')}
          hint={t('fees.programsHint')}
          options={programs}
          checked={draft.programs}
          onChange={(ids) => change({ programs: ids })}
          lang={ctx.lang}
          error={errors.programs}
          errorId={`${idPrefix}-programs-error`}
        />
      )}
    </>
  );
}

export const feesSpec: ListSpec<SchoolFee, FeeDraft> = {
  list: 'fees',
  school: true,
  entries: (catalog) => catalog.school?.fees ?? [],
  columns: [
    { header: 'columns.amount', money: true, cell: (f, ctx) => ctx.money(f.amount) },
    { header: 'columns.per', cell: (f, ctx) => ctx.t(f.per === 'year' ? 'fees.perYear' : 'fees.perOnce') },
    {
      header: 'columns.feeNotes',
      cell: (f, ctx) =>
        [f.dueAtEnrollment ? ctx.t('fees.dueAtEnrollment') : '', f.optional ? ctx.t('fees.optional') : '']
          .filter(Boolean)
          .join(', '),
    },
    {
      header: 'columns.programs',
      cell: (f, ctx) =>
        f.programs ? namesOf(ctx.catalog.school?.programs ?? [], f.programs, ctx.lang) : ctx.t('fees.allPrograms'),
    },
  ],
  emptyDraft: () => ({ amount: '', per: 'once', dueAtEnrollment: false, optional: false, programs: [] }),
  toDraft: (f, ctx) => ({
    amount: moneyText(f.amount, ctx.currency),
    per: f.per,
    dueAtEnrollment: f.dueAtEnrollment,
    optional: f.optional,
    programs: f.programs ?? [],
  }),
  build(draft, ctx, errors) {
    const amount = fieldReader(ctx, errors).money('amount', draft.amount);
    if (amount === undefined) return null;
    return {
      amount,
      per: draft.per,
      dueAtEnrollment: draft.dueAtEnrollment,
      optional: draft.optional,
      ...(draft.programs.length > 0 ? { programs: draft.programs } : {}),
    };
  },
  fieldPaths: () => ['amount', 'per', 'programs'],
  Fields: FeeFields,
};

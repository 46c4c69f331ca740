// School programs: hours, months and tuition. The first program starts the school.
import type { Program } from '../../../../../shared/pricing/types';
import { MoneyField, NumberField, moneyText } from '../../../components/form';
import { fieldReader, type FieldsProps, type ListSpec } from '../spec';

type ProgramDraft = { hours: string; months: string; tuition: string };

function ProgramFields({ draft, change, errors, ctx, idPrefix }: FieldsProps<ProgramDraft>) {
  const { t } = ctx;
  return (
    <div className="row">
      <NumberField
        id={`${idPrefix}-hours`}
        label={t('programs.hours')}
        value={draft.hours}
        onChange={(hours) => change({ hours })}
        error={errors.hours}
        whole
      />
      <NumberField
        id={`${idPrefix}-months`}
        label={t('programs.months')}
        value={draft.months}
        onChange={(months) => change({ months })}
        error={errors.months}
        whole
      />
      <MoneyField
        id={`${idPrefix}-tuition`}
        label={t('programs.tuition')}
        value={draft.tuition}
        onChange={(tuition) => change({ tuition })}
        error={errors.tuition}
        currency={ctx.currency}
      />
    </div>
  );
}

export const programsSpec: ListSpec<Program, ProgramDraft> = {
  list: 'programs',
  school: true,
  entries: (catalog) => catalog.school?.programs ?? [],
  columns: [
    { header: 'columns.hours', cell: (p, ctx) => ctx.t('programs.hoursCell', { n: p.hours }) },
    { header: 'columns.months', cell: (p, ctx) => ctx.t('programs.monthsCell', { n: p.months }) },
    { header: 'columns.tuition', money: true, cell: (p, ctx) => ctx.money(p.tuition) },
  ],
  emptyDraft: () => ({ hours: '', months: '', tuition: '' }),
  toDraft: (p, ctx) => ({ hours: String(p.hours), months: String(p.months), tuition: moneyText(p.tuition, ctx.currency) }),
  build(draft, ctx, errors) {
    const read = fieldReader(ctx, errors);
    const hours = read.number('hours', draft.hours, { min: 1, max: 100_000, whole: true });
    const months = read.number('months', draft.months, { min: 1, max: 240, whole: true });
    const tuition = read.money('tuition', draft.tuition);
    if (hours === undefined || months === undefined || tuition === undefined) return null;
    return { hours, months, tuition };
  },
  fieldPaths: () => ['hours', 'months', 'tuition'],
  Fields: ProgramFields,
};

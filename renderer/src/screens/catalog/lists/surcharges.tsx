// Surcharges: WHEN (a time window, weekdays, or dates) and HOW MUCH (percent or amount).
import type { Surcharge, SurchargeWhen } from '../../../../../shared/pricing/types';
import { TextField } from '../../../components/form';
import { isValidDate } from '../../../../../shared/pricing/dates';
import { formatDate } from '../../../format';
import type { FieldsProps, ListSpec, SpecContext } from '../spec';
import {
  PercentOrAmountFields,
  adjustmentDraft,
  formatAdjustment,
  readAdjustment,
  type Adjustment,
} from './PercentOrAmount';

type WhenKind = 'window' | 'weekdays' | 'dates';
type SurchargeDraft = Adjustment & { kind: WhenKind; from: string; to: string; weekdays: number[]; dates: string };

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

/** "9:00" or "09:00" -> "09:00"; null when it is not a 24-hour time. */
export function readTime(text: string): string | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

function kindOf(when: SurchargeWhen): WhenKind {
  return 'from' in when ? 'window' : 'weekdays' in when ? 'weekdays' : 'dates';
}

function describeWhen(when: SurchargeWhen, ctx: SpecContext): string {
  if ('from' in when) return ctx.t('surcharges.windowCell', { from: when.from, to: when.to });
  if ('weekdays' in when) return when.weekdays.map((d) => ctx.t(`weekdays.${d}`)).join(', ');
  return when.dates.map((d) => formatDate(d, ctx.lang)).join(', ');
}

function SurchargeFields({ draft, change, errors, ctx, idPrefix }: FieldsProps<SurchargeDraft>) {
  const { t } = ctx;
  const kinds: WhenKind[] = ['window', 'weekdays', 'dates'];
  return (
    <>
      <fieldset>
        <legend>{t('surcharges.when')}</legend>
        <div role="radiogroup" aria-label={t('surcharges.when')} className="row">
          {kinds.map((kind) => (
            <label key={kind} className="inline">
              <input
                type="radio"
                name={`${idPrefix}-kind`}
                checked={draft.kind === kind}
                onChange={() => change({ kind })}
              />
              {t(`surcharges.kind.${kind}`)}
            </label>
          ))}
        </div>
        {draft.kind === 'window' && (
          <div className="row">
            <TextField
              id={`${idPrefix}-from`}
              label={t('surcharges.from')}
              placeholder="22:00"
              value={draft.from}
              onChange={(from) => change({ from })}
              error={errors['when.from']}
              size={6}
            />
            <TextField
              id={`${idPrefix}-to`}
              label={t('surcharges.to')}
              placeholder="06:00"
              value={draft.to}
              onChange={(to) => change({ to })}
              error={errors['when.to']}
              hint={t('surcharges.windowHint')}
              size={6}
            />
          </div>
        )}
        {draft.kind === 'weekdays' && (
          <fieldset aria-describedby={errors['when.weekdays'] ? `${idPrefix}-weekdays-error` : undefined}>
            <legend>{t('surcharges.weekdays')}</legend>
            {WEEKDAYS.map((day) => (
              <label key={day} className="inline">
                <input
                  type="checkbox"
                  checked={draft.weekdays.includes(day)}
                  onChange={(e) =>
                    change({
                      weekdays: WEEKDAYS.filter((d) => (d === day ? e.target.checked : draft.weekdays.includes(d))),
                    })
                  }
                />
                {t(`weekdays.${day}`)}
              </label>
            ))}
            {errors['when.weekdays'] && (
              <p id={`${idPrefix}-weekdays-error`} className="field-error">
                {errors['when.weekdays']}
              </p>
            )}
          </fieldset>
        )}
        {draft.kind === 'dates' && (
          <TextField
            id={`${idPrefix}-dates`}
            label={t('surcharges.dates')}
            hint={t('surcharges.datesHint')}
            placeholder="2026-12-25, 2027-01-01"
            value={draft.dates}
            onChange={(dates) => change({ dates })}
            error={errors['when.dates']}
            size={40}
          />
        )}
      </fieldset>
      <PercentOrAmountFields
        legend={t('surcharges.value')}
        draft={draft}
        change={change}
        errors={errors}
        ctx={ctx}
        idPrefix={idPrefix}
      />
    </>
  );
}

export const surchargesSpec: ListSpec<Surcharge, SurchargeDraft> = {
  list: 'surcharges',
  entries: (catalog) => catalog.surcharges,
  columns: [
    { header: 'columns.when', cell: (s, ctx) => describeWhen(s.when, ctx) },
    { header: 'columns.value', money: true, cell: (s, ctx) => formatAdjustment(s, ctx) },
  ],
  emptyDraft: (ctx) => ({
    ...adjustmentDraft(undefined, ctx.currency),
    kind: 'window',
    from: '',
    to: '',
    weekdays: [],
    dates: '',
  }),
  toDraft: (s, ctx) => ({
    ...adjustmentDraft(s, ctx.currency),
    kind: kindOf(s.when),
    from: 'from' in s.when ? s.when.from : '',
    to: 'from' in s.when ? s.when.to : '',
    weekdays: 'weekdays' in s.when ? s.when.weekdays : [],
    dates: 'dates' in s.when ? s.when.dates.join(', ') : '',
  }),
  build(draft, ctx, errors) {
    const { t } = ctx;
    let when: SurchargeWhen | null = null;
    if (draft.kind === 'window') {
      const from = readTime(draft.from);
      const to = readTime(draft.to);
      if (!from) errors['when.from'] = t('validation.time');
      if (!to) errors['when.to'] = t('validation.time');
      if (from && to) when = { from, to };
    } else if (draft.kind === 'weekdays') {
      if (draft.weekdays.length === 0) errors['when.weekdays'] = t('validation.weekdaysRequired');
      else when = { weekdays: draft.weekdays };
    } else {
      const dates = draft.dates.split(/[\s,]+/).filter(Boolean);
      const bad = dates.find((d) => !isValidDate(d));
      if (dates.length === 0) errors['when.dates'] = t('validation.datesRequired');
      else if (bad) errors['when.dates'] = t('validation.date', { value: bad });
      else when = { dates: [...new Set(dates)] };
    }
    const value = readAdjustment(draft, ctx, errors);
    if (!when || !value) return null;
    return { when, ...value };
  },
  fieldPaths: (draft) => {
    const whenPaths: Record<WhenKind, string[]> = {
      window: ['when.from', 'when.to'],
      weekdays: ['when.weekdays'],
      dates: ['when.dates'],
    };
    return [...whenPaths[draft.kind], draft.adjust];
  },
  Fields: SurchargeFields,
};

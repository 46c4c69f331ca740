// Search box and filters of the calls list.
import { useId, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { OutcomeSelect } from '../../parts/calls/OutcomeSelect';
import { filterProblems, type FilterDraft } from './filters';

export function CallFilters(props: {
  draft: FilterDraft;
  searchRef: Ref<HTMLInputElement>;
  onSearchKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onChange: (patch: Partial<FilterDraft>) => void;
}) {
  const { t } = useTranslation('calls');
  const id = useId();
  const { draft } = props;
  const problems = filterProblems(draft);
  const dateError = problems.from || problems.to ? t('filter.dateInvalid') : problems.order ? t('filter.dateOrder') : '';
  return (
    <div className="call-filters card" role="search">
      <div className="row">
        <div className="grow">
          <label htmlFor={`${id}-text`}>{t('filter.search')}</label>
          <input
            id={`${id}-text`}
            ref={props.searchRef}
            type="search"
            autoFocus
            autoComplete="off"
            aria-keyshortcuts="Alt+S"
            placeholder={t('filter.searchPlaceholder')}
            value={draft.text}
            onKeyDown={props.onSearchKeyDown}
            onChange={(e) => props.onChange({ text: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-from`}>{t('filter.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            aria-invalid={problems.from || problems.order || undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            onChange={(e) => props.onChange({ from: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`}>{t('filter.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={draft.to}
            aria-invalid={problems.to || problems.order || undefined}
            aria-describedby={dateError ? `${id}-date-error` : undefined}
            onChange={(e) => props.onChange({ to: e.target.value })}
          />
        </div>
        <OutcomeSelect
          label={t('filter.outcome')}
          anyLabel={t('filter.any')}
          value={draft.outcome}
          onChange={(outcome) => props.onChange({ outcome })}
        />
        <div>
          <label htmlFor={`${id}-kind`}>{t('filter.kind')}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(e) => props.onChange({ kind: e.target.value as FilterDraft['kind'] })}
          >
            <option value="">{t('filter.any')}</option>
            <option value="session">{t('kind.session')}</option>
            <option value="enrollment">{t('kind.enrollment')}</option>
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" checked={draft.followUpDue} onChange={(e) => props.onChange({ followUpDue: e.target.checked })} />
          {t('filter.followUpDue')}
        </label>
      </div>
      {dateError && (
        <p id={`${id}-date-error`} className="field-error">
          {dateError}
        </p>
      )}
    </div>
  );
}

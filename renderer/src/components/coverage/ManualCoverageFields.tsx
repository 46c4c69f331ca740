// The fields of the manual coverage check: the plan, what the prescription says, its date
// and code. Memoised apart from the answer: a key in the quote changes the visit's price
// and the answer, not these fields (a date field, a code field with its suggestions, three
// radio buttons and the plans, which React would otherwise take up again on every key).
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../../shared/api/prescriptions';
import type { lookUpDiagnosisCode, searchDiagnosisCodes } from '../../../../shared/diagnosis';
import type { Lang } from '../../../../shared/vocabulary';
import { planLabel } from './visit';

export type Mode = 'none' | 'words' | 'code';

export const ManualCoverageFields = memo(function ManualCoverageFields(props: {
  plans: readonly PlanRecord[] | null;
  offered: readonly PlanRecord[];
  planId: string;
  onPlan: (planId: string) => void;
  mode: Mode;
  onMode: (mode: Mode) => void;
  issuedOn: string;
  onIssuedOn: (date: string) => void;
  code: string;
  onCode: (code: string) => void;
  lookup: ReturnType<typeof lookUpDiagnosisCode> | null;
  matches: ReturnType<typeof searchDiagnosisCodes>;
  currency: string;
  uiLang: Lang;
}) {
  const { t } = useTranslation('coverage');
  const id = useId();
  const otherCurrencies = [...new Set((props.plans ?? []).filter((p) => p.currency !== props.currency).map((p) => p.currency))];
  return (
    <>
      <label htmlFor={`${id}-plan`}>{t('panel.plan')}</label>
      <select id={`${id}-plan`} value={props.planId} onChange={(e) => props.onPlan(e.target.value)}>
        <option value="">{t('panel.noPlan')}</option>
        {props.offered.map((p) => (
          <option key={p.id} value={p.id}>
            {planLabel(t, p, props.uiLang)}
          </option>
        ))}
      </select>
      {props.plans && props.offered.length === 0 && <p className="muted">{t('panel.noPlans', { currency: props.currency })}</p>}
      {otherCurrencies.length > 0 && (
        <p className="muted">{t('panel.otherCurrency', { currency: props.currency, others: otherCurrencies.join(', ') })}</p>
      )}

      <fieldset>
        <legend>{t('panel.prescription')}</legend>
        {(['none', 'words', 'code'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${id}-mode`} value={m} checked={props.mode === m} onChange={() => props.onMode(m)} />
            {t(m === 'none' ? 'panel.prescriptionNone' : m === 'words' ? 'panel.prescriptionWords' : 'panel.prescriptionCode')}
          </label>
        ))}
      </fieldset>
      {props.mode !== 'none' && (
        <>
          <label htmlFor={`${id}-issued`}>{t('panel.issuedOn')}</label>
          <input id={`${id}-issued`} type="date" value={props.issuedOn} onChange={(e) => props.onIssuedOn(e.target.value)} />
        </>
      )}
      {props.mode === 'code' && (
        <>
          <label htmlFor={`${id}-code`}>{t('panel.code')}</label>
          <input
            id={`${id}-code`}
            value={props.code}
            placeholder={t('panel.codeSearch')}
            list={`${id}-codes`}
            autoComplete="off"
            aria-describedby={`${id}-code-note`}
            onChange={(e) => props.onCode(e.target.value)}
          />
          <datalist id={`${id}-codes`}>
            {props.matches.map((m) => (
              <option key={m.code} value={m.code}>
                {m[props.uiLang]}
              </option>
            ))}
          </datalist>
          <p id={`${id}-code-note`} className={props.lookup?.status === 'invalid' ? 'field-error' : 'muted'} aria-live="polite">
            {props.lookup?.status === 'listed' && t('panel.codeListed', { code: props.lookup.code, description: props.lookup.entry[props.uiLang] })}
            {props.lookup?.status === 'not-listed' &&
              (props.lookup.closest
                ? t('panel.codeNotListedNear', { code: props.lookup.code, closest: props.lookup.closest.code, description: props.lookup.closest[props.uiLang] })
                : t('panel.codeNotListed', { code: props.lookup.code }))}
            {props.lookup?.status === 'invalid' && t('panel.codeInvalid')}
          </p>
        </>
      )}
    </>
  );
});

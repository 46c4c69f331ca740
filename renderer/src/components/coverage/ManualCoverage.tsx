// "Will my plan cover it?" for a caller not on file: a plan and what their prescription says,
// chosen by hand. A caller not on file has no recorded usage this plan year.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../../shared/api/prescriptions';
import { lookUpDiagnosisCode, searchDiagnosisCodes } from '../../../../shared/diagnosis';
import type { Prescription } from '../../../../shared/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useCallerT } from '../../i18n/caller';
import { answerInWords, NO_USAGE } from './answer';
import { CoverageAnswerView } from './CoverageAnswerView';
import { planLabel, visitLine, type CoverageVisit } from './visit';

type Mode = 'none' | 'words' | 'code';

export function ManualCoverage(props: { visit: CoverageVisit | null; currency: string; uiLang: Lang; callerLang: Lang; today: string }) {
  const { t } = useTranslation('coverage');
  const callerT = useCallerT(props.callerLang, 'coverage');
  const id = useId();
  const [plans, setPlans] = useState<PlanRecord[] | null>(null);
  const [planId, setPlanId] = useState('');
  const [mode, setMode] = useState<Mode>('none');
  const [code, setCode] = useState('');
  const [issuedOn, setIssuedOn] = useState(props.today);

  useEffect(() => {
    let live = true;
    call('plans.list', {}).then(
      (all) => live && setPlans(all),
      () => live && setPlans([]),
    );
    return () => {
      live = false;
    };
  }, []);

  // Only plans in the price list's currency: without an exchange rate a plan's amounts
  // cannot be set against these prices (docs/prescriptions-decisions.md).
  const offered = useMemo(() => (plans ?? []).filter((p) => p.currency === props.currency), [plans, props.currency]);
  const plan = offered.find((p) => p.id === planId) ?? null;
  const lookup = mode === 'code' && code.trim() !== '' ? lookUpDiagnosisCode(code) : null;
  const matches = useMemo(() => (mode === 'code' && code.trim() ? searchDiagnosisCodes(code, 8) : []), [mode, code]);

  const prescription: Prescription | null = useMemo(() => {
    if (mode === 'none') return null;
    const diagnosis = mode === 'words' ? { text: 'words' } : lookup && lookup.status !== 'invalid' ? { code: lookup.code } : null;
    if (!diagnosis) return null;
    return { issuedOn, prescriber: { name: 'caller' }, diagnoses: [diagnosis], areas: [{ region: 'full-body' }] };
  }, [mode, lookup, issuedOn]);

  const answer = useMemo(() => {
    if (!plan || !props.visit || !callerT) return null;
    if (mode === 'code' && !prescription) return null;
    return answerInWords(callerT, props.callerLang, plan, prescription, props.visit, NO_USAGE);
  }, [plan, props.visit, props.callerLang, callerT, mode, prescription]);

  const otherCurrencies = [...new Set((plans ?? []).filter((p) => p.currency !== props.currency).map((p) => p.currency))];
  return (
    <>
      <label htmlFor={`${id}-plan`}>{t('panel.plan')}</label>
      <select id={`${id}-plan`} value={planId} onChange={(e) => setPlanId(e.target.value)}>
        <option value="">{t('panel.noPlan')}</option>
        {offered.map((p) => (
          <option key={p.id} value={p.id}>
            {planLabel(t, p, props.uiLang)}
          </option>
        ))}
      </select>
      {plans && offered.length === 0 && <p className="muted">{t('panel.noPlans', { currency: props.currency })}</p>}
      {otherCurrencies.length > 0 && (
        <p className="muted">{t('panel.otherCurrency', { currency: props.currency, others: otherCurrencies.join(', ') })}</p>
      )}

      <fieldset>
        <legend>{t('panel.prescription')}</legend>
        {(['none', 'words', 'code'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(m === 'none' ? 'panel.prescriptionNone' : m === 'words' ? 'panel.prescriptionWords' : 'panel.prescriptionCode')}
          </label>
        ))}
      </fieldset>
      {mode !== 'none' && (
        <>
          <label htmlFor={`${id}-issued`}>{t('panel.issuedOn')}</label>
          <input id={`${id}-issued`} type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} />
        </>
      )}
      {mode === 'code' && (
        <>
          <label htmlFor={`${id}-code`}>{t('panel.code')}</label>
          <input
            id={`${id}-code`}
            value={code}
            placeholder={t('panel.codeSearch')}
            list={`${id}-codes`}
            autoComplete="off"
            aria-describedby={`${id}-code-note`}
            onChange={(e) => setCode(e.target.value)}
          />
          <datalist id={`${id}-codes`}>
            {matches.map((m) => (
              <option key={m.code} value={m.code}>
                {m[props.uiLang]}
              </option>
            ))}
          </datalist>
          <p id={`${id}-code-note`} className={lookup?.status === 'invalid' ? 'field-error' : 'muted'} aria-live="polite">
            {lookup?.status === 'listed' && t('panel.codeListed', { code: lookup.code, description: lookup.entry[props.uiLang] })}
            {lookup?.status === 'not-listed' &&
              (lookup.closest
                ? t('panel.codeNotListedNear', { code: lookup.code, closest: lookup.closest.code, description: lookup.closest[props.uiLang] })
                : t('panel.codeNotListed', { code: lookup.code }))}
            {lookup?.status === 'invalid' && t('panel.codeInvalid')}
          </p>
        </>
      )}

      {visitLine(t, { visit: props.visit, currency: props.currency, uiLang: props.uiLang, show: plan !== null })}
      {answer && <CoverageAnswerView answer={answer} callerLang={props.callerLang} />}
    </>
  );
}

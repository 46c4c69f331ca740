// "Will my plan cover it?" for a caller not on file: a plan and what their prescription says,
// chosen by hand. A caller not on file has no recorded usage this plan year.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord } from '../../../../shared/api/prescriptions';
import { lookUpDiagnosisCode, searchDiagnosisCodes } from '../../../../shared/diagnosis';
import type { Prescription } from '../../../../shared/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useCallerT } from '../../i18n/caller';
import { answerInWords, NO_USAGE } from './answer';
import { CoverageAnswerView } from './CoverageAnswerView';
import { ManualCoverageFields, type Mode } from './ManualCoverageFields';
import { visitLine, type CoverageVisit } from './visit';

export function ManualCoverage(props: { visit: CoverageVisit | null; currency: string; uiLang: Lang; callerLang: Lang; today: string }) {
  const { t } = useTranslation('coverage');
  const callerT = useCallerT(props.callerLang, 'coverage');
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
  const lookup = useMemo(() => (mode === 'code' && code.trim() !== '' ? lookUpDiagnosisCode(code) : null), [mode, code]);
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

  return (
    <>
      <ManualCoverageFields
        plans={plans}
        offered={offered}
        planId={planId}
        onPlan={setPlanId}
        mode={mode}
        onMode={setMode}
        issuedOn={issuedOn}
        onIssuedOn={setIssuedOn}
        code={code}
        onCode={setCode}
        lookup={lookup}
        matches={matches}
        currency={props.currency}
        uiLang={props.uiLang}
      />
      {visitLine(t, { visit: props.visit, currency: props.currency, uiLang: props.uiLang, show: plan !== null })}
      {answer && <CoverageAnswerView answer={answer} callerLang={props.callerLang} />}
    </>
  );
}

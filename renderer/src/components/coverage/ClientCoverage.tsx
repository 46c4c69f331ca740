// "Will my plan cover it?" for a client on file: their policy and their current prescription
// are chosen automatically (both can be changed), and the plan year's usage comes from their
// recorded covered visits (asked once per policy and plan year from the main process; the
// answer itself is computed here with the same pure rules, so a key in the quote shows it in
// the same frame).
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord, PolicyRecord, PrescriptionRecord } from '../../../../shared/api/prescriptions';
import { planFromRecord, planYear, type CoverageUsage } from '../../../../shared/coverage';
import { prescriptionFromRecord } from '../../../../shared/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { errorMessage } from '../../errors';
import { useCallerT } from '../../i18n/caller';
import { formatDate } from '../../format';
import { clientRecords } from '../prescriptions/changes';
import { prescriptionLabel } from '../prescriptions/label';
import { answerInWords } from './answer';
import { CoverageAnswerView } from './CoverageAnswerView';
import { ManualCoverage } from './ManualCoverage';
import { planLabel, visitLine, type CoverageVisit } from './visit';

type Records = { policies: PolicyRecord[]; prescriptions: PrescriptionRecord[]; plans: PlanRecord[] };

export const inForce = (p: Pick<PolicyRecord, 'validFrom' | 'validTo'>, date: string) =>
  (p.validFrom === null || date >= p.validFrom) && (p.validTo === null || date <= p.validTo);

function yearKey(policy: PolicyRecord, plan: PlanRecord, date: string): string | null {
  try {
    // Usage counts the covered visits up to the visit's date (the spec's "before this visit").
    return `${policy.id}:${planYear(planFromRecord(plan), date).from}:${date}`;
  } catch {
    return null;
  }
}

/** Loads the client's policies, prescriptions and the plans; again when their records change. */
function useClientRecords(clientId: number): { records: Records | null; failure: string; version: number } {
  const { t } = useTranslation(['coverage', 'errors']);
  const [state, setState] = useState<{ records: Records | null; failure: string; version: number }>({ records: null, failure: '', version: 0 });
  const load = useCallback(() => {
    Promise.all([
      call('policies.list', { clientId }),
      call('prescriptions.list', { clientId }),
      call('plans.list', { includeArchived: true }),
    ]).then(
      ([policies, prescriptions, plans]) =>
        setState((s) => ({ records: { policies, prescriptions: prescriptions.map((x) => x.prescription), plans }, failure: '', version: s.version + 1 })),
      (error: unknown) => setState((s) => ({ ...s, failure: errorMessage(t, error) })),
    );
  }, [clientId, t]);
  useEffect(() => {
    load();
    return clientRecords.subscribe((id) => id === clientId && load());
  }, [clientId, load]);
  return state;
}

export function ClientCoverage(props: {
  clientId: number;
  clientName: string;
  visit: CoverageVisit | null;
  currency: string;
  uiLang: Lang;
  callerLang: Lang;
  today: string;
  noVisitKey?: string;
}) {
  const { t } = useTranslation(['coverage', 'errors']);
  const callerT = useCallerT(props.callerLang, 'coverage');
  const id = useId();
  const { records, failure, version } = useClientRecords(props.clientId);
  // null = chosen automatically; the receptionist can pick another.
  const [policyChoice, setPolicyChoice] = useState<number | null>(null);
  const [rxChoice, setRxChoice] = useState<number | 'none' | null>(null);
  const [usage, setUsage] = useState<{ version: number; byDate: Map<string, CoverageUsage | 'failed'> }>({ version: 0, byDate: new Map() });

  const planOf = useCallback((p: PolicyRecord) => records?.plans.find((x) => x.id === p.planId) ?? null, [records]);
  const active = useMemo(() => (records?.policies ?? []).filter((p) => !p.archived), [records]);
  const date = props.visit?.date ?? null;
  const policy = useMemo(() => {
    const chosen = policyChoice === null ? undefined : active.find((p) => p.id === policyChoice); // gone if archived since
    if (chosen) return chosen;
    const usable = active.filter((p) => planOf(p)?.currency === props.currency);
    return usable.find((p) => date === null || inForce(p, date)) ?? usable[0] ?? active[0] ?? null;
  }, [active, policyChoice, planOf, props.currency, date]);
  const plan = policy ? planOf(policy) : null;
  const prescriptions = records?.prescriptions ?? [];
  const current = prescriptions.find((p) => p.replacedBy === null) ?? null;
  const rx = rxChoice === 'none' ? null : rxChoice === null ? current : (prescriptions.find((p) => p.id === rxChoice) ?? null);

  const currencyOk = plan !== null && plan.currency === props.currency;
  const policyOk = policy !== null && (date === null || inForce(policy, date));
  const key = policy && plan && date ? yearKey(policy, plan, date) : null;
  const known = key !== null && usage.version === version ? usage.byDate.get(key) : undefined;

  // The plan year's usage before the visit, from the client's recorded covered visits (once per
  // policy and date; the visit's minutes and price do not change it, so keys in the quote ask
  // nothing).
  const latestVisit = useRef(props.visit);
  latestVisit.current = props.visit;
  const hasVisit = props.visit !== null;
  useEffect(() => {
    const visit = latestVisit.current;
    if (!visit || !policy || !currencyOk || !policyOk || key === null || known !== undefined) return;
    let live = true;
    const remember = (value: CoverageUsage | 'failed') =>
      live &&
      setUsage((u) => {
        const byDate = new Map(u.version === version ? u.byDate : []);
        byDate.set(key, value);
        return { version, byDate };
      });
    call('coverage.check', { ...visit, policyId: policy.id }).then(
      (answer) => remember(answer.usage),
      () => remember('failed'),
    );
    return () => {
      live = false;
    };
  }, [hasVisit, policy, currencyOk, policyOk, key, known, version]);

  const answer = useMemo(() => {
    if (!plan || !props.visit || !callerT || !currencyOk || !policyOk || !known || known === 'failed') return null;
    return answerInWords(callerT, props.callerLang, plan, rx ? prescriptionFromRecord(rx) : null, props.visit, known);
  }, [plan, props.visit, callerT, currencyOk, policyOk, known, props.callerLang, rx]);

  if (failure) return <p role="alert">{failure}</p>;
  if (!records) return null;
  if (active.length === 0) {
    // Nothing on file to answer from: the plan and prescription are chosen by hand.
    return (
      <>
        <p>{t('client.noPolicy', { name: props.clientName })}</p>
        <ManualCoverage visit={props.visit} currency={props.currency} uiLang={props.uiLang} callerLang={props.callerLang} today={props.today} />
      </>
    );
  }
  return (
    <>
      <p className="muted">{t('client.intro', { name: props.clientName })}</p>
      <div className="form-field">
          <label htmlFor={`${id}-policy`}>{t('client.policy')}</label>
          <select id={`${id}-policy`} value={policy?.id ?? ''} onChange={(e) => setPolicyChoice(Number(e.target.value))}>
            {active.map((p) => {
              const pl = planOf(p);
              const name = pl ? planLabel(t, pl, props.uiLang) : p.planId;
              return (
                <option key={p.id} value={p.id}>
                  {p.memberId ? t('client.policyOption', { plan: name, member: p.memberId }) : name}
                </option>
              );
            })}
          </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-rx`}>{t('client.prescription')}</label>
        <select
          id={`${id}-rx`}
          value={rx?.id ?? 'none'}
          onChange={(e) => setRxChoice(e.target.value === 'none' ? 'none' : Number(e.target.value))}
        >
          <option value="none">{t('panel.prescriptionNone')}</option>
          {prescriptions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.replacedBy === null ? t('client.current', { label: prescriptionLabel(t, p, props.uiLang) }) : prescriptionLabel(t, p, props.uiLang)}
            </option>
          ))}
        </select>
      </div>
      {plan && !currencyOk && (
        <p role="note" className="coverage-notice">
          {t('client.otherCurrency', { plan: plan.name[props.uiLang], planCurrency: plan.currency, priceCurrency: props.currency })}
        </p>
      )}
      {policy && currencyOk && !policyOk && date && (
        <p role="note" className="coverage-notice">
          {policy.validTo !== null && date > policy.validTo
            ? t('client.policyEnded', { date: formatDate(date, props.uiLang), validTo: formatDate(policy.validTo, props.uiLang) })
            : t('client.policyNotStarted', { date: formatDate(date, props.uiLang), validFrom: formatDate(policy.validFrom ?? '', props.uiLang) })}
        </p>
      )}
      {known === 'failed' && <p role="alert">{t('client.usageFailed')}</p>}
      {visitLine(t, { visit: props.visit, currency: props.currency, uiLang: props.uiLang, show: policy !== null, noVisitKey: props.noVisitKey })}
      {answer && <CoverageAnswerView answer={answer} callerLang={props.callerLang} />}
    </>
  );
}

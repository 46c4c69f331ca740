// A client's insurance policies on their page: the list (plan, member id, holder, dates),
// adding one (checked inline: a plan, real dates, the end not before the start) and archiving
// or restoring one. A policy of a plan in another currency than the price list is kept but
// said to be unusable for coverage answers (no exchange rate).
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord, PolicyRecord } from '../../../../shared/api/prescriptions';
import { isValidDate } from '../../../../shared/pricing/dates';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { errorMessage } from '../../errors';
import { formatDate } from '../../format';
import { FieldError, invalidProps, TextField } from '../form';
import { useOneSave } from '../form/saving';
import { clientRecords } from '../prescriptions/changes';
import { planLabel } from './visit';
import { differs, useLeaveGuard } from '../../state/leave-guard';

type Fields = { planId: string; memberId: string; holder: string; validFrom: string; validTo: string };
const empty: Fields = { planId: '', memberId: '', holder: '', validFrom: '', validTo: '' };
type Problems = Partial<Record<keyof Fields, string>>;

function check(fields: Fields, t: (key: string) => string): Problems {
  const problems: Problems = {};
  if (!fields.planId) problems.planId = t('policies.needPlan');
  for (const key of ['validFrom', 'validTo'] as const) {
    const value = fields[key].trim();
    if (value !== '' && !isValidDate(value)) problems[key] = t('policies.badDate');
  }
  if (!problems.validFrom && !problems.validTo && fields.validFrom && fields.validTo && fields.validTo < fields.validFrom) {
    problems.validTo = t('policies.toBeforeFrom');
  }
  return problems;
}

export function ClientPolicies(props: { clientId: number; lang: Lang; currency: string }) {
  const { t } = useTranslation(['coverage', 'errors', 'common']);
  const id = useId();
  const { saving, run } = useOneSave(); // a double Enter adds one policy
  const [policies, setPolicies] = useState<PolicyRecord[] | null>(null);
  const [plans, setPlans] = useState<PlanRecord[]>([]);
  const [fields, setFields] = useState<Fields>(empty);
  const [problems, setProblems] = useState<Problems>({});
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  useLeaveGuard(differs(fields, empty));

  const load = useCallback(() => {
    Promise.all([call('policies.list', { clientId: props.clientId }), call('plans.list', { includeArchived: true })]).then(
      ([p, all]) => {
        setPolicies(p);
        setPlans(all);
      },
      (error: unknown) => setFailure(errorMessage(t, error)),
    );
  }, [props.clientId, t]);
  useEffect(load, [load]);

  const planOf = (planId: string) => plans.find((p) => p.id === planId) ?? null;
  const nameOf = (planId: string) => {
    const plan = planOf(planId);
    return plan ? planLabel(t, plan, props.lang) : planId;
  };
  // Inline: once a save was tried, every change is checked again.
  const set = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    setStatus('');
    if (tried) setProblems(check(next, t));
  };

  async function add(event: FormEvent) {
    event.preventDefault();
    await run(send);
  }

  async function send() {
    setTried(true);
    const found = check(fields, t);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    try {
      const policy = await call('policies.create', {
        clientId: props.clientId,
        planId: fields.planId,
        memberId: fields.memberId.trim(),
        holder: fields.holder.trim(),
        validFrom: fields.validFrom.trim() || null,
        validTo: fields.validTo.trim() || null,
      });
      setFields(empty);
      setTried(false);
      setFailure('');
      setStatus(t('policies.added', { plan: nameOf(policy.planId) }));
      load();
      clientRecords.changed(props.clientId);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  async function archive(policy: PolicyRecord) {
    try {
      await call('policies.archive', { id: policy.id, archived: !policy.archived });
      load();
      clientRecords.changed(props.clientId);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  const offered = plans.filter((p) => !p.archived);
  const day = (iso: string) => formatDate(iso, props.lang);
  const validity = (p: PolicyRecord) =>
    p.validFrom && p.validTo
      ? t('policies.validBoth', { from: day(p.validFrom), to: day(p.validTo) })
      : p.validFrom
        ? t('policies.validSince', { from: day(p.validFrom) })
        : p.validTo
          ? t('policies.validUntil', { to: day(p.validTo) })
          : '';

  return (
    <section className="card client-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('policies.heading')}</h2>
      {policies && policies.length === 0 && <p className="muted">{t('policies.none')}</p>}
      {policies && policies.length > 0 && (
        <ul aria-label={t('policies.list')} className="policy-list">
          {policies.map((p) => {
            const plan = planOf(p.planId);
            const details = [
              p.memberId && t('policies.member', { id: p.memberId }),
              p.holder && t('policies.holderIs', { name: p.holder }),
              validity(p),
              plan && plan.currency !== props.currency && t('policies.otherCurrency', { currency: plan.currency, priceCurrency: props.currency }),
              p.archived && t('policies.archived'),
            ].filter(Boolean);
            return (
              <li key={p.id} className={p.archived ? 'inactive' : undefined}>
                <strong>{nameOf(p.planId)}</strong>
                {details.length > 0 && ` · ${details.join(' · ')}`}{' '}
                <button type="button" onClick={() => void archive(p)}>
                  {t(p.archived ? 'policies.restore' : 'policies.archive', { plan: nameOf(p.planId) })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form aria-label={t('policies.new')} onSubmit={(e) => void add(e)} noValidate>
        <h3>{t('policies.new')}</h3>
        <div className="row">
          <div className="form-field">
            <label htmlFor={`${id}-planId`}>{t('policies.plan')}</label>
            <select id={`${id}-planId`} value={fields.planId} onChange={(e) => set({ planId: e.target.value })} {...invalidProps(`${id}-planId`, problems.planId)}>
              <option value="">{t('policies.choosePlan')}</option>
              {offered.map((p) => (
                <option key={p.id} value={p.id}>
                  {planLabel(t, p, props.lang)}
                </option>
              ))}
            </select>
            <FieldError fieldId={`${id}-planId`} message={problems.planId} />
          </div>
          <TextField id={`${id}-memberId`} label={t('policies.memberId')} value={fields.memberId} onChange={(memberId) => set({ memberId })} maxLength={100} autoComplete="off" />
          <TextField id={`${id}-holder`} label={t('policies.holder')} hint={t('policies.holderHint')} value={fields.holder} onChange={(holder) => set({ holder })} maxLength={100} />
          <TextField id={`${id}-validFrom`} type="date" label={t('policies.validFrom')} value={fields.validFrom} onChange={(validFrom) => set({ validFrom })} error={problems.validFrom} />
          <TextField id={`${id}-validTo`} type="date" label={t('policies.validTo')} value={fields.validTo} onChange={(validTo) => set({ validTo })} error={problems.validTo} />
        </div>
        <button type="submit" disabled={saving}>
          {t('policies.add')}
        </button>
        {saving && <p role="status">{t('common:saving')}</p>}
        {status && <p role="status">{status}</p>}
        {failure && <p role="alert">{failure}</p>}
      </form>
    </section>
  );
}

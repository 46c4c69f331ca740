// Recording a visit: date, service and duration (the price from the price list, editable) or
// minutes typed, the prescription used, areas treated (the list picker of the body map),
// therapist, and the policy it is billed to (its covered visits count toward the plan year's
// usage that the coverage answer reads). checkVisit runs (in the main process, against the visits already
// recorded) on every change, and every finding is shown in words; a visit outside the
// prescription is saved only after the user ticks the confirmation, and is marked as such.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRecord, PolicyRecord, PrescriptionStatus } from '../../../../shared/api/prescriptions';
import type { Area } from '../../../../shared/body/areas';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { errorMessage } from '../../errors';
import { AreaPicker } from '../body-map';
import { useOneSave } from '../form/saving';
import { planLabel } from '../coverage/visit';
import { clientRecords } from './changes';
import { prescriptionLabel } from './label';
import { useVisitCheck, VisitFindings } from './visit-check';
import { firstChoice, readChoice, ServiceFields, type ServiceChoice } from './ServiceFields';
import { differs, useLeaveGuard } from '../../state/leave-guard';

/** The client's policies that can be billed: not archived, in the price list's currency. */
function useBillablePolicies(clientId: number, currency: string) {
  const [state, setState] = useState<{ policies: PolicyRecord[]; plans: PlanRecord[] }>({ policies: [], plans: [] });
  const load = useCallback(() => {
    Promise.all([call('policies.list', { clientId }), call('plans.list', { includeArchived: true })]).then(
      ([policies, plans]) => setState({ policies, plans }),
      () => setState({ policies: [], plans: [] }), // then the visit is recorded without insurance
    );
  }, [clientId]);
  useEffect(() => {
    load();
    return clientRecords.subscribe((id) => id === clientId && load());
  }, [clientId, load]);
  const planOf = (p: PolicyRecord) => state.plans.find((x) => x.id === p.planId) ?? null;
  return state.policies.filter((p) => !p.archived && planOf(p)?.currency === currency).map((p) => ({ policy: p, plan: planOf(p)! }));
}

export function VisitRecorder(props: { clientId: number; prescriptions: PrescriptionStatus[]; lang: Lang; today: string; onSaved: () => void }) {
  const { t } = useTranslation(['coverage', 'errors', 'common']);
  const { catalog } = useAppData();
  const id = useId();
  const { saving, run } = useOneSave(); // a double Enter records one visit
  const billable = useBillablePolicies(props.clientId, catalog.currency);
  const [service, setService] = useState<ServiceChoice>(() => firstChoice(catalog));
  const [policyId, setPolicyId] = useState<number | null>(null);
  const current = props.prescriptions.find((s) => s.prescription.replacedBy === null) ?? null;
  const [date, setDate] = useState(props.today);
  // The current prescription (a replacement recorded meanwhile included) until the user picks one.
  const [picked, setPicked] = useState<{ id: number | null } | null>(null);
  const prescriptionId = picked ? picked.id : (current?.prescription.id ?? null);
  const [areas, setAreas] = useState<Area[]>([]);
  const [therapist, setTherapist] = useState('');
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  // Leaving asks while anything differs from the form as it opened or was last saved: the
  // areas (emptied by a save), or the service, price, date, plan or therapist chosen (kept
  // by a save for the next visit, on purpose).
  const shown = { service, policyId, date, therapist, picked };
  const [baseline, setBaseline] = useState(shown);
  useLeaveGuard(areas.length > 0 || differs(shown, baseline));

  const read = readChoice(service, catalog.currency);
  const whole = read.minutes ?? 0;
  const ready = areas.length > 0 && read.minutes !== null && read.price !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const { check, outside, confirmed, setConfirmed, mayRecord } = useVisitCheck(
    { clientId: props.clientId, prescriptionId, date, minutes: whole, areas },
    ready,
  );
  const rx = props.prescriptions.find((s) => s.prescription.id === prescriptionId)?.prescription ?? null;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (mayRecord) await run(send);
  }

  async function send() {
    // What was said of the last save does not stand for this one.
    setStatus('');
    setFailure('');
    try {
      const chosen = catalog.services.find((s) => s.id === service.serviceId);
      const billed = billable.some((b) => b.policy.id === policyId) ? policyId : null;
      await call('visits.create', {
        clientId: props.clientId,
        prescriptionId,
        date,
        minutes: whole,
        areas,
        therapist,
        serviceId: chosen?.id ?? '',
        serviceName: chosen?.name ?? { ko: '', en: '' },
        price: read.price ?? 0,
        policyId: billed,
        confirmOutside: outside && confirmed,
      });
      clientRecords.changed(props.clientId);
      setStatus(outside ? t('rx.savedOutside') : t('rx.saved'));
      setAreas([]);
      setBaseline(shown);
      props.onSaved();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  return (
    <form aria-label={t('rx.record')} onSubmit={(e) => void save(e)} className="visit-recorder">
      <h3>{t('rx.record')}</h3>
      <div className="row">
        <div className="form-field">
          <label htmlFor={`${id}-date`}>{t('rx.date')}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-rx`}>{t('rx.usePrescription')}</label>
          <select id={`${id}-rx`} value={prescriptionId ?? ''} onChange={(e) => setPicked({ id: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('rx.noPrescription')}</option>
            {props.prescriptions.map((s) => (
              <option key={s.prescription.id} value={s.prescription.id}>
                {prescriptionLabel(t, s.prescription, props.lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-policy`}>{t('rx.policy')}</label>
          <select id={`${id}-policy`} value={policyId ?? ''} onChange={(e) => setPolicyId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('rx.noPolicy')}</option>
            {billable.map(({ policy, plan }) => (
              <option key={policy.id} value={policy.id}>
                {policy.memberId ? t('client.policyOption', { plan: planLabel(t, plan, props.lang), member: policy.memberId }) : planLabel(t, plan, props.lang)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ServiceFields idPrefix={`${id}-service`} catalog={catalog} lang={props.lang} value={service} onChange={setService} />
      <AreaPicker value={areas} onChange={setAreas} label={t('rx.treated')} idPrefix={`${id}-areas`} />
      <div className="form-field">
        <label htmlFor={`${id}-therapist`}>{t('rx.therapist')}</label>
        <input id={`${id}-therapist`} value={therapist} onChange={(e) => setTherapist(e.target.value)} maxLength={100} />
      </div>
      <VisitFindings check={check} prescription={rx} lang={props.lang} confirmed={confirmed} onConfirm={setConfirmed} />
      <button type="submit" disabled={!mayRecord || saving}>
        {t('rx.save')}
      </button>
      {saving && <p role="status">{t('common:saving')}</p>}
      {status && <p role="status">{status}</p>}
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}

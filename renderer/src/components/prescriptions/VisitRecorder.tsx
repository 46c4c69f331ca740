// Recording a visit: date, minutes, the prescription used, areas treated (the list picker of
// the body map), therapist. checkVisit runs (in the main process, against the visits already
// recorded) on every change, and every finding is shown in words; a visit outside the
// prescription is saved only after the user ticks the confirmation, and is marked as such.
// The therapist's variant records today's visit only (the hub dates it and names the
// therapist after the tablet), through therapist.recordVisit.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrescriptionStatus } from '../../../../shared/api/prescriptions';
import type { Area } from '../../../../shared/body/areas';
import type { VisitCheck } from '../../../../shared/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { errorMessage } from '../../errors';
import { AreaPicker } from '../body-map';
import { findingSentence } from './findings';
import { rulesOf } from './PrescriptionStatusCard';

export function VisitRecorder(props: {
  clientId: number;
  prescriptions: PrescriptionStatus[];
  lang: Lang;
  today: string;
  onSaved: () => void;
  variant?: 'desk' | 'therapist';
}) {
  const atDesk = props.variant !== 'therapist';
  const { t } = useTranslation(['coverage', 'errors']);
  const id = useId();
  const current = props.prescriptions.find((s) => s.prescription.replacedBy === null) ?? null;
  const [date, setDate] = useState(props.today);
  const [minutes, setMinutes] = useState('60');
  const [prescriptionId, setPrescriptionId] = useState<number | null>(current?.prescription.id ?? null);
  const [areas, setAreas] = useState<Area[]>([]);
  const [therapist, setTherapist] = useState('');
  const [check, setCheck] = useState<VisitCheck | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');

  const whole = Number(minutes);
  const ready = areas.length > 0 && Number.isSafeInteger(whole) && whole >= 1 && /^\d{4}-\d{2}-\d{2}$/.test(date);
  useEffect(() => {
    if (!ready) {
      setCheck(null);
      return;
    }
    let live = true;
    call('visits.check', { clientId: props.clientId, prescriptionId, date, minutes: whole, areas }).then(
      (result) => live && setCheck(result),
      () => live && setCheck(null),
    );
    setConfirmed(false);
    return () => {
      live = false;
    };
  }, [props.clientId, prescriptionId, date, whole, areas, ready]);

  const rx = props.prescriptions.find((s) => s.prescription.id === prescriptionId)?.prescription ?? null;
  const rules = rx ? rulesOf(rx) : null;
  const outside = check !== null && !check.withinPrescription;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!ready || !check || (outside && !confirmed)) return;
    try {
      const visit = { clientId: props.clientId, prescriptionId, minutes: whole, areas, confirmOutside: outside && confirmed };
      if (atDesk) await call('visits.create', { ...visit, date, therapist });
      else await call('therapist.recordVisit', visit);
      setStatus(outside ? t('rx.savedOutside') : t('rx.saved'));
      setAreas([]);
      setFailure('');
      props.onSaved();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  return (
    <form aria-label={t('rx.record')} onSubmit={(e) => void save(e)} className="visit-recorder">
      <h3>{t('rx.record')}</h3>
      <div className="row">
        {atDesk && (
          <div className="form-field">
            <label htmlFor={`${id}-date`}>{t('rx.date')}</label>
            <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
        )}
        <div className="form-field">
          <label htmlFor={`${id}-minutes`}>{t('rx.minutes')}</label>
          <input id={`${id}-minutes`} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} size={5} />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-rx`}>{t('rx.usePrescription')}</label>
          <select id={`${id}-rx`} value={prescriptionId ?? ''} onChange={(e) => setPrescriptionId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('rx.noPrescription')}</option>
            {props.prescriptions.map((s) => (
              <option key={s.prescription.id} value={s.prescription.id}>
                {t('rx.prescription', { issuedOn: s.prescription.issuedOn, prescriber: s.prescription.prescriber.name })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AreaPicker value={areas} onChange={setAreas} label={t('rx.treated')} idPrefix={`${id}-areas`} />
      {atDesk && (
        <div className="form-field">
          <label htmlFor={`${id}-therapist`}>{t('rx.therapist')}</label>
          <input id={`${id}-therapist`} value={therapist} onChange={(e) => setTherapist(e.target.value)} maxLength={100} />
        </div>
      )}
      <div aria-live="polite">
        {check && check.withinPrescription && <p>{t('rx.within')}</p>}
        {outside && (
          <div role="alert">
            <ul className="visit-findings">
              {check.findings.map((f) => (
                <li key={f.code}>{findingSentence(t, props.lang, f, rules)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {outside && (
        <label>
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t('rx.confirmOutside')}
        </label>
      )}
      <button type="submit" disabled={!ready || !check || (outside && !confirmed)}>
        {t('rx.save')}
      </button>
      {status && <p role="status">{status}</p>}
      {failure && <p role="alert">{failure}</p>}
    </form>
  );
}

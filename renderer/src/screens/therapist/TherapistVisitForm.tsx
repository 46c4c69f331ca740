// The therapist records today's visit: minutes and the areas treated (the body map's list
// picker), checked against the current prescription as at the desk (visit-check), outside it
// only after confirming. No date (the hub's today), no therapist field (the tablet's name),
// no service, price or policy: therapist.recordVisit takes none of them.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrescriptionStatus } from '../../../../shared/api/prescriptions';
import type { Area } from '../../../../shared/body/areas';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { errorMessage } from '../../errors';
import { AreaPicker } from '../../components/body-map';
import { useOneSave } from '../../components/form/saving';
import { useVisitCheck, VisitFindings } from '../../components/prescriptions/visit-check';

export function TherapistVisitForm(props: { clientId: number; prescription: PrescriptionStatus | null; lang: Lang; today: string; onSaved: () => void }) {
  const { t } = useTranslation(['coverage', 'errors', 'common']);
  const id = useId();
  const { saving, run } = useOneSave(); // a double tap over the clinic network records one visit
  const rx = props.prescription?.prescription ?? null;
  const [minutes, setMinutes] = useState(String(rx?.maxMinutes ?? 60));
  const [areas, setAreas] = useState<Area[]>([]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const whole = Number(minutes);
  const ready = areas.length > 0 && Number.isSafeInteger(whole) && whole >= 1 && whole <= 1440;
  const visit = { clientId: props.clientId, prescriptionId: rx?.id ?? null, date: props.today, minutes: whole, areas };
  const { check, outside, confirmed, setConfirmed, mayRecord } = useVisitCheck(visit, ready);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (mayRecord) await run(send);
  }

  async function send() {
    // What was said of the last save does not stand for this one.
    setStatus('');
    setFailure('');
    try {
      await call('therapist.recordVisit', { clientId: props.clientId, prescriptionId: visit.prescriptionId, minutes: whole, areas, confirmOutside: outside && confirmed });
      setStatus(outside ? t('rx.savedOutside') : t('rx.saved'));
      setAreas([]);
      props.onSaved();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  }

  return (
    <form aria-label={t('rx.record')} onSubmit={(e) => void save(e)} className="visit-recorder">
      <div className="form-field">
        <label htmlFor={`${id}-minutes`}>{t('rx.minutes')}</label>
        <input id={`${id}-minutes`} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} size={5} />
      </div>
      <AreaPicker value={areas} onChange={setAreas} label={t('rx.treated')} idPrefix={`${id}-areas`} />
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

// checkVisit for a visit being recorded, asked of the main process (against the visits
// already recorded) on every change, and its findings in words with the confirmation a visit
// outside the prescription needs. One piece for the desk's visit recorder and the
// therapist's form, so both say and require the same.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrescriptionRecord } from '../../../../shared/api/prescriptions';
import type { Area } from '../../../../shared/body/areas';
import { prescriptionFromRecord, type VisitCheck } from '../../../../shared/prescriptions';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { findingSentence } from './findings';

export type PlannedVisit = { clientId: number; prescriptionId: number | null; date: string; minutes: number; areas: Area[] };

/** The check of `visit` (null while not `ready`), and the user's confirmation, reset by any change. */
export function useVisitCheck(visit: PlannedVisit, ready: boolean) {
  const [check, setCheck] = useState<VisitCheck | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const { clientId, prescriptionId, date, minutes, areas } = visit;
  useEffect(() => {
    if (!ready) {
      setCheck(null);
      return;
    }
    let live = true;
    call('visits.check', { clientId, prescriptionId, date, minutes, areas }).then(
      (result) => live && setCheck(result),
      () => live && setCheck(null),
    );
    setConfirmed(false);
    return () => {
      live = false;
    };
  }, [clientId, prescriptionId, date, minutes, areas, ready]);
  const outside = check !== null && !check.withinPrescription;
  /** Saving is allowed: checked, and confirmed when outside the prescription. */
  const mayRecord = ready && check !== null && (!outside || confirmed);
  return { check, outside, confirmed, setConfirmed, mayRecord };
}

export function VisitFindings(props: {
  check: VisitCheck | null;
  prescription: PrescriptionRecord | null;
  lang: Lang;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}) {
  const { t } = useTranslation('coverage');
  const { check } = props;
  const outside = check !== null && !check.withinPrescription;
  const rules = props.prescription ? prescriptionFromRecord(props.prescription) : null;
  return (
    <>
      <div aria-live="polite">
        {check && check.withinPrescription && <p>{t('rx.within')}</p>}
        {outside && (
          // The alert wraps the list: role="alert" on the <ul> itself would hide its list role.
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
          <input type="checkbox" checked={props.confirmed} onChange={(e) => props.onConfirm(e.target.checked)} /> {t('rx.confirmOutside')}
        </label>
      )}
    </>
  );
}

// The client page's "Prescriptions and visits": each prescription with its status (valid
// until, sessions used and left, areas, what a visit of the prescribed areas today would
// find), the visit recorder, and the visits with those recorded outside the prescription
// marked. Its own component, for the client page to place.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrescriptionStatus, VisitRecord } from '../../../../shared/api/prescriptions';
import { formatMoney } from '../../../../shared/pricing/money';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useAppData } from '../../app-data';
import { useChanged } from '../../api/useChanged';
import { errorMessage } from '../../errors';
import { formatDate } from '../../format';
import { PrescriptionForm } from './PrescriptionForm';
import { PrescriptionStatusCard, areaList } from './PrescriptionStatusCard';
import { ScanView } from './ScanView';
import { VisitRecorder } from './VisitRecorder';

export function PrescriptionsSection(props: { clientId: number; lang: Lang; today: string }) {
  const { t } = useTranslation(['coverage', 'errors']);
  const { lang } = props;
  const { catalog } = useAppData();
  const [list, setList] = useState<PrescriptionStatus[] | null>(null);
  const [visits, setVisits] = useState<VisitRecord[]>([]);
  const [failure, setFailure] = useState('');

  const reload = useCallback(() => {
    Promise.all([call('prescriptions.list', { clientId: props.clientId }), call('visits.list', { clientId: props.clientId })]).then(
      ([p, v]) => {
        setList(p);
        setVisits(v);
      },
      (e: unknown) => setFailure(errorMessage(t, e)),
    );
  }, [props.clientId, t]);
  useEffect(reload, [reload]);
  useChanged(['prescriptions', 'visits'], reload);

  const areas = (xs: readonly { region: string; side?: string }[]) => areaList(xs, lang);
  return (
    <section aria-labelledby={`rx-${props.clientId}`} className="prescriptions-section">
      <h2 id={`rx-${props.clientId}`}>{t('rx.heading')}</h2>
      {failure && <p role="alert">{failure}</p>}
      {list && list.length === 0 && <p className="muted">{t('rx.none')}</p>}
      {list?.map((status) => (
        <PrescriptionStatusCard key={status.prescription.id} status={status} lang={lang}>
          <ScanView prescription={status.prescription} lang={lang} />
        </PrescriptionStatusCard>
      ))}
      {list && (
        <PrescriptionForm
          clientId={props.clientId}
          currentId={list.find((s) => s.prescription.replacedBy === null)?.prescription.id ?? null}
          lang={lang}
          today={props.today}
          onSaved={reload}
        />
      )}
      {list && <VisitRecorder clientId={props.clientId} prescriptions={list} lang={lang} today={props.today} onSaved={reload} />}
      {visits.length > 0 && (
        <>
          <h3>{t('rx.visits')}</h3>
          <ul aria-label={t('rx.visits')}>
            {visits.map((v) => (
              <li key={v.id}>
                {t('rx.visitLine', {
                  context: v.serviceName[lang] ? 'service' : undefined,
                  date: formatDate(v.date, lang),
                  service: v.serviceName[lang],
                  minutes: v.minutes,
                  areas: areas(v.areas),
                })}
                {v.therapist && ` · ${v.therapist}`}
                {v.covered && ` · ${t('rx.coveredMark', { amount: formatMoney(v.insurerPaid, catalog.currency, lang) })}`}
                {v.outsidePrescription && <strong> · {t('rx.outsideMark')}</strong>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// One client as the therapist reads them before and after treating: the flags to check
// first, the current prescription (areas, sessions left, valid until, diagnoses) with
// today's findings, recording the areas treated today, today's visits, and the intake form
// read-only with its body map.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TherapistClientView as View } from '../../../../shared/api/therapist';
import type { Lang } from '../../../../shared/vocabulary';
import { call } from '../../api/client';
import { useChanged } from '../../api/useChanged';
import { errorMessage } from '../../errors';
import { formatDate } from '../../format';
import { ClientIntakePanel } from '../../components/intake/ClientIntakePanel';
import { FlagsBanner } from '../../components/intake/FlagsBanner';
import { PrescriptionStatusCard, areaList } from '../../components/prescriptions/PrescriptionStatusCard';
import { TherapistVisitForm } from './TherapistVisitForm';

export function TherapistClientView(props: { clientId: number; lang: Lang; onBack: () => void; onChanged: () => void }) {
  const { t } = useTranslation(['therapist', 'intake', 'coverage', 'errors']);
  const { t: intakeT } = useTranslation('intake'); // the flags' own words
  const ids = useId();
  const { lang } = props;
  const [view, setView] = useState<View | null>(null);
  const [failure, setFailure] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    call('therapist.client', { clientId: props.clientId }).then(
      (value) => {
        setView(value);
        setFailure('');
      },
      (error: unknown) => setFailure(errorMessage(t, error)),
    );
  }, [props.clientId, t]);
  useEffect(load, [load]);
  // A desk's write (a prescription replaced, a form signed, a visit recorded elsewhere) shows
  // on the tablet without a tap: it checks the areas against what is current.
  useChanged(['clients', 'visits', 'prescriptions', 'intake'], load);
  // In the commit that shows the client (not an effect after it): a field tapped at once
  // keeps its focus.
  useLayoutEffect(() => {
    if (view) headingRef.current?.focus();
    // once per client opened, not after each reload
  }, [view?.client.id]);

  if (!view) return <section className="therapist-client">{failure ? <p role="alert">{failure}</p> : <p role="status">{t('therapist:loading')}</p>}</section>;
  const { client, intake, prescription, todaysVisits } = view;
  const current = intake.current;
  return (
    <section aria-labelledby={`${ids}-name`} className="therapist-client">
      <div className="row therapist-client-top">
        <button type="button" onClick={props.onBack}>
          {t('therapist:back')}
        </button>
        <h2 id={`${ids}-name`} ref={headingRef} tabIndex={-1}>
          {client.name}
        </h2>
        {client.birthDate && <p className="muted">{t('therapist:born', { date: formatDate(client.birthDate, lang) })}</p>}
      </div>
      {failure && <p role="alert">{failure}</p>}

      {current ? (
        <FlagsBanner flags={current.flags} t={intakeT} showNone />
      ) : (
        <p className="warning" role="note">
          {t('therapist:noIntake')}
        </p>
      )}

      <section aria-labelledby={`${ids}-rx`} className="card">
        <h2 id={`${ids}-rx`}>{t('therapist:prescription')}</h2>
        {prescription ? <PrescriptionStatusCard status={prescription} lang={lang} /> : <p>{t('therapist:noPrescription')}</p>}
      </section>

      <section aria-labelledby={`${ids}-today`} className="card">
        <h2 id={`${ids}-today`}>{t('therapist:todayHeading', { date: formatDate(view.today, lang) })}</h2>
        <TherapistVisitForm
          clientId={client.id}
          prescription={prescription}
          lang={lang}
          today={view.today}
          onSaved={() => {
            load();
            props.onChanged();
          }}
        />
        {todaysVisits.length > 0 && (
          <ul aria-label={t('therapist:todaysVisits')}>
            {todaysVisits.map((v) => (
              <li key={v.id}>
                {t('therapist:visitLine', { minutes: v.minutes, areas: areaList(v.areas, lang) })}
                {v.therapist && ` · ${v.therapist}`}
                {v.outsidePrescription && <strong> · {t('coverage:rx.outsideMark')}</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${ids}-intake`} className="card">
        <h2 id={`${ids}-intake`}>{t('therapist:intake')}</h2>
        <ClientIntakePanel intake={intake} showFlags={false} />
      </section>
    </section>
  );
}

// The client's intake on their page: "intake due", the therapist's flags, the current signed
// form read-only (body map included) and the history of versions. Forms are taken on the
// intake screen (F3).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/api/clients';
import type { ClientIntake } from '../../../shared/api/intake';
import { call } from '../api/client';
import { ClientIntakePanel } from '../components/intake/ClientIntakePanel';
import { errorMessage } from '../errors';
import { navigationEvents } from '../navigation';
import type { ClientSection } from './types';

function IntakeSection(props: { client: Client }) {
  const { t } = useTranslation('clients');
  const id = useId();
  const [intake, setIntake] = useState<ClientIntake | null>(null);
  const [failure, setFailure] = useState('');
  useEffect(() => {
    let live = true;
    call('intake.client', { clientId: props.client.id }).then(
      (value) => live && setIntake(value),
      (error: unknown) => live && setFailure(errorMessage(t, error)),
    );
    return () => {
      live = false;
    };
  }, [props.client.id, props.client.updatedAt, t]);
  return (
    <section className="card client-section" aria-labelledby={id}>
      <h2 id={id}>{t('sections.intake.title')}</h2>
      <button type="button" onClick={() => navigationEvents.open('intake', { clientId: props.client.id })}>
        {t('sections.openIntake')}
      </button>
      {failure && <p role="alert">{failure}</p>}
      {intake && <ClientIntakePanel intake={intake} />}
    </section>
  );
}

export const section: ClientSection = { id: 'intake', order: 10, Section: IntakeSection };

// "Will my plan cover it?" on the client's page: the visit's date, and its service and
// duration from the price list (the price filled in, editable) or minutes and price typed;
// the answer from the client's policies, prescriptions and recorded visits, in their language.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/api/clients';
import { isValidDate } from '../../../shared/pricing/dates';
import { useAppData } from '../app-data';
import { CoveragePanel } from '../components/coverage/CoveragePanel';
import { firstChoice, readChoice, ServiceFields, type ServiceChoice } from '../components/prescriptions/ServiceFields';
import { localIsoDate } from '../format';
import type { ClientSection } from './types';

function ClientCoverageSection(props: { client: Client }) {
  const { t } = useTranslation('coverage');
  const { catalog, lang } = useAppData();
  const id = useId();
  const today = localIsoDate(new Date());
  const [date, setDate] = useState(today);
  const [choice, setChoice] = useState<ServiceChoice>(() => firstChoice(catalog));
  const read = readChoice(choice, catalog.currency);
  const minutes = read.minutes;
  const price = read.price;
  const visit = useMemo(
    () => (isValidDate(date) && minutes !== null && price !== null ? { date, minutes, price } : null),
    [date, minutes, price],
  );
  return (
    <CoveragePanel
      visit={visit}
      currency={catalog.currency}
      uiLang={lang}
      callerLang={props.client.lang}
      today={today}
      clientId={props.client.id}
      clientName={props.client.name || props.client.phoneShown}
      noVisitKey="visit.needVisit"
    >
      <div className="row">
        <div className="form-field">
          <label htmlFor={`${id}-date`}>{t('visit.date')}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
      </div>
      <ServiceFields idPrefix={`${id}-visit`} catalog={catalog} lang={lang} value={choice} onChange={setChoice} />
    </CoveragePanel>
  );
}

export const section: ClientSection = { id: 'coverage', order: 40, Section: ClientCoverageSection };

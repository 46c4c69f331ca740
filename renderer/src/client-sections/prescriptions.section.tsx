// The client's prescriptions and visits: each prescription's status, recording a
// prescription, and recording a visit checked against it (components/prescriptions).
import { PrescriptionsSection } from '../components/prescriptions/PrescriptionsSection';
import { useAppData } from '../app-data';
import { localIsoDate } from '../format';
import type { ClientSection } from './types';

function ClientPrescriptions(props: { client: { id: number } }) {
  const { lang } = useAppData();
  return <PrescriptionsSection clientId={props.client.id} lang={lang} today={localIsoDate(new Date())} />;
}

export const section: ClientSection = { id: 'prescriptions', order: 20, Section: ClientPrescriptions };

// The one-page "prescription and coverage summary" printed for the client (and the stored
// scan of their prescription), after the prescriptions and visits.
import { PrescriptionSummary } from '../components/prescriptions/PrescriptionSummary';
import { localIsoDate } from '../format';
import type { ClientSection } from './types';

export const section: ClientSection = {
  id: 'prescription-summary',
  order: 30,
  Section: (props) => <PrescriptionSummary client={props.client} today={localIsoDate(new Date())} />,
};

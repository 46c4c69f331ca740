// The client's prescriptions (filled by the prescriptions feature; until then the section says there are none).
import type { ClientSection } from './types';
import { EmptySection } from './EmptySection';

export const section: ClientSection = {
  id: 'prescriptions',
  order: 20,
  Section: () => <EmptySection titleKey="sections.prescriptions.title" emptyKey="sections.prescriptions.empty" />,
};

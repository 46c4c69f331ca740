// The client's visits (filled by the visits feature; until then the section says there are none).
import type { ClientSection } from './types';
import { EmptySection } from './EmptySection';

export const section: ClientSection = {
  id: 'visits',
  order: 30,
  Section: () => <EmptySection titleKey="sections.visits.title" emptyKey="sections.visits.empty" />,
};

// The client's intake (filled by the intake feature; until then the section says there are none).
import type { ClientSection } from './types';
import { EmptySection } from './EmptySection';

export const section: ClientSection = {
  id: 'intake',
  order: 10,
  Section: () => <EmptySection titleKey="sections.intake.title" emptyKey="sections.intake.empty" />,
};

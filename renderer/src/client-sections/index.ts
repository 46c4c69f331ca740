// The sections of a client's page after their details and calls: intake forms,
// prescriptions, visits. Each lives in its own `<name>.section.tsx` file in this folder
// (found at build time by Vite's import.meta.glob), so each domain adds or changes its
// section without touching the client page or another domain's file.
import type { ClientSection } from './types';

export type { ClientSection } from './types';

const modules = import.meta.glob<{ section: ClientSection }>('./*.section.tsx', { eager: true });

export const clientSections: readonly ClientSection[] = Object.values(modules)
  .map((m) => m.section)
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

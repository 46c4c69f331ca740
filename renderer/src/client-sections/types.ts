import type { ComponentType } from 'react';
import type { Client } from '../../../shared/api/clients';

/** One section of a client's page (see index.ts). */
export type ClientSection = {
  id: string;
  /** Position on the page, lowest first. */
  order: number;
  Section: ComponentType<{ client: Client }>;
};

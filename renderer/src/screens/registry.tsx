// The frame's screens, in navigation order. Each screen lives in its own folder and is
// loaded on first use. F1..F6 (and Alt+1..6) switch screens from anywhere.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ScreenId } from '../navigation';

export type { ScreenId };

export type ScreenEntry = {
  id: ScreenId;
  /** i18n key of the navigation label, in the common namespace. */
  labelKey: string;
  component: LazyExoticComponent<ComponentType>;
};

export const screens: ScreenEntry[] = [
  { id: 'quote', labelKey: 'nav.quote', component: lazy(() => import('./quote/QuoteScreen')) },
  { id: 'school', labelKey: 'nav.school', component: lazy(() => import('./school/SchoolScreen')) },
  { id: 'intake', labelKey: 'nav.intake', component: lazy(() => import('./intake/IntakeScreen')) },
  { id: 'calls', labelKey: 'nav.calls', component: lazy(() => import('./ClientsAndCalls')) },
  { id: 'catalog', labelKey: 'nav.catalog', component: lazy(() => import('./catalog/CatalogScreen')) },
  { id: 'settings', labelKey: 'nav.settings', component: lazy(() => import('./settings/SettingsScreen')) },
];

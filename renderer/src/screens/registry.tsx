// The frame's screens, in navigation order. Each screen lives in its own folder and is
// loaded on first use. F1..F6 (and Alt+1..6) switch screens from anywhere.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ScreenId } from '../navigation';
import type { Namespace } from '../i18n';

export type { ScreenId };

export type ScreenEntry = {
  id: ScreenId;
  /** i18n key of the navigation label, in the common namespace. */
  labelKey: string;
  /** The locale namespaces the screen shows at once (besides common and errors): loaded
   *  with the screen when it is the first one, so nothing waits for them in sequence. */
  namespaces: readonly Namespace[];
  /** Loads the screen's chunk (once); the frame renders it without suspending afterwards. */
  load: () => Promise<ComponentType>;
  component: LazyExoticComponent<ComponentType>;
};

const loaded = new Map<ScreenId, ComponentType>();

function entry(
  id: ScreenId,
  labelKey: string,
  namespaces: readonly Namespace[],
  importer: () => Promise<{ default: ComponentType }>,
): ScreenEntry {
  let loading: Promise<{ default: ComponentType }> | null = null;
  const once = () =>
    (loading ??= importer().then((module) => {
      loaded.set(id, module.default);
      return module;
    }));
  return { id, labelKey, namespaces, load: () => once().then((m) => m.default), component: lazy(once) };
}

export const screens: ScreenEntry[] = [
  entry('quote', 'nav.quote', ['quote', 'calls'], () => import('./quote/QuoteScreen')),
  entry('school', 'nav.school', ['school', 'calls'], () => import('./school/SchoolScreen')),
  entry('intake', 'nav.intake', ['intake'], () => import('./intake/IntakeScreen')),
  entry('calls', 'nav.calls', ['calls', 'clients'], () => import('./ClientsAndCalls')),
  entry('catalog', 'nav.catalog', ['catalog'], () => import('./catalog/CatalogScreen')),
  entry('settings', 'nav.settings', ['settings'], () => import('./settings/SettingsScreen')),
];

/** The screen's component: the loaded one when its chunk is here (no Suspense fallback,
 *  not even for a frame), else the lazy one. */
export function screenComponent(id: ScreenId): ComponentType {
  return loaded.get(id) ?? screens.find((s) => s.id === id)!.component;
}

/** The screen the app opens with. */
export const firstScreen: ScreenEntry = screens[0]!;

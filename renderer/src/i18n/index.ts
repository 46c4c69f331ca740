// i18next with one JSON file per namespace and language, loaded lazily (Vite splits each
// into its own chunk): a screen's strings arrive when the screen is first shown.
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../shared/pricing/types';
import { josaFormatter } from './josa';
import { memoizeTranslations } from './memo';

export const namespaces = [
  'common',
  'errors',
  'catalog',
  'quote',
  'calls',
  'clients',
  'school',
  'settings',
  'storage',
  'intake',
  'coverage',
  'network',
  'connection',
  'therapist',
] as const;
export type Namespace = (typeof namespaces)[number];

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = loaders[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no locale file ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

/** `extra`: namespaces loaded with the first ones, in parallel (the first screen's). */
export async function initI18n(language: Lang, extra: readonly Namespace[] = []): Promise<typeof i18n> {
  const ns = [...new Set<Namespace>(['common', 'errors', 'storage', ...extra])];
  if (i18n.isInitialized) {
    await i18n.changeLanguage(language);
    await i18n.loadNamespaces(ns);
    return i18n;
  }
  await i18n
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: ['ko', 'en'],
      // No fallback: a Korean screen never silently shows English (key parity is tested).
      fallbackLng: false,
      ns,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  // "{{name, josa(을/를)}}": the particle that fits the name (see josa.ts).
  i18n.services.formatter?.add('josa', josaFormatter);
  memoizeTranslations(i18n);
  return i18n;
}

export { i18n };

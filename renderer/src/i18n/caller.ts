// Text in the caller's language (a quote read out, a printout), which may differ from the UI
// language: a translator fixed to that language, loaded on demand.
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { Lang } from '../../../shared/pricing/types';
import { i18n, type Namespace } from './index';

type Loaded = { lang: Lang; namespace: Namespace; t: TFunction };

const ready = (lang: Lang, namespace: Namespace): Loaded | null =>
  i18n.hasResourceBundle(lang, namespace) ? { lang, namespace, t: i18n.getFixedT(lang, namespace) } : null;

/** null until the caller's language is loaded. Never the translator of the previous language:
 *  while switching, a page would otherwise mix the new names with the old language's words. */
export function useCallerT(lang: Lang, namespace: Namespace): TFunction | null {
  const [loaded, setLoaded] = useState<Loaded | null>(() => ready(lang, namespace));
  useEffect(() => {
    let live = true;
    const now = ready(lang, namespace);
    if (now) {
      setLoaded(now);
      return;
    }
    void i18n
      .loadLanguages(lang)
      .then(() => i18n.loadNamespaces(namespace))
      .then(() => {
        if (live) setLoaded(ready(lang, namespace));
      });
    return () => {
      live = false;
    };
  }, [lang, namespace]);
  return loaded && loaded.lang === lang && loaded.namespace === namespace ? loaded.t : null;
}

// Text in the caller's language (a quote read out, a printout), which may differ from the UI
// language: a translator fixed to that language, loaded on demand.
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import type { Lang } from '../../../shared/pricing/types';
import { i18n, type Namespace } from './index';

export function useCallerT(lang: Lang, namespace: Namespace): TFunction | null {
  const [t, setT] = useState<TFunction | null>(() =>
    i18n.hasResourceBundle(lang, namespace) ? i18n.getFixedT(lang, namespace) : null,
  );
  useEffect(() => {
    let live = true;
    void i18n.loadLanguages(lang).then(() =>
      i18n.loadNamespaces(namespace).then(() => {
        if (live) setT(() => i18n.getFixedT(lang, namespace));
      }),
    );
    return () => {
      live = false;
    };
  }, [lang, namespace]);
  return t;
}

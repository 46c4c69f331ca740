// A tablet's own screen language: the hub's language is the clinic's, but the therapist
// holding the tablet may read the other one. Kept in the tablet's browser (a preference, no
// health data), as a desk PC keeps its own in hub.json.
import type { Lang } from '../../../shared/vocabulary';

const KEY = 'front-desk.screenLanguage';

/** The language chosen on this device, or null (then the hub's). */
export function deviceLanguage(): Lang | null {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored === 'ko' || stored === 'en' ? stored : null;
  } catch {
    return null; // storage refused (a private window): the hub's language
  }
}

export function keepDeviceLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // not kept: the choice holds until the page is closed
  }
}

// Phones as the screens show and check them: the business's country comes from the catalog's
// currency (as in the main process). The rules themselves (libphonenumber-js and its metadata,
// the largest library in the renderer) load on first use, not with the first screen: the quote
// screen needs them only once a number is typed, or a follow-up has a number and no name.
// Screens that list numbers at once import phone-shown.ts, which loads them with the screen.
import { useEffect, useMemo, useState } from 'react';
import type { CountryCode } from 'libphonenumber-js';
import { countryForCurrency } from '../../../shared/phone-country';
import { useAppData } from '../app-data';

export type PhoneRules = typeof import('../../../shared/phone');

let loaded: PhoneRules | null = null;
let loading: Promise<PhoneRules> | null = null;

/** The phone rules, loaded once (a failed load is tried again on the next call). */
export function loadPhoneRules(): Promise<PhoneRules> {
  loading ??= import('../../../shared/phone').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The phone rules if they are here already, without waiting. */
export function phoneRulesNow(): PhoneRules | null {
  return loaded;
}

export type PhoneRulesState = { rules: PhoneRules | null; pending: boolean };

/** The phone rules once `wanted` (loading them then); `pending` while they are on their way. */
export function usePhoneRules(wanted: boolean): PhoneRulesState {
  const [state, setState] = useState<{ rules: PhoneRules | null; failed: boolean }>(() => ({ rules: loaded, failed: false }));
  const rules = state.rules ?? loaded;
  useEffect(() => {
    if (!wanted || rules) return;
    let live = true;
    loadPhoneRules().then(
      (module) => live && setState({ rules: module, failed: false }),
      () => live && setState({ rules: null, failed: true }), // shown as stored; the main process still checks
    );
    return () => {
      live = false;
    };
  }, [wanted, rules]);
  return { rules, pending: wanted && !rules && !state.failed };
}

export function useBusinessCountry(): CountryCode | undefined {
  const { catalog } = useAppData();
  return useMemo(() => countryForCurrency(catalog.currency), [catalog.currency]);
}

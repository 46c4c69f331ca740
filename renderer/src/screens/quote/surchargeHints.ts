// Which surcharges apply at the chosen visit time, and which time windows start soon after
// it, so a receptionist quoting "tonight (9 PM)" sees that the late-night surcharge starts
// at 22:00. Pure: the same matching as the engine (matchesWhen).
import { matchesWhen, parseLocalDateTime, parseTime } from '../../../../shared/pricing/dates';
import type { Catalog, Surcharge } from '../../../../shared/pricing/types';

/** How far after the chosen time a starting window is mentioned. */
export const SOON_MINUTES = 3 * 60;

export type SurchargeHint =
  | { kind: 'applies'; surcharge: Surcharge }
  | { kind: 'startsSoon'; surcharge: Surcharge; from: string; to: string };

/** Surcharges that apply at `at` (catalog order), then time windows starting within
 *  SOON_MINUTES after it. Without a valid `at`: every time window, as "starts at". */
export function surchargeHints(catalog: Catalog, at: string): SurchargeHint[] {
  const parsed = at ? parseLocalDateTime(at) : null;
  const applies: SurchargeHint[] = [];
  const soon: SurchargeHint[] = [];
  for (const surcharge of catalog.surcharges) {
    const when = surcharge.when;
    if (parsed && matchesWhen(when, at)) {
      applies.push({ kind: 'applies', surcharge });
      continue;
    }
    if (!('from' in when)) continue;
    const start = parseTime(when.from);
    if (start === null) continue;
    const ahead = parsed ? (start - parsed.minuteOfDay + 24 * 60) % (24 * 60) : 0;
    if (!parsed || (ahead > 0 && ahead <= SOON_MINUTES)) soon.push({ kind: 'startsSoon', surcharge, from: when.from, to: when.to });
  }
  return [...applies, ...soon];
}

// The quote as the receptionist is typing it (text fields may be half-typed) and its turn
// into a pricing request. Pure: the screen recomputes on every keystroke, without IPC.
import { computeQuote, QuoteError } from '../../../../shared/pricing/quote';
import type { Catalog, Quote, QuoteErrorCode, QuoteRequest, Service } from '../../../../shared/pricing/types';
import { parseLocalDateTime } from '../../../../shared/pricing/dates';
import { localIsoDate, localIsoMinute } from '../../format';

export type ItemDraft = {
  /** Stable React key: items can be removed from the middle. */
  key: number;
  serviceId: string | null;
  minutes: number | null;
  persons: string;
  addOnIds: string[];
};

export type QuoteDraft = {
  items: ItemDraft[];
  sessions: string;
  /** "YYYY-MM-DDTHH:MM" from the datetime-local field; '' = no time (no surcharges). */
  at: string;
  /** A time typed in part: the field's value is then '' too, but it is not "no time" (a night
   *  surcharge would be left out of the price read to the caller). */
  atIncomplete?: boolean;
  travelZoneId: string;
  discountIds: string[];
  promoCode: string;
};

let nextKey = 1;
export function newItem(): ItemDraft {
  return { key: nextKey++, serviceId: null, minutes: null, persons: '1', addOnIds: [] };
}

export function newDraft(now: Date): QuoteDraft {
  return { items: [newItem()], sessions: '1', at: localIsoMinute(now), travelZoneId: '', discountIds: [], promoCode: '' };
}

/** A saved quote's request as a draft to change ("quote again"): the same services, persons,
 *  sessions, travel and discounts, at the current time (the old one has passed). An add-on,
 *  travel zone or discount no longer on the price list (or an add-on no longer offered with
 *  its service) is left out: there is no box to untick for it, and the engine would refuse
 *  the whole quote. */
export function draftFromRequest(request: QuoteRequest, now: Date, catalog: Catalog): QuoteDraft {
  const known = new Set(catalog.discounts.map((d) => d.id));
  return {
    items: request.items.map((i) => ({
      ...newItem(),
      serviceId: i.serviceId,
      minutes: i.minutes,
      persons: String(i.persons ?? 1),
      addOnIds: (i.addOnIds ?? []).filter((id) => addOnFits(catalog, id, i.serviceId)),
    })),
    sessions: String(request.sessions ?? 1),
    at: localIsoMinute(now),
    travelZoneId: request.travelZoneId && catalog.travelZones.some((z) => z.id === request.travelZoneId) ? request.travelZoneId : '',
    discountIds: (request.discountIds ?? []).filter((id) => known.has(id)),
    promoCode: request.promoCode ?? '',
  };
}

export const MAX_PERSONS = 100;
export const MAX_SESSIONS = 1000;

/** "2" -> 2; anything but a whole number 1..max -> null. */
export function parseCount(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && value <= max ? value : null;
}

/** The datetime-local field may carry seconds ("…T21:00:00"); the engine takes minutes.
 *  A day that does not exist (2026-02-30) is refused, as the engine would. */
export function normaliseAt(text: string): string | null {
  const cut = text.slice(0, 16);
  return parseLocalDateTime(cut) ? cut : null;
}

/** Picking another service keeps the duration when it has that rate, and only the add-ons
 *  that fit it, so the quote never asks for something the price list cannot give. */
export function withService(item: ItemDraft, service: Service, catalog: Catalog): ItemDraft {
  const keepMinutes = service.rates.some((rate) => rate.minutes === item.minutes);
  return {
    ...item,
    serviceId: service.id,
    minutes: keepMinutes ? item.minutes : (service.rates[0]?.minutes ?? null),
    addOnIds: item.addOnIds.filter((id) => addOnFits(catalog, id, service.id)),
  };
}

export function addOnFits(catalog: Catalog, addOnId: string, serviceId: string): boolean {
  const addOn = catalog.addOns.find((a) => a.id === addOnId);
  return !!addOn && (!addOn.services || addOn.services.includes(serviceId));
}

export type FieldErrors = {
  /** Per item index: persons field not a whole number 1..100. */
  persons: boolean[];
  sessions: boolean;
  at: boolean;
};

export type Computed =
  /** Nothing to price yet (no service picked). */
  | { state: 'empty'; errors: FieldErrors }
  /** A field is not valid: it is marked; no total is shown. */
  | { state: 'invalid'; errors: FieldErrors }
  /** The engine refused the request (e.g. a rate removed meanwhile). */
  | {
      state: 'refused';
      errors: FieldErrors;
      code: QuoteErrorCode;
      details: Record<string, unknown>;
      /** With several services on screen: the one refused, as numbered there (1-based). */
      itemNumber?: number;
    }
  /** A quote. `promoRefused` = the promo code matched nothing: the quote shown is the one
   *  WITHOUT it, and `request` (for saving) is null until the code is fixed or cleared. */
  | { state: 'ok'; errors: FieldErrors; quote: Quote; request: QuoteRequest | null; shownRequest: QuoteRequest; promoRefused: boolean };

export function computeDraft(catalog: Catalog, draft: QuoteDraft): Computed {
  const persons = draft.items.map((item) => parseCount(item.persons, MAX_PERSONS));
  const sessions = parseCount(draft.sessions, MAX_SESSIONS);
  const at = draft.at.trim() === '' ? undefined : normaliseAt(draft.at);
  const errors: FieldErrors = {
    persons: persons.map((p) => p === null),
    sessions: sessions === null,
    at: at === null || draft.atIncomplete === true,
  };
  const picked = draft.items.filter((item) => item.serviceId && item.minutes);
  if (picked.length === 0) return { state: 'empty', errors };
  if (errors.persons.some(Boolean) || errors.sessions || errors.at) return { state: 'invalid', errors };

  const request: QuoteRequest = {
    items: draft.items.flatMap((item, index) =>
      item.serviceId && item.minutes
        ? [{ serviceId: item.serviceId, minutes: item.minutes, persons: persons[index]!, addOnIds: item.addOnIds }]
        : [],
    ),
    sessions: sessions!,
    ...(at ? { at } : {}),
    ...(draft.travelZoneId ? { travelZoneId: draft.travelZoneId } : {}),
    discountIds: draft.discountIds,
    ...(draft.promoCode.trim() ? { promoCode: draft.promoCode.trim() } : {}),
  };
  const first = tryCompute(catalog, request);
  if (first.quote) return { state: 'ok', errors, quote: first.quote, request, shownRequest: request, promoRefused: false };
  if (first.code === 'unknown-promo-code') {
    const withoutCode: QuoteRequest = { ...request };
    delete withoutCode.promoCode;
    const second = tryCompute(catalog, withoutCode);
    if (second.quote) {
      return { state: 'ok', errors, quote: second.quote, request: null, shownRequest: withoutCode, promoRefused: true };
    }
    return refused(errors, draft, second);
  }
  return refused(errors, draft, first);
}

/** The engine numbers items within the request, which leaves out the services not picked
 *  yet; the screen numbers every item it shows. */
function refused(errors: FieldErrors, draft: QuoteDraft, attempt: Attempt & { code: QuoteErrorCode }): Computed {
  const at = attempt.details.item;
  const shown = draft.items.flatMap((item, index) => (item.serviceId && item.minutes ? [index] : []));
  const index = typeof at === 'number' ? shown[at] : undefined;
  return {
    state: 'refused',
    errors,
    code: attempt.code,
    details: attempt.details,
    ...(draft.items.length > 1 && index !== undefined ? { itemNumber: index + 1 } : {}),
  };
}

type Attempt =
  | { quote: Quote; code?: undefined; details?: undefined }
  | { quote?: undefined; code: QuoteErrorCode; details: Record<string, unknown> };

function tryCompute(catalog: Catalog, request: QuoteRequest): Attempt {
  try {
    return { quote: computeQuote(catalog, request) };
  } catch (error) {
    if (error instanceof QuoteError) {
      return { code: error.code, details: { ...error.details } };
    }
    return { code: 'invalid-request', details: {} };
  }
}

// ---- Time of the visit presets ---------------------------------------------------

/** "Tonight" is 21:00 today: the usual evening booking. We deliberately do not jump to the
 *  start of a late-night surcharge window (e.g. 22:00): that would quote the surcharge by
 *  default; the breakdown shows one as soon as the receptionist types a later time. After
 *  21:00 "tonight" is simply now. */
export const TONIGHT = '21:00';

export function tonight(now: Date): string {
  const today = `${localIsoDate(now)}T${TONIGHT}`;
  const current = localIsoMinute(now);
  return current > today ? current : today;
}

/** Tomorrow at the time already in the field (or now's time): pressing it twice stays tomorrow. */
export function tomorrow(now: Date, currentAt: string): string {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const time = normaliseAt(currentAt)?.slice(11) ?? localIsoMinute(now).slice(11);
  return `${localIsoDate(next)}T${time}`;
}

// One typed client for the renderer: the preload API inside Electron, the web host over
// HTTP in a browser. Screens call `api['catalog.get']({})` and never know which.
import type { Channel, FrontDeskApi, InputOf, ResultOf } from '../../../shared/api/contract';
import { channelNames } from '../../../shared/api/channels';
import type { ApiResult } from '../../../shared/api/result';
import { channelChanges, type ChangeEvent, type FrontDeskEvents } from '../../../shared/api/changes';
import { IDEMPOTENCY_HEADER, unansweredWrites } from '../../../shared/api/unanswered-writes';

declare global {
  interface Window {
    frontDesk?: FrontDeskApi & FrontDeskEvents;
  }
}

function webHostToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="front-desk-token"]');
  return meta?.content ?? '';
}

/** Writes whose answer never came (docs/network.md, "Writes sent twice"). */
const unanswered = unansweredWrites();

/** Calls the web host: POST /api/<channel> with the per-run token. A write carries an
 *  Idempotency-Key; when its answer is lost the page cannot tell whether the hub saved it
 *  (fetch says nothing of how far the request got), so the same save again reuses the key
 *  and the hub answers what it kept instead of saving twice. */
export async function httpCall<C extends Channel>(channel: C, input: InputOf<C>): Promise<ApiResult<ResultOf<C>>> {
  const body = JSON.stringify(input ?? {});
  const write = channelChanges[channel].length > 0;
  const key = write ? unanswered.keyFor(channel, body) : null;
  const sentAt = Date.now();
  const lost = (): ApiResult<ResultOf<C>> => {
    if (!key) return { ok: false, error: { code: 'unavailable' } };
    unanswered.remember(channel, body, key, sentAt);
    return { ok: false, error: { code: 'unavailable', details: { write: true, outcome: 'unknown' } } };
  };
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-front-desk-token': webHostToken(),
        ...(key ? { [IDEMPOTENCY_HEADER]: key } : {}),
      },
      body,
    });
  } catch {
    return lost();
  }
  try {
    const result = (await response.json()) as ApiResult<ResultOf<C>>;
    // The hub answered this write: the next save of the same call is a new write.
    if (key) unanswered.answered(channel, body);
    return result;
  } catch {
    // A success whose body broke off may have been saved; a refusal that is not the API's
    // (no result in it) saved nothing now, but leaves an earlier lost answer unknown.
    if (response.ok || (key && unanswered.isUnknown(channel, body))) return lost();
    return { ok: false, error: { code: 'unavailable' } };
  }
}

function httpApi(): FrontDeskApi {
  const api: Partial<Record<Channel, unknown>> = {};
  for (const channel of channelNames) {
    api[channel] = (input: InputOf<typeof channel>) => httpCall(channel, input);
  }
  return api as FrontDeskApi;
}

export const api: FrontDeskApi = (typeof window !== 'undefined' && window.frontDesk) || httpApi();

/** In Electron's window (its preload's API), which stays hidden until the renderer says
 *  its first screen is ready; in a browser (the web host, a device on the clinic network)
 *  the page shows as it renders. */
export const inAppWindow = typeof window !== 'undefined' && !!window.frontDesk;

/** The web host's (and the LAN listener's) server-sent events; the LAN sends the device's
 *  cookie by itself, the loopback host wants its token in the query. */
function httpEvents(): FrontDeskEvents {
  return {
    onChanged(callback) {
      if (typeof EventSource === 'undefined') return () => undefined;
      const token = webHostToken();
      const source = new EventSource(token ? `/api/events?token=${encodeURIComponent(token)}` : '/api/events');
      source.addEventListener('changed', (event) => {
        try {
          callback(JSON.parse((event as MessageEvent<string>).data) as ChangeEvent);
        } catch {
          // A garbled event is skipped; the next one still arrives.
        }
      });
      return () => source.close();
    },
  };
}

let events: FrontDeskEvents = (typeof window !== 'undefined' && window.frontDesk) || httpEvents();

/** Every screen's callback shares one subscription: one EventSource for the page (a browser
 *  keeps at most six connections to a host, and the API calls need them). */
const changeListeners = new Set<(change: ChangeEvent) => void>();
let stopEvents: (() => void) | null = null;

/** Calls back after each write on the hub (this device's or another's) with the domains it
 *  changed, so a screen reloads what it shows. Returns the unsubscribe. */
export function onChanged(callback: (change: ChangeEvent) => void): () => void {
  changeListeners.add(callback);
  stopEvents ??= events.onChanged((change) => {
    for (const listener of [...changeListeners]) listener(change);
  });
  return () => {
    changeListeners.delete(callback);
    if (changeListeners.size === 0 && stopEvents) {
      stopEvents();
      stopEvents = null;
    }
  };
}

/** For tests: swap where change events come from. */
export function useChangeEvents(next: FrontDeskEvents): void {
  stopEvents?.();
  stopEvents = null;
  events = next;
  if (changeListeners.size > 0) {
    stopEvents = events.onChanged((change) => {
      for (const listener of [...changeListeners]) listener(change);
    });
  }
}

/** Connect mode: whether the hub answered the last call. Every call reports here, so the
 *  banner appears with the first failed call and goes with the first answered one. */
const reachabilityListeners = new Set<(reachable: boolean) => void>();
let hubReachable = true;
export function isHubReachable(): boolean {
  return hubReachable;
}
export function onHubReachability(listener: (reachable: boolean) => void): () => void {
  reachabilityListeners.add(listener);
  return () => void reachabilityListeners.delete(listener);
}
function report(result: ApiResult<unknown>) {
  const reachable = result.ok || result.error.code !== 'hub-unreachable';
  if (reachable === hubReachable) return;
  hubReachable = reachable;
  for (const listener of [...reachabilityListeners]) listener(reachable);
}

/** For tests: swap the API (component tests give a fake backed by real services). */
let current: FrontDeskApi = api;
export function useApiImplementation(next: FrontDeskApi): void {
  current = next;
}

/** Unwraps a result or throws an ApiCallError the screens can show with `errorMessage`. */
export class ApiCallError extends Error {
  constructor(readonly error: { code: string; details?: Record<string, unknown> }) {
    super(error.code);
  }
}
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<ResultOf<C>> {
  const fn = current[channel] as (i: InputOf<C>) => Promise<ApiResult<ResultOf<C>>>;
  return settle(await fn(input));
}

/** An answer received some other way (written into the page) settled exactly as a call's. */
export function settle<T>(result: ApiResult<T>): T {
  report(result);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

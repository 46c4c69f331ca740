// One typed client for the renderer: the preload API inside Electron, the web host over
// HTTP in a browser. Screens call `api['catalog.get']({})` and never know which.
import type { Channel, FrontDeskApi, InputOf, ResultOf } from '../../../shared/api/contract';
import { channelNames } from '../../../shared/api/channels';
import type { ApiResult } from '../../../shared/api/result';
import type { ChangeEvent, FrontDeskEvents } from '../../../shared/api/changes';

declare global {
  interface Window {
    frontDesk?: FrontDeskApi & FrontDeskEvents;
  }
}

function webHostToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="front-desk-token"]');
  return meta?.content ?? '';
}

/** Calls the web host: POST /api/<channel> with the per-run token. */
export function httpCall<C extends Channel>(channel: C, input: InputOf<C>): Promise<ApiResult<ResultOf<C>>> {
  return fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-front-desk-token': webHostToken() },
    body: JSON.stringify(input ?? {}),
  })
    .then((response) => response.json() as Promise<ApiResult<ResultOf<C>>>)
    .catch((): ApiResult<ResultOf<C>> => ({ ok: false, error: { code: 'unavailable' } }));
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

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

/** Calls back after each write on the hub (this device's or another's) with the domains it
 *  changed, so a screen reloads what it shows. Returns the unsubscribe. */
export function onChanged(callback: (change: ChangeEvent) => void): () => void {
  return events.onChanged(callback);
}

/** For tests: swap where change events come from. */
export function useChangeEvents(next: FrontDeskEvents): void {
  events = next;
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
  const result = await fn(input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

// One typed client for the renderer: the preload API inside Electron, the web host over
// HTTP in a browser. Screens call `api['catalog.get']({})` and never know which.
import type { Channel, FrontDeskApi, InputOf, ResultOf } from '../../../shared/api/contract';
import { channelNames } from '../../../shared/api/channels';
import type { ApiResult } from '../../../shared/api/result';

declare global {
  interface Window {
    frontDesk?: FrontDeskApi;
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

// The one result envelope every API call returns, in Electron (IPC) and in the web host (HTTP).

export type ApiErrorCode =
  | 'invalid-input' // the call's input failed its zod schema
  | 'invalid-catalog' // a catalog file or entry failed the catalog rules; details.problems
  | 'quote-error' // pricing refused the request; details.quoteCode is the spec's code
  | 'invalid-phone' // not a phone number for the business's country nor +country; details.field
  | 'phone-in-use' // another active client has this number; details.field, clientId, name
  | 'intake-locked' // the intake form is signed (or erased): a change is a new version
  | 'intake-incomplete' // not every question (or the guardian) is answered; details.questions
  | 'not-found'
  | 'unauthorized' // no valid device credential (a LAN request): HTTP 401
  | 'forbidden' // the caller's role may not use this channel (shared/api/roles.ts): HTTP 403
  | 'hub-unreachable' // connect mode: the hub did not answer (details.reason: network, certificate, answer;
  //   details.write: whether the call would have written; details.outcome 'unknown': a write
  //   whose answer was lost after it was sent, so it may have been saved; docs/network.md)
  | 'pairing' // connect mode: pairing was refused; details.reason says why
  | 'conflict'
  | 'unavailable' // the host cannot do this (e.g. printing from the web host); in a browser, no
  //   answer (details.outcome 'unknown' for a write, as for hub-unreachable)
  | 'storage' // the database cannot do this now; details.fault is a StorageFault (storage.ts)
  | 'internal';

export type ApiError = { code: ApiErrorCode; details?: Record<string, unknown> };
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (code: ApiErrorCode, details?: Record<string, unknown>): ApiResult<never> => ({
  ok: false,
  error: details === undefined ? { code } : { code, details },
});

/** Thrown by services for an expected refusal; the host turns it into `fail(code, details)`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'ApiFailure';
  }
}

// What both web hosts do the same way (the loopback host, server.ts, and the clinic-network
// listener, lan.ts): security headers, request targets that cannot throw, body limits, and
// answering POST /api/<channel> from the core in the result envelope.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FrontDesk } from '../app/front-desk';
import { CONTENT_SECURITY_POLICY } from '../main/security';
import { fail, type ApiResult } from '../../shared/api/result';
import type { Caller } from '../../shared/api/roles';
import { channelChanges } from '../../shared/api/changes';
import { IDEMPOTENCY_HEADER } from '../../shared/api/unanswered-writes';
import { KEY_PATTERN, KEY_REUSED, type RepeatedWrites } from './idempotency';
import { sendText } from './static';

export const MAX_BODY_BYTES = 25 * 1024 * 1024;

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
}

/** Only origin-form targets ("/path?query") are served. The target is parsed as the path of
 *  a fixed origin, so "//host" or "http://[" can never be read as an authority; anything
 *  that still does not parse is answered 400 instead of throwing out of the request handler
 *  (which would end the process). */
export function requestPath(target: string | undefined): URL | null {
  if (!target || !target.startsWith('/')) return null;
  try {
    return new URL(`http://127.0.0.1${target}`);
  } catch {
    return null;
  }
}

/** Runs an async request handler so that nothing escapes as an unhandled rejection (which
 *  would end the process): a failure is answered 500 'internal', or the connection dropped
 *  if the answer had begun. */
export function guarded(
  response: ServerResponse,
  log: (message: string, error?: unknown) => void,
  work: () => Promise<void>,
): void {
  work().catch((error: unknown) => {
    log('front-desk web host: request failed', error);
    if (response.headersSent) response.destroy();
    else sendJson(response, 500, fail('internal'));
  });
}

export const TOO_LARGE = Symbol('too-large');

/** The body as text, or TOO_LARGE as soon as it passes `max` bytes (declared or counted);
 *  the rest is then left unread for refuseTooLarge. */
export function readBody(request: IncomingMessage, max: number): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > max) return resolve(TOO_LARGE);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        request.off('data', onData);
        request.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Answers 413 and closes the connection only after the client has read it: the rest of the
 *  body is drained (discarded) up to another `max` bytes or 10 s, because closing a socket
 *  with unread input makes the kernel reset it and the client would lose the answer. */
export function refuseTooLarge(request: IncomingMessage, response: ServerResponse, max: number): void {
  response.shouldKeepAlive = false;
  sendJson(response, 413, fail('invalid-input', { reason: 'too-large' }));
  let drained = 0;
  const stop = () => request.destroy();
  const timer = setTimeout(stop, 10_000);
  timer.unref();
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > max) stop();
  });
  request.on('end', () => clearTimeout(timer));
  request.on('close', () => clearTimeout(timer));
  request.resume();
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}

/** A JSON body within the limit: the parsed value, or null once the refusal is sent. */
export async function readJson(
  request: IncomingMessage,
  response: ServerResponse,
  maxBodyBytes: number,
): Promise<{ value: unknown; text: string } | null> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    sendText(response, 415, 'Send application/json');
    return null;
  }
  const text = await readBody(request, maxBodyBytes);
  if (text === TOO_LARGE) {
    refuseTooLarge(request, response, maxBodyBytes);
    return null;
  }
  try {
    return { value: JSON.parse(text), text };
  } catch {
    sendJson(response, 400, fail('invalid-input', { reason: 'not-json' }));
    return null;
  }
}

/** Each host's memory of answered writes and whose they are (a device, or the loopback host). */
export type WriteRepeats = { writes: RepeatedWrites<ApiResult<unknown>>; scope: string };

/** POST /api/<channel> once the host has checked who is asking: the core's answer, 404 for
 *  an unknown channel, 403 for one the caller's role may not use. A write sent again with
 *  its Idempotency-Key gets the answer kept for it (idempotency.ts), not a second write. */
export async function answerApiCall(
  request: IncomingMessage,
  response: ServerResponse,
  channel: string,
  options: { frontDesk: FrontDesk; caller?: Caller; maxBodyBytes: number; repeats?: WriteRepeats },
): Promise<void> {
  const body = await readJson(request, response, options.maxBodyBytes);
  if (!body) return;
  // Not decoded: channel names are plain ASCII, so an escaped name is simply unknown (404).
  const write = () => options.frontDesk.handle(channel as never, body.value, options.caller);
  const key = request.headers[IDEMPOTENCY_HEADER];
  // Reads and unknown channels ignore the key: running them again changes nothing.
  const isWrite = Object.hasOwn(channelChanges, channel) && channelChanges[channel as keyof typeof channelChanges].length > 0;
  let result: ApiResult<unknown>;
  if (key === undefined || !isWrite || !options.repeats) result = await write();
  else if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
    return sendJson(response, 400, fail('invalid-input', { reason: 'request-id' }));
  } else {
    const kept = await options.repeats.writes.once(options.repeats.scope, key, channel, body.text, write);
    if (kept === KEY_REUSED) return sendJson(response, 400, fail('invalid-input', { reason: 'request-id-reused' }));
    result = kept;
  }
  const status = result.ok
    ? 200
    : result.error.code === 'forbidden'
      ? 403
      : result.error.code === 'not-found' && result.error.details?.channel
        ? 404
        : 200;
  sendJson(response, status, result);
}

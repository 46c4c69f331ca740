// The hub's change events (GET /api/events, server-sent events) relayed to this PC's
// listeners. The stream is reopened after any loss, waiting longer each time (1 s doubling to
// 30 s, back to 1 s once it is up), until stopped. Each change of reachability is reported,
// so the screens can say "hub unreachable" and refresh once it is back.
import https from 'node:https';
import { createParser } from 'eventsource-parser';
import { DOMAINS, type ChangeEvent, type Domain } from '../../../shared/api/changes';
import { isCertificateError, type HubTarget } from './hub-request';

export type { ChangeEvent };

const known = new Set<string>(DOMAINS);

export type HubEventsOptions = {
  target: HubTarget;
  credential: string;
  onChange: (event: ChangeEvent) => void;
  /** true once the stream is open, false when it is lost (reported on changes only). */
  onReachable: (reachable: boolean) => void;
  log: (message: string, error?: unknown) => void;
  /** Tests: shorter waits. */
  backoffMs?: { first: number; max: number };
};

/** The hub sends a keep-alive comment every 25 s (electron/web/events.ts). */
const SILENCE_MS = 45_000;

export function followHubEvents(options: HubEventsOptions): { stop(): void } {
  const backoff = options.backoffMs ?? { first: 1000, max: 30_000 };
  let wait = backoff.first;
  let stopped = false;
  let reachable: boolean | null = null;
  let request: ReturnType<typeof https.request> | null = null;
  let retry: NodeJS.Timeout | null = null;

  const report = (next: boolean) => {
    if (reachable === next) return;
    reachable = next;
    options.onReachable(next);
  };

  function open() {
    if (stopped) return;
    const parser = createParser({
      onEvent(message) {
        if (message.event !== 'changed') return;
        try {
          const data = JSON.parse(message.data) as { domains?: unknown };
          // A newer hub may know more domains: the known ones are relayed.
          const domains = Array.isArray(data.domains) ? data.domains.filter((d): d is Domain => known.has(d as string)) : [];
          if (domains.length > 0) options.onChange({ domains });
        } catch (error) {
          options.log('front-desk: an event from the hub was not JSON', error);
        }
      },
    });
    const url = new URL('/api/events', options.target.address);
    request = https.request(
      url,
      {
        method: 'GET',
        agent: options.target.agent,
        headers: { accept: 'text/event-stream', authorization: `Bearer ${options.credential}` },
      },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          lost(new Error(`events answered ${response.statusCode}`));
          return;
        }
        wait = backoff.first;
        report(true);
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => parser.feed(chunk));
        response.on('end', () => lost(null));
        response.on('error', (error) => lost(error));
      },
    );
    request.on('error', (error) => lost(error));
    // A hub that went away without closing (cable pulled, PC asleep) sends nothing: the hub
    // sends a comment line every 25 s, so a long silence means the stream is dead.
    request.setTimeout(SILENCE_MS, () => lost(new Error('the event stream fell silent')));
    request.end();
  }

  function lost(error: unknown) {
    if (stopped || retry) return;
    request?.destroy();
    request = null;
    if (error && isCertificateError(error)) options.log('front-desk: the hub certificate is not the pinned one', error);
    report(false);
    retry = setTimeout(() => {
      retry = null;
      open();
    }, wait);
    retry.unref();
    wait = Math.min(wait * 2, backoff.max);
  }

  open();
  return {
    stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      request?.destroy();
    },
  };
}

// Connect mode: the same FrontDesk interface as the local core, answered by the hub. Every
// channel is forwarded as POST https://<hub>/api/<channel> with this PC's credential, over a
// connection pinned to the clinic CA; the hub validates, authorizes and answers exactly like
// the loopback host. Nothing is written on this PC (there is no local database): when the hub
// cannot be reached the answer is fail('hub-unreachable') and the screens say so.
// What stays on this PC: its host's own channels (printing, the window), app.info, and its
// UI language (kept in hub.json, so each desk keeps its own language).
// A write whose answer was lost after it was sent may have been saved: the screen says the
// outcome is unknown, and the same write sent again carries the same key, so the hub answers
// what it kept instead of saving it twice (docs/network.md, "Writes sent twice").
import { contract, type Channel, type ResultOf } from '../../../shared/api/contract';
import { fail, ok, type ApiResult } from '../../../shared/api/result';
import type { AppInfo, Session, Settings } from '../../../shared/api/types';
import type { FrontDesk } from '../front-desk';
import type { HostHandlers } from '../types';
import { channelChanges, HUB_REACHABILITY } from '../../../shared/api/changes';
import { followHubEvents, type ChangeEvent } from './hub-events';
import { answerJson, hubRequest, HubUnreachable, type HubTarget } from './hub-request';
import { writeHubLink, type HubLink } from './hub-link';
import { pinnedAgent } from './pinning';
import { unansweredWrites, type UnansweredWrites } from '../../../shared/api/unanswered-writes';

export type RemoteFrontDeskOptions = {
  dataDir: string;
  link: HubLink;
  host: AppInfo['host'];
  version: string;
  /** The host's own channels (printing, file dialogs, showing the window). */
  hostHandlers?: Partial<HostHandlers>;
  timeoutMs?: number;
  log?: (message: string, error?: unknown) => void;
  /** Tests: shorter waits before the event stream is reopened. */
  eventsBackoffMs?: { first: number; max: number };
  /** Writes whose answer was lost, kept by the caller across a change of the hub's address. */
  unanswered?: UnansweredWrites;
};

export type RemoteFrontDesk = FrontDesk & {
  /** Whether the hub's event stream is up (null until the first attempt ends). */
  readonly reachable: boolean | null;
};


const HOST_CHANNELS = new Set<Channel>(['app.ready', 'print.dialog', 'print.savePdf', 'backups.chooseFile']);

export function openRemoteFrontDesk(options: RemoteFrontDeskOptions): RemoteFrontDesk {
  const log = options.log ?? ((message, error) => console.error(message, error));
  let link = options.link;
  const target: HubTarget = { address: link.address, agent: pinnedAgent(link) };
  const info: AppInfo = {
    version: options.version,
    host: options.host,
    dataDir: options.dataDir,
    dbPath: '', // no local database: the data is the hub's
    storage: { state: 'ok' },
  };
  const listeners = new Set<(change: ChangeEvent) => void>();
  const emit = (change: ChangeEvent) => {
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (error) {
        log('front-desk: a change listener failed', error);
      }
    }
  };
  let reachable: boolean | null = null;
  const unanswered = options.unanswered ?? unansweredWrites();
  const events = followHubEvents({
    target,
    credential: link.credential,
    onChange: emit,
    onReachable(next) {
      reachable = next;
      emit({ domains: [HUB_REACHABILITY] });
    },
    log,
    ...(options.eventsBackoffMs ? { backoffMs: options.eventsBackoffMs } : {}),
  });

  async function forward(channel: Channel, input: unknown): Promise<ApiResult<unknown>> {
    // Whether the call would have written: a read that fails must not say "nothing was saved".
    const write = channelChanges[channel].length > 0;
    const json = JSON.stringify(input ?? {});
    const idempotencyKey = write ? unanswered.keyFor(channel, json) : undefined;
    const sentAt = Date.now();
    // Not sent this time, yet an earlier send of this same write may still have been saved.
    const unreachable = (reason: string) =>
      write && unanswered.isUnknown(channel, json)
        ? fail('hub-unreachable', { reason, hubAddress: link.address, write, outcome: 'unknown' })
        : fail('hub-unreachable', { reason, hubAddress: link.address, write });
    try {
      const answer = await hubRequest(target, {
        method: 'POST',
        path: `/api/${channel}`,
        credential: link.credential,
        json: input ?? {},
        timeoutMs: options.timeoutMs,
        idempotencyKey,
      });
      if (answer.status === 401) return fail('unauthorized', { hubAddress: link.address });
      const body = answerJson(answer) as ApiResult<unknown> | null;
      if (body && typeof body === 'object' && typeof body.ok === 'boolean') {
        // The hub answered this write: the next save of the same call is a new write.
        if (write) unanswered.answered(channel, json);
        return body;
      }
      // Something answers at that address, but not the hub's API (e.g. a proxy's error page).
      log(`front-desk: the hub answered ${channel} with HTTP ${answer.status} and no result`);
      return unreachable('answer');
    } catch (error) {
      if (error instanceof HubUnreachable) {
        if (error.reason === 'certificate') log('front-desk: the hub certificate is not the pinned one', error.cause);
        if (idempotencyKey && error.sent) unanswered.remember(channel, json, idempotencyKey, sentAt);
        return unreachable(error.reason);
      }
      log(`front-desk: forwarding ${channel} failed`, error);
      return fail('internal');
    }
  }

  /** The hub's settings with this PC's language on top. */
  const withLocalLanguage = (result: ApiResult<unknown>) =>
    result.ok && link.uiLanguage ? ok({ ...(result.value as Settings), uiLanguage: link.uiLanguage }) : result;

  async function handle<C extends Channel>(channel: C, input: unknown): Promise<ApiResult<ResultOf<C>>> {
    if (!Object.hasOwn(contract, channel)) return fail('not-found', { channel });
    if (channel === 'app.info') return ok(info as ResultOf<C>);
    if (HOST_CHANNELS.has(channel)) {
      const parsed = contract[channel].input.safeParse(input ?? {});
      const handler = options.hostHandlers?.[channel as keyof HostHandlers] as ((input: unknown) => unknown) | undefined;
      if (!parsed.success) return fail('invalid-input');
      if (!handler) return channel === 'app.ready' ? ok({ shown: false } as ResultOf<C>) : fail('unavailable');
      try {
        return ok((await handler(parsed.data)) as ResultOf<C>);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return code === 'unavailable' ? fail('unavailable') : (log(`front-desk: ${channel} failed`, error), fail('internal'));
      }
    }
    if (channel === 'app.session') {
      // The hub says who this device is (role, name); how it is connected is this PC's fact.
      const session = await forward(channel, input);
      return (session.ok ? ok({ ...(session.value as Session), mode: 'connected', hubAddress: link.address }) : session) as ApiResult<ResultOf<C>>;
    }
    if (channel === 'settings.get') return withLocalLanguage(await forward(channel, input)) as ApiResult<ResultOf<C>>;
    if (channel === 'settings.update' && isLanguageOnly(input)) {
      // The language is this PC's choice, not the clinic's: kept here, nothing sent.
      const current = await forward('settings.get', {});
      if (!current.ok) return current;
      link = { ...link, uiLanguage: input.uiLanguage };
      writeHubLink(options.dataDir, link);
      return withLocalLanguage(current) as ApiResult<ResultOf<C>>;
    }
    return (await forward(channel, input)) as ApiResult<ResultOf<C>>;
  }

  return {
    info,
    handle,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get reachable() {
      return reachable;
    },
    close() {
      events.stop();
      listeners.clear();
      target.agent.destroy();
    },
  };
}

function isLanguageOnly(input: unknown): input is { uiLanguage: 'ko' | 'en' } {
  if (!input || typeof input !== 'object') return false;
  const keys = Object.keys(input);
  const language = (input as { uiLanguage?: unknown }).uiLanguage;
  return keys.length === 1 && keys[0] === 'uiLanguage' && (language === 'ko' || language === 'en');
}

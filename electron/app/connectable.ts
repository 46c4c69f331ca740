// The core a host opens: this PC's own database, or (when hub.json is in the data folder) the
// hub's data through openRemoteFrontDesk. Connecting and disconnecting swap one for the other
// while the host runs: the host keeps one object and the renderer reloads to start afresh.
// A connected desk opens no local database at all, so it cannot write anything locally.
import { contract, type Channel, type ResultOf } from '../../shared/api/contract';
import { ApiFailure, fail, ok, type ApiResult } from '../../shared/api/result';
import { openFrontDesk, type FrontDesk, type FrontDeskOptions, type HubFrontDesk } from './front-desk';
import { readHubLink, removeHubLink, writeHubLink, type HubLink } from './remote/hub-link';
import { pairWithHub } from './remote/pairing';
import { linkAtNewAddress } from './remote/move-hub';
import { unansweredWrites } from '../../shared/api/unanswered-writes';
import { openRemoteFrontDesk, type RemoteFrontDesk } from './remote/remote-front-desk';
import type { ChangeEvent } from '../../shared/api/changes';
import type { Caller } from '../../shared/api/roles';

export type ConnectableFrontDesk = FrontDesk & {
  readonly mode: 'local' | 'connected';
  /** This PC's own core while it is not connected (the one that can share on the network). */
  local(): HubFrontDesk | null;
  /** Called as `local()` changes (connected: null; disconnected: the new core), before the old
   *  core closes and before the connect or disconnect is answered: the host moves sharing. */
  onLocalChanged(listener: (local: HubFrontDesk | null) => void | Promise<void>): () => void;
};

export type ConnectableOptions = FrontDeskOptions & {
  /** Tests: a shorter deadline for each request to the hub. */
  hubTimeoutMs?: number;
};

type Inner = { kind: 'local'; core: HubFrontDesk } | { kind: 'connected'; core: RemoteFrontDesk; link: HubLink };

export function openConnectableFrontDesk(options: ConnectableOptions): ConnectableFrontDesk {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const listeners = new Set<(change: ChangeEvent) => void>();
  const localListeners = new Set<(local: HubFrontDesk | null) => void | Promise<void>>();
  /** Sharing follows at once; a host that fails to follow is logged, the switch still holds. */
  const localChanged = async (local: HubFrontDesk | null) => {
    for (const listener of localListeners) {
      try {
        await listener(local);
      } catch (error) {
        log('front-desk: sharing could not follow the switch of core', error);
      }
    }
  };
  let unsubscribe: () => void = () => {};

  const relay = (change: ChangeEvent) => {
    for (const listener of listeners) listener(change);
  };

  // One memory of lost writes for this PC: a retry after the hub moved carries the same key.
  const unanswered = unansweredWrites();

  function open(link: HubLink | null): Inner {
    unsubscribe();
    let inner: Inner;
    if (link) {
      const core = openRemoteFrontDesk({
        dataDir: options.dataDir,
        link,
        host: options.host,
        version: options.version,
        log,
        ...(options.hostHandlers ? { hostHandlers: options.hostHandlers } : {}),
        ...(options.hubTimeoutMs ? { timeoutMs: options.hubTimeoutMs } : {}),
        unanswered,
      });
      inner = { kind: 'connected', core, link };
    } else {
      inner = { kind: 'local', core: openFrontDesk(options) };
    }
    unsubscribe = inner.core.onChange(relay);
    return inner;
  }

  let inner = open(readHubLink(options.dataDir));

  async function connect(input: unknown): Promise<ApiResult<{ hubAddress: string }>> {
    const parsed = contract['connection.connect'].input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid-input');
    // A PC that shares its data is the hub: the devices paired with it would lose it.
    if (inner.kind === 'local' && inner.core.network.settings().sharing) return fail('conflict', { reason: 'sharing' });
    try {
      const link = await pairWithHub({ ...parsed.data, ...(options.hubTimeoutMs ? { timeoutMs: options.hubTimeoutMs } : {}) });
      writeHubLink(options.dataDir, link);
      await localChanged(null); // its sharing stops before the local core closes
      inner.core.close();
      inner = open(link);
      log(`front-desk: connected to the hub at ${link.address} as "${link.deviceName}"`);
      return ok({ hubAddress: link.address });
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.code, error.details);
      log('front-desk: connecting to the hub failed', error);
      return fail('internal');
    }
  }

  async function disconnect(): Promise<ApiResult<{ mode: 'local' }>> {
    // Forgetting the credential is all it takes on this side; the hub's user revokes the
    // device in its list.
    removeHubLink(options.dataDir);
    inner.core.close();
    inner = open(null);
    await localChanged(inner.kind === 'local' ? inner.core : null); // shares again if its setting says so
    log('front-desk: disconnected from the hub; this PC uses its own data again');
    return ok({ mode: 'local' });
  }

  /** The same hub at a new address: hub.json takes it, the connection starts again there. */
  async function moveHub(input: unknown): Promise<ApiResult<{ hubAddress: string }>> {
    const parsed = contract['connection.moveHub'].input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid-input');
    if (inner.kind !== 'connected') return fail('unavailable');
    try {
      const link = await linkAtNewAddress(inner.link, parsed.data.address, options.hubTimeoutMs);
      writeHubLink(options.dataDir, link);
      inner.core.close();
      inner = open(link);
      log(`front-desk: the hub is now reached at ${link.address}`);
      return ok({ hubAddress: link.address });
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.code, error.details);
      log('front-desk: the hub could not be checked at its new address', error);
      return fail('internal');
    }
  }

  // Connecting, disconnecting and moving the hub replace the core: one at a time, in order
  // (a disconnect while a move still waits for the hub must not be undone by it).
  let switching: Promise<unknown> = Promise.resolve();
  function oneAtATime<T>(step: () => Promise<T>): Promise<T> {
    const run = switching.then(step, step);
    switching = run.catch(() => undefined);
    return run;
  }

  async function handle<C extends Channel>(channel: C, input: unknown, caller?: Caller): Promise<ApiResult<ResultOf<C>>> {
    if (channel === 'connection.connect' || channel === 'connection.disconnect' || channel === 'connection.moveHub') {
      // Only this PC's own user: a paired device never moves the hub.
      if (caller !== undefined && caller.role !== 'hub') return fail('forbidden');
      const step = (): Promise<ApiResult<unknown>> =>
        channel === 'connection.connect' ? connect(input) : channel === 'connection.moveHub' ? moveHub(input) : disconnect();
      return (await oneAtATime(step)) as ApiResult<ResultOf<C>>;
    }
    return inner.core.handle(channel, input, caller);
  }

  return {
    get info() {
      return inner.core.info;
    },
    get mode() {
      return inner.kind;
    },
    local: () => (inner.kind === 'local' ? inner.core : null),
    onLocalChanged(listener) {
      localListeners.add(listener);
      return () => void localListeners.delete(listener);
    },
    handle,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      unsubscribe();
      listeners.clear();
      localListeners.clear();
      inner.core.close();
    },
  };
}

/** `--connect ...` at start: pairs and writes hub.json unless this PC is paired already.
 *  Returns null when done (or nothing to do), else the failure to print. */
export async function pairAtLaunch(
  dataDir: string,
  connect: { address: string; code: string; deviceName: string; fingerprint: string } | undefined,
): Promise<ApiResult<never> | null> {
  if (!connect || readHubLink(dataDir)) return null;
  try {
    writeHubLink(dataDir, await pairWithHub(connect));
    return null;
  } catch (error) {
    return error instanceof ApiFailure ? fail(error.code, error.details) : fail('internal', { message: String(error) });
  }
}

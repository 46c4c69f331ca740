// The whole app without a window: opens the database, seeds a first run, and answers every
// channel of the contract. Electron's IPC and the web host both call `handle`, so input
// validation, error mapping and the handler map live here, once.
import { join } from 'node:path';
import { contract, type Channel, type ResultOf } from '../../shared/api/contract';
import { ApiFailure, fail, ok, type ApiResult } from '../../shared/api/result';
import type { Catalog } from '../../shared/pricing';
import type { AppInfo, Session } from '../../shared/api/types';
import { HUB_CALLER, mayUse, type Caller } from '../../shared/api/roles';
import { changesOf, type ChangeEvent } from '../../shared/api/changes';
import { seedIfEmpty } from '../services/catalog';
import { finishScanDeletions } from '../services/erasure';
import { languageFromLocale, rememberSystemDefaults } from '../services/settings';
import { sampleForLocale, samples } from './samples';
import { appHandlers, settingsHandlers } from './handlers/settings';
import { catalogHandlers } from './handlers/catalog';
import { callHandlers } from './handlers/calls';
import { clientHandlers } from './handlers/clients';
import { phoneHandlers } from './handlers/phones';
import { backupHandlers } from './handlers/backups';
import { openStorage } from './storage';
import { intakeHandlers } from './handlers/intake';
import { prescriptionHandlers } from './handlers/prescriptions';
import { connectionHandlers } from './handlers/connection';
import { networkHandlers } from './handlers/network';
import { createHubNetwork, type HubNetwork } from '../services/network';
import { recordIdOf, recordWrite } from '../services/network/write-log';
import { therapistHandlers } from './handlers/therapist';
import type { HandlerContext, HandlerMap, HostHandlers } from './types';

export type FrontDeskOptions = {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  /** The system's locale, e.g. "ko-KR": picks the UI language on the first run. */
  systemLocale: string;
  hostHandlers?: HostHandlers;
  now?: () => Date;
  /** The catalog a new database starts with (default: the sample for the locale's country). */
  seed?: Catalog;
  log?: (message: string, error?: unknown) => void;
  /** How this app is connected, for `app.session` (default: alone, or the hub when sharing). */
  connection?: () => Pick<Session, 'mode' | 'hubAddress'>;
  /** Tests: the machine's LAN addresses and name, as the network service sees them. */
  machine?: { addresses: () => string[]; hostName: string };
};

export type FrontDesk = {
  info: AppInfo;
  /** `caller` absent = the hub's own user (Electron IPC, the loopback web host). */
  handle<C extends Channel>(channel: C, input: unknown, caller?: Caller): Promise<ApiResult<ResultOf<C>>>;
  /** Called after each successful write channel with the domains it changed; returns the
   *  unsubscribe function. */
  onChange(listener: (change: ChangeEvent) => void): () => void;
  close(): void;
};

/** The app on the PC that holds the database: it can also share it on the clinic network. */
export type HubFrontDesk = FrontDesk & { network: HubNetwork };

export const DATABASE_FILE = 'front-desk.sqlite3';

/** Printing and file dialogs need a window; a host without one says so and the renderer
 *  falls back (window.print(), a typed path). */
const noHostHandlers: HostHandlers = {
  'print.dialog': () => {
    throw new ApiFailure('unavailable');
  },
  'print.savePdf': () => {
    throw new ApiFailure('unavailable');
  },
  // A browser page cannot hand a file to the system's viewer: the renderer downloads it.
  'print.openScan': () => {
    throw new ApiFailure('unavailable');
  },
  'backups.chooseFile': () => {
    throw new ApiFailure('unavailable');
  },
  // The web host's page is shown by the browser as it loads: nothing to do.
  'app.ready': () => ({ shown: false }),
};

/** Writes that touch files, so they run their own transaction (not a savepoint inside the
 *  core's) and know whether it committed: an erase deletes the client's scan files only once
 *  the erase is committed, so a failed commit never leaves rows pointing at deleted files; a
 *  new prescription removes its scan file when its write fails, so a failed commit never
 *  leaves a health-data file that no row names. Their write-log row follows the commit. */
const COMMITS_ITSELF = new Set<Channel>(['clients.erase', 'prescriptions.create']);

/** Channels answered whatever state the database is in: they need no database, or are
 *  how the user gets out of a fault (restoring a backup). */
const WITHOUT_DATABASE = new Set<Channel>([
  'app.info',
  'app.ready',
  'app.session',
  'settings.get',
  'backups.list',
  'backups.check',
  'backups.restore',
  'backups.chooseFile',
]);

export function openFrontDesk(options: FrontDeskOptions): HubFrontDesk {
  const dbPath = join(options.dataDir, DATABASE_FILE);
  const log = options.log ?? ((message, error) => console.error(message, error));
  const now = options.now ?? (() => new Date());
  const storage = openStorage({
    dataDir: options.dataDir,
    dbPath,
    now,
    log,
    prepare(db) {
      seedIfEmpty(db, () => options.seed ?? samples[sampleForLocale(options.systemLocale)]); // parsed only for an empty database
      rememberSystemDefaults(db, options.systemLocale); // the first run stores its choices
      try {
        // scan files of an erase that stopped before deleting them (a crash, a locked file)
        const { left } = finishScanDeletions(db, options.dataDir);
        if (left > 0) log(`front-desk: ${left} scan file(s) of erased prescriptions could not be deleted yet`);
      } catch (error) {
        log('front-desk: deleting the scan files of erased prescriptions failed', error); // the app still starts
      }
    },
  });

  const baseInfo = { version: options.version, host: options.host, dataDir: options.dataDir, dbPath };
  const info = (): AppInfo => ({ ...baseInfo, storage: storage.state });
  const systemLanguage = languageFromLocale(options.systemLocale);
  const network = createHubNetwork({
    dataDir: options.dataDir,
    db: () => contextFor(HUB_CALLER).db,
    now,
    emit: (change) => emit(change),
    log,
    addresses: options.machine?.addresses,
    hostName: options.machine?.hostName,
  });
  const connection = options.connection ?? network.connection;
  const contextFor = (caller: Caller): HandlerContext => ({
    get db() {
      const db = storage.db;
      if (!db) throw new ApiFailure('storage', { fault: faultNow() });
      return db;
    },
    get info() {
      return info();
    },
    now,
    storage,
    systemLanguage,
    caller,
    connection,
    network,
  });
  const listeners = new Set<(change: ChangeEvent) => void>();
  const emit = (change: ChangeEvent) => {
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (error) {
        log('front-desk: a change listener failed', error); // a host's relay, never the write
      }
    }
  };
  const faultNow = () => {
    const state = storage.state;
    return state.state === 'fault' ? state.fault : 'damaged';
  };
  const handlers: HandlerMap = {
    ...appHandlers,
    ...settingsHandlers,
    ...catalogHandlers,
    ...callHandlers,
    ...clientHandlers,
    ...phoneHandlers,
    ...backupHandlers,
    ...intakeHandlers,
    ...prescriptionHandlers,
    ...connectionHandlers,
    ...networkHandlers,
    ...therapistHandlers,
    ...(options.hostHandlers ?? noHostHandlers),
  };

  async function handle<C extends Channel>(
    channel: C,
    input: unknown,
    caller: Caller = HUB_CALLER,
  ): Promise<ApiResult<ResultOf<C>>> {
    if (!Object.hasOwn(contract, channel)) return fail('not-found', { channel });
    // Before validation: a device learns nothing about a channel its role may not use.
    if (!mayUse(caller.role, channel)) return fail('forbidden');
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail('invalid-input', {
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        })),
      });
    }
    // Printing, file dialogs and the window belong to the screen in front of the hub's user:
    // a paired device gets what the web host gives (the renderer prints with the browser).
    if (caller.deviceId !== null && Object.hasOwn(noHostHandlers, channel)) {
      const own = noHostHandlers[channel as keyof HostHandlers] as (input: unknown, context: HandlerContext) => unknown;
      try {
        return ok((await own(parsed.data, contextFor(caller))) as ResultOf<C>);
      } catch (error) {
        if (error instanceof ApiFailure) return fail(error.code, error.details);
        throw error;
      }
    }
    if (storage.state.state === 'fault' && !WITHOUT_DATABASE.has(channel)) {
      return fail('storage', { fault: storage.state.fault });
    }
    const handler = handlers[channel] as (input: unknown, context: HandlerContext) => unknown;
    const domains = changesOf(channel);
    const context = contextFor(caller);
    try {
      const value = (await (domains.length > 0 ? write(channel, parsed.data, handler, context) : handler(parsed.data, context))) as ResultOf<C>;
      if (domains.length > 0) emit({ domains: [...domains] });
      return ok(value);
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.code, error.details);
      // SQLite's words go to the log only; the screen gets the fault's code.
      const fault = storage.faultOf(error);
      if (fault) return fail('storage', { fault });
      log(`front-desk: ${channel} failed`, error);
      return fail('internal');
    }
  }

  /** A write and its write-log row (who made it) commit together. Backups work on files
   *  (a restore replaces the database itself), so they are not wrapped; an asynchronous
   *  handler's row is written once it is done. */
  function write(channel: Channel, input: unknown, handler: (input: unknown, context: HandlerContext) => unknown, context: HandlerContext) {
    const db = storage.db;
    const record = (value: unknown) =>
      recordWrite(context.db, { at: now(), deviceId: context.caller.deviceId, channel, recordId: recordIdOf(value, input) });
    // After the fact (not in the write's transaction): a failure to log is logged, not
    // reported as a failed write, since the write is done.
    const logAfter = (value: unknown) => {
      try {
        if (storage.db) record(value);
      } catch (error) {
        log(`front-desk: ${channel} was not written to the write log`, error);
      }
      return value;
    };
    if (!db || channel.startsWith('backups.') || COMMITS_ITSELF.has(channel)) {
      return Promise.resolve(handler(input, context)).then(logAfter);
    }
    // better-sqlite3 refuses a transaction function that returns a promise: boxed.
    const box = db.transaction((): { done: unknown } | { pending: Promise<unknown> } => {
      const value = handler(input, context);
      if (value instanceof Promise) return { pending: value };
      record(value);
      return { done: value };
    })();
    return 'pending' in box ? box.pending.then(logAfter) : box.done;
  }

  return {
    get info() {
      return info();
    },
    network,
    handle,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      storage.close();
    },
  };
}

// The whole app without a window: opens the database, seeds a first run, and answers every
// channel of the contract. Electron's IPC and the web host both call `handle`, so input
// validation, error mapping and the handler map live here, once.
import { join } from 'node:path';
import { contract, type Channel, type ResultOf } from '../../shared/api/contract';
import { ApiFailure, fail, ok, type ApiResult } from '../../shared/api/result';
import type { Catalog } from '../../shared/pricing';
import type { AppInfo } from '../../shared/api/types';
import { openDatabase } from '../db/open';
import { seedIfEmpty } from '../services/catalog';
import { rememberSystemDefaults } from '../services/settings';
import seedCatalogFile from '../../resources/seed-catalog.json';
import { settingsHandlers } from './handlers/settings';
import { catalogHandlers } from './handlers/catalog';
import { callHandlers } from './handlers/calls';
import { clientHandlers } from './handlers/clients';
import { prescriptionHandlers } from './handlers/prescriptions';
import type { HandlerContext, HandlerMap, HostHandlers } from './types';

export type FrontDeskOptions = {
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  /** The system's locale, e.g. "ko-KR": picks the UI language on the first run. */
  systemLocale: string;
  hostHandlers?: HostHandlers;
  now?: () => Date;
  /** The catalog a new database starts with (default: resources/seed-catalog.json). */
  seed?: Catalog;
  log?: (message: string, error?: unknown) => void;
};

export type FrontDesk = {
  info: AppInfo;
  handle<C extends Channel>(channel: C, input: unknown): Promise<ApiResult<ResultOf<C>>>;
  close(): void;
};

export const DATABASE_FILE = 'front-desk.sqlite3';

/** Printing needs a window; a host without one says so and the renderer falls back. */
const noPrinting: HostHandlers = {
  'print.dialog': () => {
    throw new ApiFailure('unavailable');
  },
  'print.savePdf': () => {
    throw new ApiFailure('unavailable');
  },
};

export function openFrontDesk(options: FrontDeskOptions): FrontDesk {
  const dbPath = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(dbPath);
  try {
    seedIfEmpty(db, () => options.seed ?? seedCatalogFile); // parsed only for an empty database
    rememberSystemDefaults(db, options.systemLocale); // the first run stores its choices
  } catch (error) {
    db.close();
    throw error;
  }

  const info: AppInfo = {
    version: options.version,
    host: options.host,
    dataDir: options.dataDir,
    dbPath,
  };
  const context: HandlerContext = {
    db,
    info,
    now: options.now ?? (() => new Date()),
  };
  const handlers: HandlerMap = {
    ...settingsHandlers,
    ...catalogHandlers,
    ...callHandlers,
    ...clientHandlers,
    ...prescriptionHandlers,
    ...(options.hostHandlers ?? noPrinting),
  };
  const log = options.log ?? ((message, error) => console.error(message, error));

  async function handle<C extends Channel>(channel: C, input: unknown): Promise<ApiResult<ResultOf<C>>> {
    if (!Object.hasOwn(contract, channel)) return fail('not-found', { channel });
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail('invalid-input', {
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        })),
      });
    }
    const handler = handlers[channel] as (input: unknown, context: HandlerContext) => unknown;
    try {
      return ok((await handler(parsed.data, context)) as ResultOf<C>);
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.code, error.details);
      log(`front-desk: ${channel} failed`, error);
      return fail('internal');
    }
  }

  return { info, handle, close: () => db.close() };
}

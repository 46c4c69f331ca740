import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Channel, Contract, ResultOf } from '../../shared/api/contract';
import type { AppInfo, Session } from '../../shared/api/types';
import type { Caller } from '../../shared/api/roles';
import type { Lang } from '../../shared/pricing/types';
import type { Storage } from './storage';

/** What a handler gets besides its (already validated) input. */
export type HandlerContext = {
  /** Throws ApiFailure('storage') when no database is open (a fault at start). */
  readonly db: Database.Database;
  readonly info: AppInfo;
  now: () => Date;
  storage: Storage;
  /** The language the system suggests, for answers given without a database. */
  systemLanguage: Lang;
  /** Who called: the hub's own user, or a paired device with its role. */
  caller: Caller;
  /** How this app is connected (local, sharing as the hub, connected to a hub). */
  connection: () => Pick<Session, 'mode' | 'hubAddress'>;
};

export type Handler<C extends Channel> = (
  input: z.output<Contract[C]['input']>,
  context: HandlerContext,
) => ResultOf<C> | Promise<ResultOf<C>>;

export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> };

/** Handlers only a host can give (printing needs Electron's webContents, file dialogs a
 *  window). */
export type HostHandlers = HandlerMap<'print.dialog' | 'print.savePdf' | 'print.openScan' | 'backups.chooseFile' | 'app.ready'>;

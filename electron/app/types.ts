import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { Channel, Contract, ResultOf } from '../../shared/api/contract';
import type { AppInfo } from '../../shared/api/types';

/** What a handler gets besides its (already validated) input. */
export type HandlerContext = {
  db: Database.Database;
  info: AppInfo;
  now: () => Date;
};

export type Handler<C extends Channel> = (
  input: z.output<Contract[C]['input']>,
  context: HandlerContext,
) => ResultOf<C> | Promise<ResultOf<C>>;

export type HandlerMap<C extends Channel = Channel> = { [K in C]: Handler<K> };

/** Handlers only a host can give (printing needs Electron's webContents). */
export type HostHandlers = HandlerMap<'print.dialog' | 'print.savePdf'>;

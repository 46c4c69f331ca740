// The API contract: one map channel -> input schema + result type, combined from one file
// per domain. The preload object, the handler registration, the web host and the renderer's
// client are all derived from it. Nothing else lives here.
import type { z } from 'zod';
import type { ApiResult } from './result';
import { appChannels } from './app';
import { settingsChannels } from './settings';
import { catalogChannels } from './catalog';
import { callChannels } from './calls';
import { clientChannels } from './clients';
import { phoneChannels } from './phones';
import { prescriptionChannels } from './prescriptions';
import { printChannels } from './print';
import { backupChannels } from './backups';
import { intakeChannels } from './intake';
import { connectionChannels } from './connection';
import { networkChannels } from './network';
import { therapistChannels } from './therapist';

export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...catalogChannels,
  ...callChannels,
  ...clientChannels,
  ...phoneChannels,
  ...prescriptionChannels,
  ...printChannels,
  ...backupChannels,
  ...intakeChannels,
  ...connectionChannels,
  ...networkChannels,
  ...therapistChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** The shape of the preload object and of the renderer's client: one named function per
 *  channel, e.g. `api['catalog.get']({})`. */
export type FrontDeskApi = {
  [C in Channel]: (input: InputOf<C>) => Promise<ApiResult<ResultOf<C>>>;
};

export const channels = Object.keys(contract) as Channel[];

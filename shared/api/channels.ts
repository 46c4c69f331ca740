// The channel names as a plain list, for the preload bundle (which must not pull zod in).
// The type check below fails the build if this list and the contract ever differ.
import type { Channel } from './contract';

export const channelNames = [
  'app.info',
  'settings.get',
  'settings.update',
  'catalog.get',
  'catalog.export',
  'catalog.checkImport',
  'catalog.import',
  'catalog.saveEntry',
  'catalog.removeEntry',
  'catalog.moveEntry',
  'catalog.saveBasics',
  'calls.save',
  'calls.search',
  'calls.get',
  'calls.update',
  'calls.byPhone',
  'calls.exportCsv',
  'clients.create',
  'clients.get',
  'clients.update',
  'clients.archive',
  'clients.search',
  'clients.calls',
  'clients.mergePreview',
  'clients.merge',
  'clients.byPhone',
  'prescriptions.list',
  'prescriptions.create',
  'prescriptions.scan',
  'visits.check',
  'visits.create',
  'visits.list',
  'plans.list',
  'plans.save',
  'plans.archive',
  'policies.list',
  'policies.create',
  'policies.archive',
  'coverage.check',
  'print.dialog',
  'print.savePdf',
] as const satisfies readonly Channel[];

type Listed = (typeof channelNames)[number];
// Both must be `never`: a channel missing here, or a name here that is no channel.
export type MissingChannels = Exclude<Channel, Listed>;
const complete: [MissingChannels] extends [never] ? true : false = true;
void complete;

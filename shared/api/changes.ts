// What a successful call changes, as the domains the other devices' screens reload. Reads
// change nothing ([]). The core emits `{ domains }` after each successful write channel
// (FrontDesk.onChange); the hosts relay it (server-sent events, a preload event).
// `satisfies Record<Channel, …>` fails the build when a channel is not classified.
import type { Channel } from './contract';

export const DOMAINS = [
  'settings',
  'catalog',
  'calls',
  'clients',
  'intake',
  'prescriptions',
  'visits',
  'plans',
  'policies',
  'backups',
  'devices',
  'network',
] as const;
/** Connect mode only: the hub became reachable or unreachable (a desk's screens re-check and
 *  reload). Never emitted by a core, so not in DOMAINS. */
export const HUB_REACHABILITY = 'hub';
export type Domain = (typeof DOMAINS)[number] | typeof HUB_REACHABILITY;

/** Sent to every listener after a write: which kinds of record may have changed. */
export type ChangeEvent = { domains: Domain[] };

/** The Electron IPC event the main process sends to its window after a write. */
export const CHANGED_EVENT = 'front-desk:changed';

/** Besides the channels, the preload (and the renderer's client) offer this one event. */
export type FrontDeskEvents = {
  /** Calls back after each write on the hub, by any device; returns the unsubscribe. */
  onChanged(callback: (change: ChangeEvent) => void): () => void;
};

const none = [] as const;
/** A merge moves, an erase empties, every record that points at a client. */
const merged = ['clients', 'calls', 'intake', 'prescriptions', 'visits', 'policies'] as const;

export const channelChanges = {
  'app.info': none,
  'app.ready': none,
  'app.session': none,
  'settings.get': none,
  'settings.update': ['settings'],
  'catalog.get': none,
  'catalog.export': none,
  'catalog.checkImport': none,
  'catalog.import': ['catalog'],
  'catalog.saveEntry': ['catalog'],
  'catalog.removeEntry': ['catalog'],
  'catalog.moveEntry': ['catalog'],
  'catalog.saveBasics': ['catalog'],
  // Saving a call may add its client.
  'calls.save': ['calls', 'clients'],
  'calls.search': none,
  'calls.get': none,
  'calls.update': ['calls'],
  'calls.byPhone': none,
  'calls.exportCsv': none,
  'clients.create': ['clients'],
  'clients.get': none,
  'clients.update': ['clients'],
  'clients.archive': ['clients'],
  'clients.search': none,
  'clients.calls': none,
  'clients.mergePreview': none,
  'clients.merge': merged,
  'clients.erasePreview': none,
  'clients.erase': merged,
  'clients.byPhone': none,
  'phones.check': none,
  'intake.settings': none,
  'intake.updateSettings': ['settings'],
  'intake.client': none,
  'intake.get': none,
  'intake.saveDraft': ['intake'],
  'intake.sign': ['intake'],
  'intake.erase': ['intake'],
  'intake.renewalsDue': none,
  'prescriptions.list': none,
  'prescriptions.create': ['prescriptions'],
  'prescriptions.scan': none, // fetches the stored scan
  'visits.check': none,
  'visits.create': ['visits'],
  'visits.list': none,
  'plans.list': none,
  'plans.save': ['plans'],
  'plans.archive': ['plans'],
  'policies.list': none,
  'policies.create': ['policies'],
  'policies.archive': ['policies'],
  'coverage.check': none,
  'print.dialog': none,
  'print.savePdf': none,
  'print.openScan': none,
  'backups.list': none,
  'backups.create': ['backups'],
  'backups.check': none,
  // A restore replaces every record.
  'backups.restore': DOMAINS,
  'backups.setKeep': ['backups'],
  'backups.chooseFile': none,
  // This PC's screens reload after either; nothing changes for the other devices.
  'connection.connect': none,
  'connection.disconnect': none,
  'connection.moveHub': none,
  'network.status': none,
  'network.update': ['network'],
  'network.createPairingCode': none, // kept in memory only
  'network.cancelPairingCode': none,
  'devices.list': none,
  'devices.revoke': ['devices'],
  'therapist.clients': none,
  'therapist.client': none,
  'therapist.recordVisit': ['visits'],
} as const satisfies Record<Channel, readonly Domain[]>;

export function changesOf(channel: Channel): readonly Domain[] {
  return channelChanges[channel];
}

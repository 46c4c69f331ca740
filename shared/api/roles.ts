// Who may use which channel. A paired device has a role; the hub's own user (Electron IPC
// and the loopback web host) is `hub` and keeps everything. The core checks this map once,
// before validating the input (electron/app/front-desk.ts), so every host enforces the same
// rules. `satisfies Record<Channel, …>` fails the build when a channel is not classified.
import type { Channel } from './contract';
import type { Role } from '../vocabulary';

// The words live in shared/vocabulary.ts so result types can name a role without this map.
export { ROLES, DEVICE_ROLES, type Role, type DeviceRole } from '../vocabulary';

/** Who is calling. Absent = the hub's own user. */
export type Caller = { role: Role; deviceId: number | null; deviceName: string | null };
export const HUB_CALLER: Caller = { role: 'hub', deviceId: null, deviceName: null };

const everyone = ['hub', 'desk', 'therapist'] as const;
/** Quotes, calls, clients, intake, prescriptions, visits, printing, prices and settings. */
const desks = ['hub', 'desk'] as const;
/** Network settings, pairing, devices, backups and restore: only at the hub. */
const hubOnly = ['hub'] as const;

export const channelRoles = {
  'app.info': everyone,
  'app.ready': everyone,
  'app.session': everyone,
  // The screens need the UI language and the business's name before anything else.
  'settings.get': everyone,
  'settings.update': desks,
  'catalog.get': desks,
  'catalog.export': desks,
  'catalog.checkImport': desks,
  'catalog.import': desks,
  'catalog.saveEntry': desks,
  'catalog.removeEntry': desks,
  'catalog.moveEntry': desks,
  'catalog.saveBasics': desks,
  'calls.save': desks,
  'calls.search': desks,
  'calls.get': desks,
  'calls.update': desks,
  'calls.byPhone': desks,
  'calls.exportCsv': desks,
  'clients.create': desks,
  // Contact details are the desk's: a therapist reads the client through therapist.client.
  'clients.get': desks,
  'clients.update': desks,
  'clients.archive': desks,
  'clients.search': desks,
  // Calls carry quotes, so prices: desks only.
  'clients.calls': desks,
  'clients.mergePreview': desks,
  'clients.merge': desks,
  // Erasing on request: at any desk where the client asks, behind a typed confirmation (as
  // the intake erase); never from a therapist's tablet.
  'clients.erasePreview': desks,
  'clients.erase': desks,
  'clients.byPhone': desks,
  // Checking what is typed in a phone field: the desk's forms (a therapist types no number).
  'phones.check': desks,
  // A therapist reads the intake form and its flags through therapist.client.
  'intake.settings': desks,
  'intake.updateSettings': desks,
  'intake.client': desks,
  'intake.get': desks,
  'intake.saveDraft': desks,
  'intake.sign': desks,
  'intake.erase': desks,
  'intake.renewalsDue': desks,
  // Prescriptions and visits carry prices, policies and the prescriber's phone: a therapist
  // gets the current prescription and today's visits through therapist.client, records the
  // areas treated with therapist.recordVisit, and checks them first with visits.check.
  'prescriptions.list': desks,
  'prescriptions.create': desks,
  'prescriptions.scan': desks,
  'visits.check': everyone,
  'visits.create': desks,
  'visits.list': desks,
  // Plans, policies and coverage are about money.
  'plans.list': desks,
  'plans.save': desks,
  'plans.archive': desks,
  'policies.list': desks,
  'policies.create': desks,
  'policies.archive': desks,
  'coverage.check': desks,
  'print.dialog': desks,
  'print.savePdf': desks,
  // Opens a prescription's scan in the system viewer (the hub's own screen).
  'print.openScan': desks,
  'backups.list': hubOnly,
  'backups.create': hubOnly,
  'backups.check': hubOnly,
  'backups.restore': hubOnly,
  'backups.setKeep': hubOnly,
  'backups.chooseFile': hubOnly,
  // Connecting this PC to a hub (or back to its own data): its own user only.
  'connection.connect': hubOnly,
  'connection.disconnect': hubOnly,
  'connection.moveHub': hubOnly,
  'network.status': hubOnly,
  'network.update': hubOnly,
  'network.createPairingCode': hubOnly,
  'network.cancelPairingCode': hubOnly,
  'devices.list': hubOnly,
  'devices.revoke': hubOnly,
  // The therapist's view (a desk may open it too): no prices, phones or settings in it.
  'therapist.clients': everyone,
  'therapist.client': everyone,
  'therapist.recordVisit': everyone,
} as const satisfies Record<Channel, readonly Role[]>;

export function mayUse(role: Role, channel: Channel): boolean {
  return (channelRoles[channel] as readonly Role[]).includes(role);
}

/** The channels a role may use, e.g. for a bench or a test that walks them all. */
export function channelsFor(role: Role): Channel[] {
  return (Object.keys(channelRoles) as Channel[]).filter((channel) => mayUse(role, channel));
}

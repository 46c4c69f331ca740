// The only bridge between the sandboxed renderer and the main process: one named function
// per channel of the contract, nothing else (no generic invoke, no Node, no env).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Channel, FrontDeskApi, InputOf } from '../../shared/api/contract';
import { CHANGED_EVENT, type ChangeEvent, type FrontDeskEvents } from '../../shared/api/changes';

const call =
  <C extends Channel>(channel: C) =>
  (input: InputOf<C>) =>
    ipcRenderer.invoke(channel, input);

const api = {
  'app.info': call('app.info'),
  'app.ready': call('app.ready'),
  'app.session': call('app.session'),
  'settings.get': call('settings.get'),
  'settings.update': call('settings.update'),
  'intake.settings': call('intake.settings'),
  'intake.updateSettings': call('intake.updateSettings'),
  'intake.client': call('intake.client'),
  'intake.get': call('intake.get'),
  'intake.saveDraft': call('intake.saveDraft'),
  'intake.sign': call('intake.sign'),
  'intake.erase': call('intake.erase'),
  'intake.renewalsDue': call('intake.renewalsDue'),
  'therapist.clients': call('therapist.clients'),
  'therapist.client': call('therapist.client'),
  'therapist.recordVisit': call('therapist.recordVisit'),
  'catalog.get': call('catalog.get'),
  'catalog.export': call('catalog.export'),
  'catalog.checkImport': call('catalog.checkImport'),
  'catalog.import': call('catalog.import'),
  'catalog.saveEntry': call('catalog.saveEntry'),
  'catalog.removeEntry': call('catalog.removeEntry'),
  'catalog.moveEntry': call('catalog.moveEntry'),
  'catalog.saveBasics': call('catalog.saveBasics'),
  'calls.save': call('calls.save'),
  'calls.search': call('calls.search'),
  'calls.get': call('calls.get'),
  'calls.update': call('calls.update'),
  'calls.byPhone': call('calls.byPhone'),
  'calls.exportCsv': call('calls.exportCsv'),
  'clients.create': call('clients.create'),
  'clients.get': call('clients.get'),
  'clients.update': call('clients.update'),
  'clients.archive': call('clients.archive'),
  'clients.search': call('clients.search'),
  'clients.calls': call('clients.calls'),
  'clients.mergePreview': call('clients.mergePreview'),
  'clients.merge': call('clients.merge'),
  'clients.erasePreview': call('clients.erasePreview'),
  'clients.erase': call('clients.erase'),
  'clients.byPhone': call('clients.byPhone'),
  'phones.check': call('phones.check'),
  'prescriptions.list': call('prescriptions.list'),
  'prescriptions.create': call('prescriptions.create'),
  'prescriptions.scan': call('prescriptions.scan'),
  'visits.check': call('visits.check'),
  'visits.create': call('visits.create'),
  'visits.list': call('visits.list'),
  'plans.list': call('plans.list'),
  'plans.save': call('plans.save'),
  'plans.archive': call('plans.archive'),
  'policies.list': call('policies.list'),
  'policies.create': call('policies.create'),
  'policies.archive': call('policies.archive'),
  'coverage.check': call('coverage.check'),
  'print.dialog': call('print.dialog'),
  'print.savePdf': call('print.savePdf'),
  'print.openScan': call('print.openScan'),
  'backups.list': call('backups.list'),
  'backups.create': call('backups.create'),
  'backups.check': call('backups.check'),
  'backups.restore': call('backups.restore'),
  'backups.setKeep': call('backups.setKeep'),
  'backups.chooseFile': call('backups.chooseFile'),
  'connection.connect': call('connection.connect'),
  'connection.disconnect': call('connection.disconnect'),
  'connection.moveHub': call('connection.moveHub'),
  'network.status': call('network.status'),
  'network.update': call('network.update'),
  'network.createPairingCode': call('network.createPairingCode'),
  'network.cancelPairingCode': call('network.cancelPairingCode'),
  'devices.list': call('devices.list'),
  'devices.revoke': call('devices.revoke'),
} satisfies FrontDeskApi;

/** The one event: what changed on the hub. The callback gets the change only, never
 *  Electron's event object (it would hand the renderer `sender`). */
const events = {
  onChanged(callback: (change: ChangeEvent) => void) {
    const relay = (_event: IpcRendererEvent, change: ChangeEvent) => callback(change);
    ipcRenderer.on(CHANGED_EVENT, relay);
    return () => void ipcRenderer.off(CHANGED_EVENT, relay);
  },
} satisfies FrontDeskEvents;

contextBridge.exposeInMainWorld('frontDesk', { ...api, ...events });

// A paired device as the hub records it, for tests that call the core as that device: the
// write log names the device that wrote (a foreign key), so a made-up device id is refused
// just as it would be in the app, where only a paired device's credential yields a caller.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/app/front-desk';
import { addDevice } from '../../electron/services/network/devices';
import type { Caller } from '../../shared/api/roles';
import type { DeviceRole } from '../../shared/vocabulary';

/** Adds the device to the data folder's database (the core keeps running) and returns its caller. */
export function pairTestDevice(dataDir: string, role: DeviceRole, name: string, now = new Date()): Caller {
  return pairTestDeviceWithCredential(dataDir, role, name, now).caller;
}

/** The same, with the credential the device would present. */
export function pairTestDeviceWithCredential(dataDir: string, role: DeviceRole, name: string, now = new Date()): { caller: Caller; credential: string } {
  const db = new Database(join(dataDir, DATABASE_FILE), { timeout: 5000 });
  try {
    const { device, credential } = addDevice(db, { name, role, address: null }, now);
    return { caller: { role: device.role, deviceId: device.id, deviceName: device.name }, credential };
  } finally {
    db.close();
  }
}

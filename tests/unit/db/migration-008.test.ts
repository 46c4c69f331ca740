import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { migrations } from '../../../electron/db/migrations';
import { addDevice, deviceByCredential, hashCredential, listDevices, revokeDevice } from '../../../electron/services/network/devices';
import { recordWrite } from '../../../electron/services/network/write-log';
import { tableSql, tempDir } from './tmp';

describe('migration 008-devices', () => {
  it('adds devices, the network settings row and the write log to a version-7 file, keeping its data', () => {
    const file = path.join(tempDir(), 'fd.sqlite');
    const v7 = openDatabase(file, { migrations: migrations.slice(0, 7) });
    v7.prepare("INSERT INTO settings (key, value) VALUES ('businessName', '\"Seoul Spa\"')").run();
    v7.close();

    const db = openDatabase(file, { migrations: migrations.slice(0, 8) });
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'businessName'").get()).toEqual({ value: '"Seoul Spa"' });
    expect(db.prepare('SELECT * FROM network_settings').all()).toEqual([{ id: 1, sharing: 0, port: 47820 }]);
    for (const name of ['devices', 'network_settings', 'write_log']) {
      expect(tableSql(db).find((t) => t.name === name)?.sql, name).toMatch(/\)\s*STRICT\s*$/);
    }
    db.close();
  });

  it('guards its columns: roles, names, hashes, one settings row, ports, known devices in the log', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'), { migrations: migrations.slice(0, 8) });
    const insert = (name: string, role: string, hash: string) => () =>
      db.prepare("INSERT INTO devices (name, role, credential_hash, created_at) VALUES (?, ?, ?, '2026-11-27T10:00:00Z')").run(name, role, hash);
    const hash = 'a'.repeat(64);
    expect(insert('Desk 2', 'hub', hash)).toThrow(/CHECK/); // the hub is never a device
    expect(insert('   ', 'desk', hash)).toThrow(/CHECK/);
    expect(insert('Desk 2', 'desk', 'short')).toThrow(/CHECK/);
    expect(insert('Desk 2', 'desk', hash)).not.toThrow();
    expect(insert('Desk 3', 'desk', hash)).toThrow(/UNIQUE/);
    expect(() => db.prepare('INSERT INTO network_settings (id) VALUES (2)').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE network_settings SET port = 80').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE network_settings SET sharing = 2').run()).toThrow(/CHECK/);
    expect(() => recordWrite(db, { at: new Date(), deviceId: 99, channel: 'calls.save', recordId: 1 })).toThrow(/FOREIGN KEY/);
    expect(() => recordWrite(db, { at: new Date(), deviceId: null, channel: 'calls.save', recordId: 1 })).not.toThrow();
    db.close();
  });

  it('stores only the hash of a credential, finds the device by it, and refuses it once revoked', () => {
    const db = openDatabase(path.join(tempDir(), 'fd.sqlite'));
    const now = new Date('2026-11-27T10:00:00Z');
    const { device, credential } = addDevice(db, { name: 'Room 2 tablet', role: 'therapist', address: '192.168.0.31' }, now);
    expect(Buffer.from(credential, 'base64url')).toHaveLength(32);
    const stored = db.prepare('SELECT credential_hash FROM devices').get() as { credential_hash: string };
    expect(stored.credential_hash).toBe(hashCredential(credential));
    expect(JSON.stringify(db.prepare('SELECT * FROM devices').all())).not.toContain(credential);

    const later = new Date(now.getTime() + 5 * 60 * 1000);
    expect(deviceByCredential(db, credential, '192.168.0.32', later)).toMatchObject({
      id: device.id,
      lastSeenAt: later.toISOString(),
      lastAddress: '192.168.0.32',
    });
    expect(deviceByCredential(db, credential.slice(1), null, later)).toBeNull();
    expect(deviceByCredential(db, '', null, later)).toBeNull();
    revokeDevice(db, device.id, later);
    expect(deviceByCredential(db, credential, null, later)).toBeNull();
    expect(listDevices(db)).toEqual([expect.objectContaining({ id: device.id, revokedAt: later.toISOString() })]);
    db.close();
  });
});

// Restoring a backup and the clinic network, on real files: who may reach the hub is the hub's
// state now, not the backup's. A device revoked since the backup stays out, a device paired
// since is gone (and its open streams end), the sharing settings stay as they are; a database
// that cannot be read lets no device in after a restore.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openFrontDesk } from '../../../electron/app/front-desk';
import { keepNetworkAccess } from '../../../electron/services/backups';
import { pairTestDeviceWithCredential } from '../../support/devices';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'front-desk-restore-devices-'));
const at = new Date(2026, 2, 3, 9, 0, 0);
const open = (dataDir: string) => openFrontDesk({ dataDir, host: 'web', version: 't', systemLocale: 'en-US', log: () => {}, now: () => at });

const value = <T,>(answer: { ok: boolean; value?: T; error?: unknown }): T => {
  if (!answer.ok) throw new Error(`expected ok, got ${JSON.stringify(answer.error)}`);
  return answer.value as T;
};

describe('restoring a backup and the paired devices', () => {
  it('keeps out a device revoked since the backup, drops one paired since (ending its streams), keeps the sharing settings', async () => {
    const dir = tempDir();
    const core = open(dir);
    try {
      const desk = pairTestDeviceWithCredential(dir, 'desk', 'Desk 2');
      const tablet = pairTestDeviceWithCredential(dir, 'therapist', 'Room 1');
      const backup = path.basename(value<{ path: string }>(await core.handle('backups.create', { to: 'folder' })).path);

      value(await core.handle('devices.revoke', { id: desk.caller.deviceId }));
      const later = pairTestDeviceWithCredential(dir, 'therapist', 'Room 2');
      await core.network.update({ port: 48123 });
      const ended: number[] = [];
      core.network.onRevoked((id) => ended.push(id));

      // Said before asking: the device paired since (the one revoked since was shut out on purpose).
      expect(value(await core.handle('backups.check', { source: { kind: 'backup', name: backup } }))).toMatchObject({ devicesToPairAgain: ['Room 2'] });
      value(await core.handle('backups.restore', { source: { kind: 'backup', name: backup }, confirmed: true }));

      expect(core.network.authenticate(desk.credential, null)).toBeNull(); // revoked after the backup: still out
      expect(core.network.authenticate(later.credential, null)).toBeNull(); // paired after the backup: gone
      expect(core.network.authenticate(tablet.credential, null)).toMatchObject({ role: 'therapist', deviceName: 'Room 1' });
      const devices = core.network.devices();
      expect(devices.map((d) => [d.name, d.revokedAt !== null])).toEqual([
        ['Room 1', false],
        ['Desk 2', true],
      ]);
      expect(devices.find((d) => d.name === 'Desk 2')?.revokedAt).toBe(at.toISOString());
      expect(ended).toEqual([later.caller.deviceId]);
      expect(core.network.settings()).toEqual({ sharing: false, port: 48123 });
    } finally {
      core.close();
    }
  });

  it('lets no device in after a restore when the database it replaces cannot be read', async () => {
    const dir = tempDir();
    const first = open(dir);
    const tablet = pairTestDeviceWithCredential(dir, 'therapist', 'Room 1');
    const backup = path.basename(value<{ path: string }>(await first.handle('backups.create', { to: 'folder' })).path);
    first.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dir, DATABASE_FILE + suffix), { force: true });
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'not a database '.repeat(400));

    const core = open(dir);
    try {
      expect(core.info.storage).toMatchObject({ state: 'fault' });
      expect(value(await core.handle('backups.check', { source: { kind: 'backup', name: backup } }))).toMatchObject({ devicesToPairAgain: ['Room 1'] });
      value(await core.handle('backups.restore', { source: { kind: 'backup', name: backup }, confirmed: true }));
      expect(core.info.storage).toEqual({ state: 'ok' });
      expect(core.network.authenticate(tablet.credential, null)).toBeNull();
      expect(core.network.devices()).toMatchObject([{ name: 'Room 1', revokedAt: at.toISOString() }]);
    } finally {
      core.close();
    }
  });

  it('revokes in the checked copy itself and leaves nothing in a -wal beside it (the copy is moved without one)', () => {
    const dir = tempDir();
    const core = open(dir);
    const tablet = pairTestDeviceWithCredential(dir, 'therapist', 'Room 1');
    core.close();
    const copy = path.join(tempDir(), 'copy.sqlite3');
    const source = new BetterSqlite3(path.join(dir, DATABASE_FILE));
    source.prepare('VACUUM INTO ?').run(copy);
    source.prepare('UPDATE devices SET revoked_at = ? WHERE id = ?').run(at.toISOString(), tablet.caller.deviceId);
    const copyDb = new BetterSqlite3(copy);
    copyDb.pragma('journal_mode = WAL');
    copyDb.close();

    expect(keepNetworkAccess(copy, source, at)).toEqual({ revoked: 1, shutOut: [] });
    source.close();
    expect(fs.existsSync(`${copy}-wal`)).toBe(false);
    const check = new BetterSqlite3(copy, { readonly: true });
    expect(check.prepare('SELECT revoked_at FROM devices').pluck().all()).toEqual([at.toISOString()]);
    check.close();
  });
});

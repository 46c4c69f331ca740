// Backups: make one, list them, check one, restore one (shared/api/backups.ts).
import { isAbsolute, join } from 'node:path';
import fs from 'node:fs';
import type { BackupSource } from '../../../shared/api/backups';
import { ApiFailure } from '../../../shared/api/result';
import {
  backupIntoFolder,
  backupPath,
  backupsDir,
  backupsKept,
  checkBackup,
  DEFAULT_BACKUPS_KEPT,
  devicesToPairAgain,
  keepNetworkAccess,
  listBackups,
  removeDatabaseFiles,
  setBackupsKept,
  writeBackup,
} from '../../services/backups';
import type { HandlerContext, HandlerMap } from '../types';

type BackupChannel = 'backups.list' | 'backups.create' | 'backups.check' | 'backups.restore' | 'backups.setKeep';

function sourcePath(source: BackupSource, { info }: HandlerContext): string {
  if (source.kind === 'backup') {
    const file = backupPath(info.dataDir, source.name);
    if (!file) throw new ApiFailure('not-found', { backup: source.name });
    return file;
  }
  if (!isAbsolute(source.path)) throw new ApiFailure('invalid-input', { issues: [{ path: 'source.path', message: 'absolute path' }] });
  return source.path;
}

/** The setting, or the default when there is no database or its page cannot be read. */
function keptOrDefault(context: HandlerContext): number {
  try {
    return context.storage.db ? backupsKept(context.storage.db) : DEFAULT_BACKUPS_KEPT;
  } catch {
    return DEFAULT_BACKUPS_KEPT;
  }
}

/** Checked copies are made in the data folder, so installing one is a rename on one disk. */
const workDir = (context: HandlerContext) => join(context.info.dataDir, 'restore-check');

export const backupHandlers: HandlerMap<BackupChannel> = {
  'backups.list': (_input, context) => ({
    backups: listBackups(context.info.dataDir),
    keep: keptOrDefault(context),
    folder: backupsDir(context.info.dataDir),
  }),
  'backups.create': (input, context) => {
    const { db, info, now } = context;
    let path: string;
    if (input.to === 'folder') {
      path = join(backupsDir(info.dataDir), backupIntoFolder(db, info.dataDir, 'manual', now()));
    } else {
      if (!isAbsolute(input.path)) throw new ApiFailure('invalid-input', { issues: [{ path: 'path', message: 'absolute path' }] });
      if (fs.existsSync(input.path)) throw new ApiFailure('conflict', { reason: 'file-exists' });
      writeBackup(db, input.path);
      path = input.path;
    }
    return { path, bytes: fs.statSync(path).size };
  },
  'backups.check': ({ source }, context) => {
    const check = checkBackup(sourcePath(source, context), workDir(context));
    if (!check.ok) return check;
    try {
      return { ok: true, contents: check.contents, devicesToPairAgain: devicesToPairAgain(check.copy, context.storage.db) };
    } finally {
      removeDatabaseFiles(check.copy);
    }
  },
  'backups.restore': ({ source }, context) => {
    const state = context.storage.state;
    // Another running copy, a read-only folder or a full disk: replacing would not help
    // (or would pull the data from under the other copy).
    if (state.state === 'fault' && state.fault !== 'damaged' && state.fault !== 'not-a-database' && state.fault !== 'unknown') {
      throw new ApiFailure('storage', { fault: state.fault });
    }
    const check = checkBackup(sourcePath(source, context), workDir(context));
    if (!check.ok) throw new ApiFailure('conflict', { reason: check.reason });
    let access: ReturnType<typeof keepNetworkAccess>;
    try {
      access = keepNetworkAccess(check.copy, context.storage.db, context.now());
    } catch (error) {
      removeDatabaseFiles(check.copy);
      throw error;
    }
    let keptAs: string | null;
    try {
      keptAs = context.storage.replaceWith(check.copy, context.now());
    } catch (error) {
      // The checked copy holds every record of the backup: never left behind in the data
      // folder (the backup it came from is untouched).
      removeDatabaseFiles(check.copy);
      throw error;
    }
    context.network.shutOut(access.shutOut);
    fs.rmSync(workDir(context), { recursive: true, force: true });
    return { contents: check.contents, keptAs };
  },
  'backups.setKeep': ({ keep }, context) => ({ keep: setBackupsKept(context.db, context.info.dataDir, keep, context.now()) }),
};

// The backups domain: make a backup now, list them, check one, restore one, how many daily
// backups to keep. Every input is a strict object: unknown keys are refused.
import { z } from 'zod';
import { channel, empty } from './schemas';

export type BackupKind = 'daily' | 'manual' | 'before-restore';

/** What a backup holds. `clients` / `forms`: null in a database older than those tables. */
export type BackupContents = { version: number; calls: number; clients: number | null; forms: number | null };

export type BackupInfo = {
  name: string;
  kind: BackupKind;
  /** Local date and time it was made, "YYYY-MM-DDTHH:MM:SS". */
  at: string;
  bytes: number;
  /** null: the file could not be read (it will be refused if chosen). */
  contents: BackupContents | null;
};

export type BackupsOverview = { backups: BackupInfo[]; keep: number; folder: string };

/** Why a file may not replace the database; each has its message in storage.json. */
export type BackupRefusal =
  | 'missing'
  | 'not-a-database'
  | 'not-front-desk'
  | 'damaged'
  | 'newer-version'
  | 'migration-failed'
  | 'unreadable';

export type BackupCheck =
  /** `devicesToPairAgain`: names of paired devices that restoring it would shut out (paired
   *  since it was made; or all, when the current data cannot be read): docs/network.md. */
  | { ok: true; contents: BackupContents; devicesToPairAgain: string[] }
  | { ok: false; reason: BackupRefusal; contents: null };

const absolutePath = z.string().min(1).max(4096);

/** A backup from the list (by its plain name) or any file the user chose (absolute path). */
export const backupSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('backup'), name: z.string().min(1).max(200) }),
  z.strictObject({ kind: z.literal('file'), path: absolutePath }),
]);
export type BackupSource = z.infer<typeof backupSourceSchema>;

export const backupCreateSchema = z.discriminatedUnion('to', [
  z.strictObject({ to: z.literal('folder') }),
  z.strictObject({ to: z.literal('file'), path: absolutePath }),
]);

export const backupRestoreSchema = z.strictObject({ source: backupSourceSchema, confirmed: z.literal(true) });
export const backupKeepSchema = z.strictObject({ keep: z.number().int().min(1).max(365) });
export const chooseFileSchema = z.strictObject({ purpose: z.enum(['save', 'open']), suggestedName: z.string().max(200).optional() });

export const backupChannels = {
  'backups.list': channel<typeof empty, BackupsOverview>(empty),
  /** A consistent copy now, into backups/ or to a file the user chose (never over a file). */
  'backups.create': channel<typeof backupCreateSchema, { path: string; bytes: number }>(backupCreateSchema),
  /** Checks a file as a restore would, changing nothing. */
  'backups.check': channel<z.ZodObject<{ source: typeof backupSourceSchema }>, BackupCheck>(
    z.strictObject({ source: backupSourceSchema }),
  ),
  /** Replaces the database with a checked, migrated copy of the source; the current
   *  database is kept first as a before-restore backup (`keptAs`). */
  'backups.restore': channel<typeof backupRestoreSchema, { contents: BackupContents; keptAs: string | null }>(
    backupRestoreSchema,
  ),
  'backups.setKeep': channel<typeof backupKeepSchema, { keep: number }>(backupKeepSchema),
  /** Electron: a save or open dialog; the web host answers 'unavailable' (the screen then
   *  asks for a path). */
  'backups.chooseFile': channel<typeof chooseFileSchema, { path: string | null }>(chooseFileSchema),
} as const;

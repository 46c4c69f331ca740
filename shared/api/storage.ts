// What the storage can report to the screens: a fault code, never SQLite's own text (that
// goes to the log). Each code has its own message in locales/*/storage.json.

export const storageFaults = [
  'read-only', // the data folder or file cannot be written
  'disk-full',
  'not-a-database', // the file is not an SQLite database (or is encrypted)
  'newer-version', // made by a newer version of the app
  'damaged', // failed its integrity check, or SQLite found damage while reading
  'locked', // another running copy of the app uses this data folder
  'unknown', // any other storage error: the log has the details
] as const;
export type StorageFault = (typeof storageFaults)[number];

/** How the database opened. `damaged`: read-only, writes refused, restore offered. */
export type StorageState =
  | { state: 'ok' }
  | { state: 'damaged' }
  | { state: 'fault'; fault: StorageFault };

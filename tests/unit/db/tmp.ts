import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temp folder for one test's database files. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'front-desk-db-'));
}

export function tableSql(db: { prepare(sql: string): { all(...a: unknown[]): unknown[] } }) {
  return db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .all() as { name: string; sql: string }[];
}

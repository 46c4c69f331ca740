// Temp folders of this run, removed at the end, on Ctrl+C and on an error.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
const cleanups: (() => void | Promise<void>)[] = [];

/** `parent`: where to make it (default the system's temp folder). */
export function tempDir(prefix: string, parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `front-desk-bench-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Something to undo before the folders go (close a database, a browser, a server). */
export function onCleanup(f: () => void | Promise<void>): void {
  cleanups.push(f);
}

export async function cleanup(): Promise<void> {
  for (const f of cleanups.splice(0).reverse()) {
    try {
      await f();
    } catch {
      // keep cleaning
    }
  }
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

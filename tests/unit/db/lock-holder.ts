// Starts tests/unit/db/processes/hold-lock.ts: another process holding a data folder's lock.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const tsx = createRequire(import.meta.url).resolve('tsx');
const script = path.join(import.meta.dirname, 'processes', 'hold-lock.ts');

/** Resolves once the other process holds the lock; kill it with SIGKILL to end it unannounced. */
export function holdLockElsewhere(dataDir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('locked') && resolve(child));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the lock holder ended first (${code})`)));
  });
}

export const ended = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

// `npm start` stopped: no web host may be left running. A signal sent to the npm process
// alone (as a service manager or an IDE does): npm passes it only to the shell it runs the
// script in, which dies of SIGTERM without passing it on, and catches SIGINT and goes on
// waiting; scripts/start.mjs notices each on its own (docs/architecture.md). Ctrl+C in a
// terminal: SIGINT to the whole process group. Needs the build (npm test builds first).
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** Processes whose command line mentions `marker` (Linux /proc). */
function processesWith(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) pids.push(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return pids;
}

/** Whether something still accepts connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

describe.skipIf(process.platform !== 'linux')('npm start stopped by a signal', () => {
  for (const [signal, to] of [['SIGINT', 'npm'], ['SIGTERM', 'npm'], ['SIGINT', 'group'], ['SIGTERM', 'group']] as const) {
    it(`${signal} to ${to === 'npm' ? 'npm alone' : signal === 'SIGINT' ? 'the process group (Ctrl+C)' : 'the process group'} ends the web host too`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'front-desk-start-'));
      const npm = spawn('npm', ['start', '--', '--no-open', '--data-dir', dataDir], {
        cwd: root,
        detached: true, // its own group: the signal goes to npm alone
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CI: '1' },
      });
      let out = '';
      npm.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      try {
        expect(await until(() => out.includes('Front Desk web host: http://127.0.0.1:'), 60_000)).toBe(true);
        const hosts = processesWith(dataDir).filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('web-host.js'));
        expect(hosts).toHaveLength(1);
        const port = Number(/web host: http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
        expect(await listening(port)).toBe(true);
        process.kill(to === 'npm' ? npm.pid! : -npm.pid!, signal);
        // npm, its shell, start.mjs and the web host all end; the port is closed.
        expect(await until(() => processesWith(dataDir).length === 0, 10_000)).toBe(true);
        expect(await listening(port)).toBe(false);
      } finally {
        for (const pid of processesWith(dataDir)) process.kill(pid, 'SIGKILL'); // only ours: they name our temp folder
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 90_000);
  }
});

// `npm start`: builds if the sources are newer than the build, then launches the Electron app.
// Where no Electron runtime is installed (it could not be downloaded), it says so in one line
// and starts the web host instead. Arguments after `--` pass through (--data-dir, --no-open).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const built = join(root, 'out/main/index.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['electron', 'renderer', 'shared', 'resources'].map((d) => join(root, d));
const stale =
  !existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs;
if (stale) {
  console.log('Building Front Desk…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function electronBinary() {
  // Electron 45 fetches its binary on first use; here we only look, so that a machine that
  // cannot download it gets one clear line and the web host, not a failed download.
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
// The web host gets an IPC channel only to notice this process ending (even by SIGKILL):
// it then stops too (electron/web/cli.ts).
const child = electron
  ? spawn(electron, [root, ...args], { stdio: 'inherit' })
  : (console.log('No Electron runtime is installed here (it could not be downloaded); starting the web host instead.'),
    spawn(process.execPath, [join(root, 'out/main/web-host.js'), ...args], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] }));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
  setTimeout(() => child.kill('SIGKILL'), 5000).unref(); // a child that does not stop in time
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));

// `npm start` runs this through a shell (sh -c; cmd.exe on Windows), and npm passes a signal
// sent to it alone only to that shell (docs/architecture.md, "npm start and signals"):
// - SIGTERM ends the shell without passing it on: we are handed to another parent (Unix),
//   or the parent is gone (Windows keeps the old ppid);
// - SIGINT: Debian's sh (dash) catches it and goes on waiting for us, so nothing changes but
//   the shell waking up. On Linux its count of voluntary context switches shows that: a
//   shell blocked in wait() wakes only for a signal it catches (SIGINT) or when we stop or
//   continue (SIGCHLD; we see our own SIGCONT and start counting again).
const parent = process.ppid;
const shellWakeups = waitingShellWakeups(parent);
let wakeups = null;
let continued = 0; // Ctrl+Z then fg stops and wakes the shell too: that is no signal to stop
process.on('SIGCONT', () => {
  continued += 1;
  wakeups = null;
});
setInterval(() => {
  if (process.ppid !== parent || !isRunning(parent)) return stop('SIGTERM');
  const now = shellWakeups?.() ?? null;
  if (now === null || now === wakeups) return;
  if (wakeups === null) {
    wakeups = now;
    return;
  }
  // A SIGCONT that arrived with the wake-up is handled after this timer: wait for it.
  const before = continued;
  setTimeout(() => (continued === before ? stop('SIGINT') : (wakeups = null)), 200).unref();
}, 250).unref();

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Linux, when our parent is a POSIX shell running us with -c: a reader of how often it has
 *  woken up (null while it is not asleep in wait(), so a start-up step is not taken for a
 *  signal). */
function waitingShellWakeups(pid) {
  if (process.platform !== 'linux') return null;
  const read = (name) => {
    try {
      return readFileSync(`/proc/${pid}/${name}`, 'utf8');
    } catch {
      return null;
    }
  };
  // Only a shell running our command (`sh -c ...`, as npm starts it): an interactive shell
  // also wakes for its own reasons (a terminal resized: bash catches SIGWINCH).
  const args = read('cmdline')?.split('\0') ?? [];
  if (!/^(sh|dash|ash|bash|busybox)$/.test(read('comm')?.trim() ?? '') || args[1] !== '-c') return null;
  return () => {
    const state = read('stat')?.replace(/^.*\) /s, '')[0];
    const count = read('status')?.match(/^voluntary_ctxt_switches:\s*(\d+)$/m)?.[1];
    return state === 'S' && count !== undefined ? Number(count) : null;
  };
}

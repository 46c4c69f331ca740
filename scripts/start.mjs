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
// `npm start` runs this through a shell; a signal sent to npm alone ends npm and that shell
// but never reaches us. Being handed to another parent is how we learn of it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 250).unref();

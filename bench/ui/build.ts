// The built app for the web host: out/ when it is newer than every source it is built from;
// otherwise a fresh `electron-vite build` into a temp folder (out/ is left alone: other work
// may be using it). Also builds the start-up floor page with the same Vite config.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../tmp';

export const root = join(import.meta.dirname, '../..');
const SOURCES = ['renderer', 'shared', 'electron', 'resources', 'scripts/vite', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

export function sourcesNewest(): number {
  return Math.max(...SOURCES.map((p) => join(root, p)).filter(existsSync).map(newestMtime));
}

/** Runs `electron-vite build` (optionally with another config file) into a temp folder. */
export function buildInto(log: (line: string) => void, what: string, configFile?: string): { outDir: string; seconds: number } {
  // Inside the project, so the built main process finds the project's packages (Node looks
  // for node_modules in the folders above a module); in the system's temp folder it could not.
  const outDir = tempDir('build', join(root, 'node_modules/.cache/front-desk-bench'));
  log(`${what}: electron-vite build into a temp folder...`);
  const started = Date.now();
  const args = ['build', '--outDir', outDir, '--logLevel', 'error', ...(configFile ? ['--config', configFile] : [])];
  const result = spawnSync(join(root, 'node_modules/.bin/electron-vite'), args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 5 * 60_000,
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed (status ${result.status ?? result.signal})`);
  if (!existsSync(join(outDir, 'renderer/index.html'))) throw new Error(`electron-vite build wrote no ${outDir}/renderer/index.html`);
  return { outDir, seconds: (Date.now() - started) / 1000 };
}

export type Build = {
  /** The folder holding index.html and assets/. */
  dir: string;
  /** The folder holding main/ (the web host entry, web-host.js) and renderer/. */
  outDir: string;
  built: boolean;
  seconds: number;
};

let cached: Build | null = null;

/** out/ when up to date, else one fresh build per bench run (shared by the parts). */
export function rendererDir(log: (line: string) => void): Build {
  if (cached) return cached;
  const out = join(root, 'out');
  const index = join(out, 'renderer/index.html');
  if (existsSync(index) && existsSync(join(out, 'main/web-host.js')) && statSync(index).mtimeMs >= sourcesNewest()) {
    cached = { dir: join(out, 'renderer'), outDir: out, built: false, seconds: 0 };
  } else {
    log('out/ is missing or older than the sources');
    const { outDir, seconds } = buildInto(log, 'app');
    cached = { dir: join(outDir, 'renderer'), outDir, built: true, seconds };
  }
  return cached;
}

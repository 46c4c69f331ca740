// The built renderer for the web host: out/renderer when it is newer than every source it
// is built from; otherwise a fresh `electron-vite build` into a temp folder (out/ is left
// alone: other work may be using it).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../tmp';

export const root = join(import.meta.dirname, '../..');
const SOURCES = ['renderer', 'shared', 'scripts/vite', 'electron.vite.config.ts', 'package.json', 'package-lock.json'];

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

/** The folder holding index.html and assets/. */
export function rendererDir(log: (line: string) => void): { dir: string; built: boolean; seconds: number } {
  const out = join(root, 'out/renderer');
  const index = join(out, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= sourcesNewest()) return { dir: out, built: false, seconds: 0 };
  const outDir = tempDir('build');
  log('ui: out/renderer is missing or older than the sources; building into a temp folder (electron-vite build)...');
  const started = Date.now();
  const result = spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build', '--outDir', outDir, '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 5 * 60_000,
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed (status ${result.status ?? result.signal})`);
  const dir = join(outDir, 'renderer');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`electron-vite build wrote no ${dir}/index.html`);
  return { dir, built: true, seconds: (Date.now() - started) / 1000 };
}

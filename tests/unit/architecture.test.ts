// The boundaries the design promises, checked on the source: the domain and the core run in
// plain Node (no Electron), the renderer never touches Node, SQL or Electron, and the shared
// code is pure.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [
    ...readFileSync(join(root, file), 'utf8').matchAll(
      /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');

function offenders(dirs: string[], forbidden: RegExp): string[] {
  return dirs.flatMap((dir) =>
    sources(dir).flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${relative(root, join(root, file))}: ${spec}`)),
  );
}

describe('architecture', () => {
  it('keeps Electron out of the domain, the data layer, the core and the web host', () => {
    expect(offenders(['electron/services', 'electron/db', 'electron/app', 'electron/web', 'shared'], /^electron(\/|$)/)).toEqual([]);
  });

  it('keeps Node, SQLite and Electron out of the renderer', () => {
    expect(offenders(['renderer/src'], /^(node:|electron|better-sqlite3|fs$|path$|child_process$|\.\.\/\.\.\/\.\.\/electron\/)/)).toEqual([]);
    // The renderer reaches the main process only through the typed client.
    const direct = sources('renderer/src').filter((f) => /window\.frontDesk|ipcRenderer/.test(readFileSync(join(root, f), 'utf8')));
    expect(direct).toEqual(['renderer/src/api/client.ts']);
  });

  it('keeps the shared code pure: no I/O, no clock in the pricing engine', () => {
    expect(offenders(['shared'], /^(node:|better-sqlite3|electron|react)/)).toEqual([]);
    const clock = sources('shared/pricing').filter((f) => /Date\.now\(|new Date\(\)/.test(readFileSync(join(root, f), 'utf8')));
    expect(clock).toEqual([]);
  });
});

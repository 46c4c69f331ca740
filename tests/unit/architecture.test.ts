// The boundaries the design promises. The import rules live in .dependency-cruiser.cjs and
// are checked by dependency-cruiser: here on the project itself, and on a small fake project
// that breaks each rule once, so a rule that stops biting fails this test too.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

type Violation = { rule: { name: string }; from: string; to: string };

function cruise(cwd: string, dirs: string[]): Violation[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [depcruise, ...dirs, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? '';
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const fake = mkdtempSync(join(tmpdir(), 'front-desk-deps-'));
afterAll(() => rmSync(fake, { recursive: true, force: true }));

describe('import rules (dependency-cruiser)', () => {
  it('bite: each rule catches its violation in a fake project, and a clean import passes', () => {
    const files: Record<string, string> = {
      'renderer/src/screens/quote/A.ts': "import { b } from '../school/B';\nexport const a = b;\n",
      'renderer/src/screens/school/B.ts': 'export const b = 1;\n',
      'renderer/src/screens/school/C.ts': "import { b } from './B';\nexport const c = b;\n",
      'renderer/src/very/deep/folder/x.ts': "import { s } from '../../../../../electron/services/s';\nexport const x = s;\n",
      'renderer/src/y.ts': "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n",
      'electron/services/s.ts': "import { app } from 'electron';\nexport const s = app;\n",
      'electron/app/h.ts': "import { f } from '../../tests/support/f';\nexport const h = f;\n",
      'tests/support/f.ts': 'export const f = 1;\n',
      'shared/pricing/p.ts': "import type { T } from '../api/t';\nexport type P = T | 2;\n",
      'shared/api/t.ts': "import type { P } from '../pricing/p';\nexport type T = 1;\nexport type Q = P;\n",
      'shared/z.ts': "import { y } from '../renderer/src/y';\nexport const z = y;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(fake, path)), { recursive: true });
      writeFileSync(join(fake, path), text);
    }
    copyFileSync(join(root, '.dependency-cruiser.cjs'), join(fake, '.dependency-cruiser.cjs'));
    writeFileSync(join(fake, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }));

    const found = cruise(fake, ['renderer', 'electron', 'shared', 'tests']).map((v) => `${v.rule.name} ${v.from}`);
    for (const expected of [
      'no-screen-imports-another-screen renderer/src/screens/quote/A.ts',
      'no-node-in-renderer renderer/src/very/deep/folder/x.ts',
      'no-node-builtins-in-renderer renderer/src/y.ts',
      'no-electron-in-core electron/services/s.ts',
      'no-production-code-from-tests electron/app/h.ts',
      'pricing-does-not-know-the-api shared/pricing/p.ts',
      'shared-is-pure shared/z.ts',
    ]) {
      expect(found).toContain(expected);
    }
    expect(found.some((v) => v.startsWith('no-cycles shared/'))).toBe(true);
    expect(found.filter((v) => v.includes('screens/school/C.ts'))).toEqual([]);
  }, 60_000);

  it('hold on the project itself', () => {
    expect(cruise(root, ['electron', 'renderer', 'shared', 'bench', 'tests', 'scripts']).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
  }, 60_000);
});

describe('architecture', () => {
  it('lets the renderer reach the main process only through the typed client', () => {
    const direct = sources('renderer/src').filter((f) => /window\.frontDesk|ipcRenderer/.test(readFileSync(join(root, f), 'utf8')));
    expect(direct).toEqual(['renderer/src/api/client.ts']);
  });

  it('keeps zod out of the renderer bundle: no value import of zod or of the shared/pricing barrel', () => {
    // The barrel also exports the catalog schema, and with it zod (~40 KiB gzipped), which the
    // renderer never needs: the main process validates. Type-only imports are erased.
    const valueImports = (file: string) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
        (m) => m[1] ?? m[2] ?? '',
      );
    const bad = sources('renderer/src').flatMap((file) =>
      valueImports(file)
        .filter((spec) => /^zod(\/|$)|\/shared\/pricing(\/index|\/schema|\/catalog\/.*)?$/.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps the clock out of the pure engines: the date is an input', () => {
    const clock = ['shared/pricing', 'shared/prescriptions', 'shared/coverage']
      .filter((dir) => { try { return statSync(join(root, dir)).isDirectory(); } catch { return false; } })
      .flatMap(sources)
      .filter((f) => /Date\.now\(|new Date\(\)/.test(readFileSync(join(root, f), 'utf8')));
    expect(clock).toEqual([]);
  });
});

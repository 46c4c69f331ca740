// pretest on a fresh machine, with a fake system (nothing is installed or removed): what is
// missing is found, root installs it, anyone else is stopped at once with one command.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { missingPackages, plan } from '../../../scripts/system-tools.mjs';

type Sys = { env: Record<string, string>; exists: (p: string) => boolean; isRoot: boolean; hasKoreanFont: () => boolean };
const system = (files: string[], over: Partial<Sys> = {}): Sys => ({
  env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
  exists: (p) => files.includes(p),
  isRoot: false,
  hasKoreanFont: () => false,
  ...over,
});
const everything = ['/usr/bin/chromium', '/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/share/fonts/truetype/nanum', '/usr/bin/apt-get'];

describe('pretest system tools', () => {
  it('finds nothing missing on a machine that has them', () => {
    expect(plan(system(everything))).toEqual({ action: 'none', missing: [] });
  });

  it('names each missing Debian package', () => {
    expect(missingPackages(system(['/usr/bin/apt-get']))).toEqual(['chromium', 'poppler-utils', 'fonts-nanum']);
    expect(missingPackages(system(everything.filter((f) => f !== '/usr/bin/pdftoppm')))).toEqual(['poppler-utils']);
    // Another Korean font will do; CHROMIUM_PATH counts.
    const other = system(['/opt/chrome', '/usr/bin/pdftotext', '/usr/bin/pdftoppm'], {
      env: { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/chrome' },
      hasKoreanFont: () => true,
    });
    expect(missingPackages(other)).toEqual([]);
  });

  it('installs as root, with apt-get update first', () => {
    const next = plan(system(['/usr/bin/apt-get', '/usr/bin/chromium'], { isRoot: true }));
    expect(next).toEqual({
      action: 'install',
      missing: ['poppler-utils', 'fonts-nanum'],
      commands: [
        ['apt-get', ['update']],
        ['apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils', 'fonts-nanum']],
      ],
    });
  });

  it('stops anyone else at once with the one command to run', () => {
    const next = plan(system(['/usr/bin/apt-get']));
    expect(next.action).toBe('stop');
    expect(next.message).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium poppler-utils fonts-nanum');
  });

  it('the real pretest stops at once (exit 1, one message, no stack trace) when tools are missing and it is not root', () => {
    // A PATH with no tools and no apt-get: the non-Debian message, whoever runs it.
    const run = spawnSync(process.execPath, [join(import.meta.dirname, '../../../scripts/pretest.mjs')], {
      env: { PATH: '/nonexistent' },
      encoding: 'utf8',
    });
    if (run.stdout.includes('Installing')) throw new Error('must not install with no apt-get');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^npm test needs chromium, poppler-utils/);
    expect(run.stderr).not.toMatch(/\bat .*\.m?js:\d+/);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultDataDir, parseLaunchOptions } from '../../../electron/app/paths';
import { findChromium } from '../../../electron/web/browser';

describe('where the data lives', () => {
  it('is the OS user-data folder by default', () => {
    expect(defaultDataDir('linux', {}, '/home/kim')).toBe('/home/kim/.config/Front Desk');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/kim')).toBe('/cfg/Front Desk');
    expect(defaultDataDir('darwin', {}, '/Users/kim')).toBe('/Users/kim/Library/Application Support/Front Desk');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\kim\\AppData\\Roaming' }, 'C:\\Users\\kim')).toContain('Front Desk');
  });

  it('takes --data-dir first, then FRONT_DESK_DATA_DIR', () => {
    expect(parseLaunchOptions(['--data-dir', '/tmp/a'], { FRONT_DESK_DATA_DIR: '/tmp/b' }).dataDir).toBe('/tmp/a');
    expect(parseLaunchOptions(['--data-dir=/tmp/c'], {}).dataDir).toBe('/tmp/c');
    expect(parseLaunchOptions([], { FRONT_DESK_DATA_DIR: '/tmp/b' }).dataDir).toBe('/tmp/b');
  });

  it('opens a browser unless --no-open or CI', () => {
    expect(parseLaunchOptions([], {}).open).toBe(true);
    expect(parseLaunchOptions(['--no-open'], {}).open).toBe(false);
    expect(parseLaunchOptions([], { CI: 'true' }).open).toBe(false);
    expect(parseLaunchOptions(['--port', '4321'], {}).port).toBe(4321);
  });

  it('finds an installed Chromium on PATH, or none', () => {
    const present = new Set(['/usr/bin/chromium']);
    expect(findChromium({ PATH: '/usr/local/bin:/usr/bin' }, (p) => present.has(p))).toBe('/usr/bin/chromium');
    expect(findChromium({ PATH: '/usr/local/bin' }, () => false)).toBeNull();
  });
});

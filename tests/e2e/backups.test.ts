// Issue 10's end-to-end path: a backup made from Settings and restored from its list (with
// the confirmation; the page reopens on the restored data), and a database damaged while
// the app was closed: the app says so at start, refuses to save, and the newest good
// backup brings it back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DATABASE_FILE } from '../../electron/app/front-desk';
import { damagePages } from '../unit/app/damage';
import { launchBrowser, openApp, type AppSession } from './support/app';
import { settingsPage } from './pages/settings';
import { backupsPage } from './pages/backups';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const call = (name: string, note = '') => ({
  kind: 'session' as const,
  caller: { name },
  quoteLang: 'ko' as const,
  request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
  outcome: 'thinking' as const,
  ...(note ? { note } : {}),
});

async function callNames(app: AppSession): Promise<string[]> {
  const result = await app.frontDesk.handle('calls.search', { limit: 500 });
  if (!result.ok) throw new Error(result.error.code);
  return result.value.rows.map((r) => r.callerName);
}

describe('backups', () => {
  it('backs up from Settings and restores that backup after the confirmation', async () => {
    const app = await openApp(browser, { systemLocale: 'ko-KR' });
    try {
      await app.frontDesk.handle('calls.save', call('백업 전'));
      await settingsPage(app.page, 'ko').open();
      const backups = backupsPage(app.page, 'ko');
      await backups.backUpNow();
      expect(await backups.row('manual').innerText()).toContain('통화 1건');
      await app.frontDesk.handle('calls.save', call('백업 후'));
      expect(await callNames(app)).toEqual(['백업 후', '백업 전']);

      await settingsPage(app.page, 'ko').open();
      await backups.restore('manual');
      expect(await callNames(app)).toEqual(['백업 전']);
    } finally {
      await app.close();
    }
  });

  it('a database damaged while closed: said at start, nothing saved, the newest good backup restores it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'front-desk-e2e-damaged-'));
    const first = await openApp(browser, { systemLocale: 'en-KR', lang: 'en', dataDir });
    for (let i = 0; i < 100; i++) await first.frontDesk.handle('calls.save', call(`Caller ${i}`, 'n'.repeat(1900)));
    await first.frontDesk.handle('backups.create', { to: 'folder' });
    await first.close();
    damagePages(join(dataDir, DATABASE_FILE));

    const app = await openApp(browser, { systemLocale: 'en-KR', lang: 'en', dataDir });
    try {
      const backups = backupsPage(app.page, 'en');
      await backups.damagedBanner().waitFor();
      expect(await app.frontDesk.handle('calls.save', call('Not saved'))).toMatchObject({
        ok: false,
        error: { code: 'storage', details: { fault: 'damaged' } },
      });
      await backups.openFromBanner();
      await backups.restore('manual');
      expect(await backups.damagedBanner().count()).toBe(0);
      expect(await callNames(app)).toHaveLength(100);
    } finally {
      await app.close();
    }
  });
});

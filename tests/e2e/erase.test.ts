// Erasing a client on request, end to end in Chromium through the web host: a client with a
// prescription and its scan is erased from their page by typing the name; the page shows
// the tombstone, the scan file is gone from the data folder, and search no longer finds her.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './support/app';
import { clientsPage } from './pages/clients';
import koClients from '../../renderer/locales/ko/clients.json';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('erasing a client', () => {
  it('erases a client with a prescription and shows the tombstone', async () => {
    const app = await openApp(browser);
    try {
      const { page, frontDesk } = app;
      const saved = await frontDesk.handle('calls.save', {
        kind: 'session', quoteLang: 'ko', outcome: 'booked', caller: { name: '김민지', phone: '010-4321-8765' },
        request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
      });
      if (!saved.ok) throw new Error(saved.error.code);
      const rx = await frontDesk.handle('prescriptions.create', {
        clientId: saved.value.clientId!, issuedOn: '2026-11-02', prescriber: { name: '김정민' }, diagnoses: [{ code: 'S93.4', text: '발목 염좌' }],
        areas: [{ region: 'ankle', side: 'left' }], scan: { type: 'application/pdf', data: Buffer.from('%PDF-1.4\nscan\n').toString('base64') },
      });
      expect(rx.ok).toBe(true);
      expect(readdirSync(join(app.dataDir, 'scans'))).toHaveLength(1);

      const clients = clientsPage(page);
      await clients.open();
      await clients.findAndOpen('ㄱㅁㅈ', '김민지');
      await clients.eraseButton().click();
      await clients.erasedList('will').getByText(koClients.erase.prescriptions_other.replace('{{count}}', '1')).waitFor();
      expect(await clients.eraseSubmit().isDisabled()).toBe(true);
      await page.keyboard.press('Escape');
      await clients.eraseDialog().waitFor({ state: 'detached' });

      await clients.erase('김민지');
      await clients.erasedList('was').getByText(koClients.erase.scans_other.replace('{{count}}', '1')).waitFor();
      expect(await page.getByText('김민지').count()).toBe(0);
      expect(readdirSync(join(app.dataDir, 'scans'))).toEqual([]);

      await clients.back().click();
      await clients.search().fill('김민지');
      await page.waitForTimeout(300); // the debounced search settles
      expect(await clients.results().count()).toBe(0);
    } finally {
      await app.close();
    }
  });
});

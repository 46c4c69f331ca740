// Issue 2's end-to-end path: a first run in Korean shows the seeded price list; switching to
// English, editing a rate, restarting: both survive; an invalid import changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, type AppSession } from './support/app';
import { frame } from './pages/frame';
import { catalogPage } from './pages/catalog';
import { settingsPage } from './pages/settings';

let browser: Browser;
let app: AppSession;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, { systemLocale: 'ko-KR' });
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const catalogOf = async (session: AppSession) => {
  const result = await session.frontDesk.handle('catalog.get', {});
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};

describe('foundation', () => {
  it('first run: Korean UI, seeded Korean price list', async () => {
    const { page } = app;
    // the first page load (fonts, the lazy screen) can take seconds on a busy machine
    await expect.poll(() => frame.nav(page).getByRole('button').allTextContents(), { timeout: 15_000 }).toContain('F5가격표');
    const catalog = catalogPage(page, 'ko');
    await catalog.open();
    await catalog.openSection('services');
    const names = await catalog.rowNames('services');
    expect(names).toContain('스웨디시');
    expect(names).toContain('아로마 마사지');
    // No English word on the Korean screen's navigation.
    expect(await frame.nav(page).innerText()).not.toMatch(/Price list|Settings|Phone quote/);
  });

  it('switches to English without a restart, and edits a rate', async () => {
    const { page } = app;
    const settings = settingsPage(page, 'ko');
    await settings.open();
    await settings.switchLanguage('en');
    await expect.poll(() => frame.nav(page).innerText()).toContain('Price list');

    const catalog = catalogPage(page, 'en');
    await catalog.open();
    await catalog.openSection('services');
    expect(await catalog.rowNames('services')).toContain('Swedish massage');

    await catalog.editButton('Swedish massage').click();
    const price = catalog.dialog().getByLabel('Rate 1: price', { exact: false });
    await price.fill('85000');
    await price.press('Enter');
    await catalog.dialog().waitFor({ state: 'detached' });
    const swedish = (await catalogOf(app)).services.find((s) => s.id === 'swedish')!;
    expect(swedish.rates.find((r) => r.minutes === 60)?.price).toBe(85000);
  });

  it('keeps the language and the edit after a restart', async () => {
    await app.restart();
    const { page } = app;
    await expect.poll(() => frame.nav(page).innerText()).toContain('Price list');
    const catalog = catalogPage(page, 'en');
    await catalog.open();
    await catalog.openSection('services');
    await expect.poll(() => catalog.table('services').innerText()).toContain('₩85,000');
    const swedish = (await catalogOf(app)).services.find((s) => s.id === 'swedish')!;
    expect(swedish.rates.find((r) => r.minutes === 60)?.price).toBe(85000);
  });

  it('an invalid catalog import lists its problems by path and changes nothing', async () => {
    const { page } = app;
    const before = await catalogOf(app);
    const catalog = catalogPage(page, 'en');
    await catalog.open();
    const invalid = {
      format: 'front-desk-catalog',
      version: 1,
      currency: 'KRW',
      tax: { mode: 'sometimes', percent: 10 },
      services: [
        { id: 'a', name: { ko: '가', en: 'A' }, rates: [{ minutes: 60, price: -5 }] },
        { id: 'a', name: { ko: '', en: 'B' }, rates: [{ minutes: 60, price: 1000 }] },
      ],
    };
    await catalog.chooseImportFile('broken.json', JSON.stringify(invalid));
    const alert = catalog.alerts().filter({ hasText: 'services[0].rates[0].price' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('tax.mode');
    expect(text).toContain('services[1].id');
    expect(text).toContain('services[1].name.ko');
    await expect(catalog.confirmDialog().count()).resolves.toBe(0);
    expect(await catalogOf(app)).toEqual(before);
  });
});

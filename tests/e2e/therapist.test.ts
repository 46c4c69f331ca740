// The therapist's tablet end to end, in Chromium at a tablet's size with touch: the page the
// loopback host serves, every call made as a paired therapist device (test-only wrapper in
// support/app.ts), in Korean and in English. Today's client opened by keyboard, the flags
// and the prescribed areas read, the lower back recorded outside the prescription only
// after confirming; nothing of the desk on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../shared/pricing/types';
import { TEST_TABLET, launchBrowser, openApp } from './support/app';
import { TODAYS_CLIENT, therapistDay } from './support/therapist-day';
import { therapistPage } from './pages/therapist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const words = {
  ko: { bloodThinners: '혈액 응고를 막는 약', ankle: '왼쪽 발목', lowerBack: '허리 (요추 부위)', outside: '처방 범위 밖' },
  en: { bloodThinners: 'blood thinners', ankle: 'Left ankle', lowerBack: 'Lower back (lumbar)', outside: 'outside the prescription' },
};

describe.each<Lang>(['ko', 'en'])('therapist tablet (UI in %s)', (lang) => {
  it("opens today's client, reads what to check, records the areas treated", async () => {
    let clientId = 0;
    const app = await openApp(browser, {
      // An English-speaking therapist at a Korean clinic (the Korean sample's services).
      systemLocale: lang === 'ko' ? 'ko-KR' : 'en-KR',
      lang,
      device: TEST_TABLET,
      viewport: { width: 820, height: 1180 }, // a tablet held upright
      before: async (frontDesk) => {
        ({ clientId } = await therapistDay(frontDesk));
      },
    });
    try {
      const { page } = app;
      const th = therapistPage(page, lang);
      await th.heading().waitFor();
      expect(await page.getByRole('navigation').count()).toBe(0);
      await page.keyboard.press('F4'); // the desk's keys do nothing here
      expect(await page.getByRole('tab').count()).toBe(0);

      // by keyboard: to the client's button, Enter
      const client = th.todaysList().getByRole('button', { name: new RegExp(TODAYS_CLIENT) });
      await client.focus();
      await page.keyboard.press('Enter');
      await th.clientHeading(TODAYS_CLIENT).waitFor();
      expect((await th.flags().textContent())?.toLowerCase()).toContain(words[lang].bloodThinners.toLowerCase());
      expect(await th.prescription().textContent()).toContain(words[lang].ankle);
      expect(await th.intake().locator('svg').count()).toBeGreaterThan(0); // the body map

      await th.addArea('lower-back');
      await th.findings().waitFor();
      expect(await th.findings().textContent()).toContain(words[lang].lowerBack);
      expect(await th.save().isDisabled()).toBe(true);
      await th.confirmOutside().tap();
      await th.save().tap();
      await th.savedOutside().waitFor();
      const visits = await th.todaysVisits().textContent();
      expect(visits).toContain(TEST_TABLET.name);
      expect(visits).toContain(words[lang].outside);

      const stored = await app.frontDesk.handle('visits.list', { clientId });
      expect(stored).toMatchObject({ ok: true, value: [{ therapist: 'Room 2', outsidePrescription: true, areas: [{ region: 'lower-back' }] }] });
      // every control is big enough to tap
      const small = await page.evaluate(`[...document.querySelectorAll('button, input:not([type=checkbox]):not([type=radio]), select')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height < 44 || r.width < 44).length`);
      expect(small).toBe(0);

      // The tablet's own language, kept on the tablet across a reload; the hub's stays.
      const other: Lang = lang === 'ko' ? 'en' : 'ko';
      await th.language().selectOption(other);
      await therapistPage(page, other).heading().waitFor();
      await page.reload();
      await therapistPage(page, other).heading().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
      const hub = await app.frontDesk.handle('settings.get', {});
      expect(hub.ok && hub.value.uiLanguage).toBe(lang);
    } finally {
      await app.close();
    }
  });
});

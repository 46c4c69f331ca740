// Issue 9's first conversation, in Chromium, in both languages: a caller whose prescription
// says "back pain" in words and whose plan requires a code hears that a code is needed (with
// an example); with M54.6 entered, what the plan pays and what they pay. Keyboard only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './support/app';
import { quotePage } from './pages/quote';
import { coveragePanel } from './pages/coverage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Will my plan cover it? (phone quote, caller not on file)', () => {
  for (const lang of ['ko', 'en'] as const) {
    it(`${lang}: "back pain" needs a code; with M54.6 the plan pays`, async () => {
      // An English-speaking receptionist at a Korean business (KRW, Korean plans): en-KR.
      const app = await openApp(browser, { systemLocale: lang === 'ko' ? 'ko-KR' : 'en-KR', lang });
      try {
        const { page } = app;
        const quote = quotePage(page, lang);
        const coverage = coveragePanel(page, lang);
        await quote.heading().waitFor();
        await quote.pickService(lang === 'ko' ? 'ㅅㅇㄷㅅ' : 'swedish');
        await coverage.plan().focus();
        await coverage.plan().selectOption('example-kr-indemnity');
        await coverage.wordsOnly().check();
        await expect
          .poll(() => coverage.answer().textContent())
          .toContain(lang === 'ko' ? '처방전에 진단 코드가 없습니다. 의사에게 진단 코드를 적어 달라고 하세요(예: M54.6 흉추의 통증).' : 'Your prescription has no diagnosis code: ask your physician to add one, for example M54.6 for pain in thoracic spine.');
        expect(await coverage.answer().textContent()).toContain(lang === 'ko' ? '보장하지 않습니다' : 'does not cover this visit');

        await coverage.withCode().check();
        await coverage.code().pressSequentially('m546');
        const covered = lang === 'ko' ? /이 방문을 보장합니다\.보험 부담 [\d,]+원, 고객님 부담 [\d,]+원입니다\./ : /covers this visit\.The plan pays ₩[\d,]+ and you pay ₩[\d,]+\./;
        await expect.poll(() => coverage.answer().textContent()).toMatch(covered);
        // The copied text is the answer, one sentence a line, in the caller's language.
        await coverage.copy().click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied.split('\n')[0]).toMatch(lang === 'ko' ? /보장합니다\.$/ : /covers this visit\.$/);
      } finally {
        await app.close();
      }
    });
  }
});

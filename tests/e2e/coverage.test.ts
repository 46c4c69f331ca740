// Issue 9's conversations, in Chromium. (1) In both languages: a caller whose prescription
// says "back pain" in words and whose plan requires a code hears that a code is needed (with
// an example); with M54.6 entered, what the plan pays and what they pay. Keyboard only.
// (2) In both languages: a client with a left-ankle prescription asks for the lower back; the
// visit shows the finding naming the areas and is saved only as outside the prescription.
// And a client recognised by their number on the quote screen gets the answer from their
// policy, prescription and covered visits (Korean here; English in the component tests).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './support/app';
import { quotePage } from './pages/quote';
import { clientCoverage, coveragePanel } from './pages/coverage';
import { clientsPage } from './pages/clients';
import type { FrontDesk } from '../../electron/app/front-desk';

/** A local date `days` from today, YYYY-MM-DD (the app's visit date starts at today). */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

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

const conversation2 = {
  ko: {
    name: '김민지',
    initials: 'ㄱㅁㅈ',
    finding: '처방전에 없는 부위: 허리 (요추 부위). 처방된 부위: 왼쪽 발목. 이 부위를 치료하려면 의사의 새 처방전이 필요합니다.',
    mark: '처방 범위 밖',
  },
  en: {
    name: 'Sam Lee',
    initials: 'sam',
    finding:
      'Not on the prescription: Lower back (lumbar). The prescription allows: Left ankle. An updated prescription from the physician is needed before these areas are treated.',
    mark: 'outside the prescription',
  },
};

describe('May we treat this today? (client page, a left-ankle prescription, the lower back asked for)', () => {
  for (const lang of ['ko', 'en'] as const) {
    it(`${lang}: the finding names the areas; the visit is saved only as outside the prescription, and marked`, async () => {
      const x = conversation2[lang];
      const app = await openApp(browser, { systemLocale: lang === 'ko' ? 'ko-KR' : 'en-KR', lang });
      try {
        const { page, frontDesk } = app;
        const client = await must(frontDesk.handle('clients.create', { name: x.name, lang }));
        await must(
          frontDesk.handle('prescriptions.create', {
            clientId: client.id,
            issuedOn: dayFromToday(-14),
            expiresOn: dayFromToday(60),
            prescriber: { name: '김정민' },
            diagnoses: [{ code: 'S93.4' }],
            areas: [{ region: 'ankle', side: 'left' }],
            sessions: 8,
          }),
        );
        await quotePage(page, lang).heading().waitFor();
        const clients = clientsPage(page, lang);
        await clients.open();
        await clients.findAndOpen(x.initials, x.name);
        const c = clientCoverage(page, lang);
        await c.visitForm().waitFor();
        await c.addTreated('lower-back');
        await expect.poll(() => c.findings().textContent()).toBe(x.finding);
        expect(await c.saveVisit().isDisabled()).toBe(true);
        expect(await must(frontDesk.handle('visits.list', { clientId: client.id }))).toEqual([]);

        await c.confirmOutside().check();
        await expect.poll(() => c.saveVisit().isEnabled()).toBe(true);
        await c.saveVisit().click();
        await c.savedOutside().waitFor();
        await expect.poll(() => c.visits().textContent()).toContain(x.mark);
        expect(await must(frontDesk.handle('visits.list', { clientId: client.id }))).toMatchObject([
          { outsidePrescription: true, areas: [{ region: 'lower-back' }], findings: [{ code: 'area-not-prescribed' }] },
        ]);
      } finally {
        await app.close();
      }
    });
  }
});

/** 김민지 on file: the Korean example plan, a coded prescription, one covered visit today. */
async function clientWithPolicy(frontDesk: FrontDesk) {
  const client = await must(frontDesk.handle('clients.create', { name: '김민지', phone: '010-5555-1234', lang: 'ko' }));
  const policy = await must(frontDesk.handle('policies.create', { clientId: client.id, planId: 'example-kr-indemnity', memberId: 'KR-77' }));
  const rx = await must(
    frontDesk.handle('prescriptions.create', {
      clientId: client.id,
      issuedOn: dayFromToday(0),
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'M54.6' }],
      areas: [{ region: 'upper-back' }],
    }),
  );
  await must(
    frontDesk.handle('visits.create', { clientId: client.id, prescriptionId: rx.id, date: dayFromToday(0), minutes: 60, areas: [{ region: 'upper-back' }], policyId: policy.id, price: 80000 }),
  );
  return { policy, rx };
}

describe('Will my plan cover it? (phone quote, a client recognised by their number)', () => {
  it('ko: their policy and current prescription answer, with this plan year\'s visits left; Alt+I copies', async () => {
    const app = await openApp(browser, { systemLocale: 'ko-KR', lang: 'ko' });
    try {
      const { page, frontDesk } = app;
      const { policy, rx } = await clientWithPolicy(frontDesk);
      const quote = quotePage(page, 'ko');
      const coverage = clientCoverage(page, 'ko');
      await quote.heading().waitFor();
      await quote.pickService('ㅅㅇㄷㅅ');
      await page.keyboard.press('Alt+KeyP');
      await page.keyboard.type('010-5555-1234');
      await expect.poll(() => coverage.policy().inputValue()).toBe(String(policy.id));
      expect(await coverage.prescription().inputValue()).toBe(String(rx.id));
      await expect.poll(() => coverage.answer().textContent()).toMatch(/이 방문을 보장합니다\.보험 부담 [\d,]+원, 고객님 부담 [\d,]+원입니다\./);
      expect(await coverage.answer().textContent()).toMatch(/보장 횟수가 48회 남습니다\./);
      await page.keyboard.press('Alt+KeyI');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\(예시\) 실손형 도수·마사지 특약은 이 방문을 보장합니다\.\n/);
    } finally {
      await app.close();
    }
  });
});

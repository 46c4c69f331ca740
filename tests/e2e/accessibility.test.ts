// Every screen, in Korean and in English, checked by axe-core against WCAG 2.1 A and AA:
// each screen as it opens and in the states that add content (a quote with its breakdown, a
// saved call, an open dialog, every price-list section, every intake view, a client page with
// a prescription, its scan and the coverage summary).
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Lang } from '../../shared/pricing/types';
import { TEST_TABLET, launchBrowser, openApp, type AppSession } from './support/app';
import { expectAccessible } from './support/axe';
import { frame } from './pages/frame';
import { quotePage } from './pages/quote';
import { coveragePanel } from './pages/coverage';
import { enLabels, koLabels, schoolPage } from './pages/school';
import { callsPage } from './pages/calls';
import { clientsPage } from './pages/clients';
import { catalogPage, type CatalogSection } from './pages/catalog';
import { clientCoverage } from './pages/coverage';
import { therapistPage } from './pages/therapist';
import { TODAYS_CLIENT, therapistDay } from './support/therapist-day';
import { printingPage } from './pages/printing';
import { answeredForm, signInput } from '../support/intake';
import koIntake from '../../renderer/locales/ko/intake.json';
import enIntake from '../../renderer/locales/en/intake.json';
import { pairingPage } from './pages/pairing';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SECTIONS: CatalogSection[] = ['basics', 'services', 'addOns', 'surcharges', 'travelZones', 'discounts', 'programs', 'fees', 'paymentPlans', 'plans'];

describe.each<Lang>(['ko', 'en'])('accessibility (axe, WCAG 2.1 AA), UI in %s', (lang) => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp(browser, { systemLocale: lang === 'ko' ? 'ko-KR' : 'en-US', lang });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('phone quote (F1): empty, then a quote with its breakdown and a saved call', async () => {
    const { page } = app;
    const q = quotePage(page, lang);
    await q.heading().waitFor();
    // The coverage panel comes just after the screen is usable: checked with it.
    await coveragePanel(page, lang).panel().waitFor();
    await expectAccessible(page, `quote, empty (${lang})`);
    await q.pickService(lang === 'ko' ? 'ㅅㅇㄷㅅ' : 'swedish');
    await q.total().waitFor();
    // A number valid where the sample business is: Korea, or the US (libphonenumber's example).
    await q.phone().fill(lang === 'ko' ? '010-1234-5678' : '(201) 555-0123');
    await q.saveButton().click();
    await q.savedMessage().waitFor();
    await expectAccessible(page, `quote, breakdown and saved call (${lang})`);
  });

  it('school enrollment (F2): empty, then a program with its plans', async () => {
    const { page } = app;
    await frame.openByKey(page, 2);
    await expectAccessible(page, `school, empty (${lang})`);
    const school = schoolPage(page, lang === 'ko' ? koLabels : enLabels);
    // The sample school of the business's country: Korean courses, or the US 1000-hour program.
    await school.pickProgram(lang === 'ko' ? '스포츠' : '1000');
    await school.breakdown().waitFor();
    await expectAccessible(page, `school, program picked (${lang})`);
  });

  it('intake (F3): empty, signed view with history, draft form, body map list, signing on screen and on paper, guardian', async () => {
    const { page } = app;
    const words = lang === 'ko' ? koIntake : enIntake;
    await frame.openByKey(page, 3);
    await expectAccessible(page, `intake (${lang})`);
    // A 12-year-old client (a guardian signs) with two signed versions (history, version list),
    // a prescription with a scan, and a policy in the business's currency.
    const created = await app.frontDesk.handle('clients.create', { name: 'Minor Kim', phone: lang === 'ko' ? '010-5555-6666' : '(201) 555-0188', lang, birthDate: '2014-06-01' });
    if (!created.ok) throw new Error('client');
    const clientId = created.value.id;
    const guardian = { name: 'Kim Parent', relationship: 'mother' };
    const signed = (reason: string) => {
      const input = signInput(clientId, answeredForm((a) => (a.visit.reason = reason)), lang);
      return { ...input, signing: { ...input.signing, guardian: { ...guardian, signature: input.signing.client } } };
    };
    for (const reason of ['first', 'second']) if (!(await app.frontDesk.handle('intake.sign', signed(reason))).ok) throw new Error('sign');
    const rx = await app.frontDesk.handle('prescriptions.create', {
      clientId,
      issuedOn: '2026-11-02',
      prescriber: { name: 'Dr. Lee' },
      diagnoses: [{ code: 'M54.6' }],
      areas: [{ region: 'upper-back' }],
      scan: { type: 'image/png', data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==' },
    });
    if (!rx.ok) throw new Error('prescription');
    await app.frontDesk.handle('policies.create', { clientId, planId: lang === 'ko' ? 'example-kr-indemnity' : 'example-us-ppo', memberId: 'M-1' });

    await page.getByLabel(words.picker.search).fill('Minor');
    await page.getByRole('button', { name: /Minor Kim/ }).first().click();
    await page.getByRole('combobox', { name: words.work.printVersion }).waitFor();
    await expectAccessible(page, `intake, signed form with history and versions to print (${lang})`);

    await page.getByRole('button', { name: words.work.newVersion }).click();
    await page.locator('.intake-form').waitFor();
    await expectAccessible(page, `intake, draft form with guardian and signature pad (${lang})`);
    await page.getByRole('button', { name: words.bodyMap.useList }).click();
    await page.getByRole('group', { name: words.bodyMap.listLabel }).or(page.locator('.intake-form [id$="-list"]:not([hidden])')).first().waitFor();
    await expectAccessible(page, `intake, body map as a list (${lang})`);
    await page.getByRole('radio', { name: words.signature.onPaper }).check();
    await expectAccessible(page, `intake, signed on paper with guardian (${lang})`);
    // Closing a form with unsaved answers asks first.
    await page.getByRole('button', { name: words.work.close }).click();
    const ask = page.getByRole('alertdialog', { name: words.work.closeTitle });
    await ask.waitFor();
    await expectAccessible(page, `intake, closing with unsaved answers (${lang})`);
    await ask.getByRole('button', { name: words.work.closeConfirm }).click();
    await ask.waitFor({ state: 'detached' });
  });

  it('clients & calls (F4): the clients, a client, the calls, a call opened', async () => {
    const { page } = app;
    const clients = clientsPage(page, lang);
    await clients.open();
    await clients.results().first().waitFor(); // the saved call's caller became a client
    await expectAccessible(page, `clients, list (${lang})`);
    await clients.results().filter({ hasNotText: 'Minor Kim' }).first().click(); // the caller of the saved call
    await clients.callRows().first().waitFor();
    await expectAccessible(page, `clients, a client's page (${lang})`);
    // A policy added (the plan in the sample's currency), the coverage answer from it, and a
    // visit's findings (no prescription on file).
    const c = clientCoverage(page, lang);
    await c.policyPlan().selectOption(lang === 'ko' ? 'example-kr-indemnity' : 'example-us-ppo');
    await c.policyMember().fill('M-1');
    await c.addPolicy().click();
    await c.policies().waitFor();
    await c.answer().waitFor();
    await c.addTreated('lower-back');
    await c.findings().waitFor();
    await expectAccessible(page, `clients, a client's policy, coverage answer and visit findings (${lang})`);
    await clients.eraseButton().click();
    await clients.erasedList('will').waitFor();
    await expectAccessible(page, `clients, the erase dialog (${lang})`);
    await page.keyboard.press('Escape');
    await clients.eraseDialog().waitFor({ state: 'detached' });
    // The visit's areas were picked, not recorded: the Calls tab asks before dropping them.
    await page.getByRole('tab', { name: lang === 'ko' ? '통화' : 'Calls', exact: true }).click();
    await frame.leaveQuestion(page, lang).waitFor();
    await expectAccessible(page, `leaving a client page with unsaved text (${lang})`);
    await frame.leaveWithoutSaving(page, lang);
    const calls = callsPage(page, lang);
    await calls.open();
    await calls.rows().first().waitFor();
    await expectAccessible(page, `calls, list (${lang})`);
    await calls.rows().first().getByRole('button').first().click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, `calls, a call opened (${lang})`);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it("a client's page with a prescription, its scan shown and the coverage summary", async () => {
    const { page } = app;
    const clients = clientsPage(page, lang);
    await clients.openList();
    await clients.findOnlyAndOpen('Minor', 'Minor Kim');
    const printing = printingPage(page, lang);
    await printing.showScan().click();
    await page.locator('.scan-view img').waitFor();
    await printing.openSummary();
    await printing.summary().waitFor({ state: 'attached' });
    await expectAccessible(page, `client page, prescription with scan and summary (${lang})`);
    await clients.back().click();
  });

  it('price list (F5): every section, and an entry being edited', async () => {
    const { page } = app;
    const catalog = catalogPage(page, lang);
    await catalog.open();
    for (const section of SECTIONS) {
      await catalog.openSection(section);
      await expectAccessible(page, `price list, ${section} (${lang})`);
    }
    await catalog.openSection('services');
    await page.getByRole('table').getByRole('button').first().click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, `price list, editing a service (${lang})`);
    await page.keyboard.press('Escape');
  });

  it('settings (F6)', async () => {
    await frame.openByKey(app.page, 6);
    await expectAccessible(app.page, `settings (${lang})`);
  });

  // Last: it leaves the app. The hub's LAN listener serves this page to tablets; the
  // loopback host serves the same built file.
  it("tablet's pairing page", async () => {
    const pairing = pairingPage(app.page);
    await pairing.open(app.host.origin, lang);
    await pairing.codeField(lang).waitFor();
    await expectAccessible(app.page, `pairing page (${lang})`);
  });
});

// The therapist's tablet: a view of its own (no frame), at a tablet's size.
describe.each<Lang>(['ko', 'en'])('accessibility (axe, WCAG 2.1 AA), therapist view in %s', (lang) => {
  it("today's clients, a client opened, and a visit outside the prescription about to be confirmed", async () => {
    const app = await openApp(browser, {
      systemLocale: lang === 'ko' ? 'ko-KR' : 'en-KR',
      lang,
      device: TEST_TABLET,
      viewport: { width: 1180, height: 820 }, // a tablet on its side: the list beside the client
      before: async (frontDesk) => void (await therapistDay(frontDesk)),
    });
    try {
      const { page } = app;
      const th = therapistPage(page, lang);
      await th.todaysList().waitFor();
      await expectAccessible(page, `therapist, today's clients (${lang})`);
      await th.client(TODAYS_CLIENT).click();
      await th.clientHeading(TODAYS_CLIENT).waitFor();
      await expectAccessible(page, `therapist, a client opened (${lang})`);
      await th.addArea('lower-back');
      await th.findings().waitFor();
      await expectAccessible(page, `therapist, outside the prescription (${lang})`);
    } finally {
      await app.close();
    }
  });
});

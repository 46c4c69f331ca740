// Printing from the client page and the intake screen: the jump to F3, the version to print,
// the prescription's scan, the prescription and coverage summary. Labels from the locales.
import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../../shared/pricing/types';
import koClients from '../../../renderer/locales/ko/clients.json';
import enClients from '../../../renderer/locales/en/clients.json';
import koCoverage from '../../../renderer/locales/ko/coverage.json';
import enCoverage from '../../../renderer/locales/en/coverage.json';
import koIntake from '../../../renderer/locales/ko/intake.json';
import enIntake from '../../../renderer/locales/en/intake.json';

const texts = { ko: { clients: koClients, coverage: koCoverage, intake: koIntake }, en: { clients: enClients, coverage: enCoverage, intake: enIntake } };

export function printingPage(page: Page, lang: Lang = 'ko') {
  const { clients, coverage, intake } = texts[lang];
  return {
    openIntake: () => page.getByRole('button', { name: clients.sections.openIntake, exact: true }),
    /** Presses Tab until `target` has the focus (at most `max` times): it is keyboard reachable. */
    async tabTo(target: Locator, max = 80) {
      for (let i = 0; i < max; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('not reached with Tab');
    },
    version: () => page.getByRole('combobox', { name: intake.work.printVersion, exact: true }),
    /** The option text of a version in the version list (signing time included). */
    async versionLabel(version: number) {
      const prefix = lang === 'ko' ? `제${version}판,` : `Version ${version},`;
      const labels = await this.version().locator('option').allTextContents();
      return labels.find((label) => label.startsWith(prefix));
    },
    openPdfScan: () => page.getByRole('button', { name: coverage.summary.scanOpen, exact: true }).first(),
    showScan: () => page.getByRole('button', { name: coverage.summary.scanShow, exact: true }).first(),
    /** Opens the summary card (closed until asked for). */
    async openSummary() {
      const button = page.getByRole('button', { name: coverage.summary.open, exact: true });
      if (await button.isVisible()) await button.click();
    },
    summary: () => page.locator(`article[data-printable][aria-label="${coverage.summary.label}"]`),
    /** Waits until the summary shows `text`. The summary needs five requests (the client's
     *  records, then the coverage answer) and two renders: about 0.3 s here, several seconds
     *  on a loaded machine, so not expect.poll, which gives up after 1 s. The locator waits
     *  for the condition itself, up to the test's timeout. */
    async summaryShows(text: string) {
      await this.summary().filter({ hasText: text }).waitFor({ state: 'attached' });
    },
    printScan: () => page.getByRole('radio', { name: coverage.summary.scanTitle, exact: true }),
    scanPrintable: () => page.locator(`article[data-printable][aria-label="${coverage.summary.scanLabel}"]`),
  };
}

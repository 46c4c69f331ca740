// The Calls & clients screen (F4): page steps for end-to-end tests. Labels come from the
// locale files, so the steps work in either UI language.
import type { Page } from 'playwright-core';
import koCalls from '../../../renderer/locales/ko/calls.json';
import enCalls from '../../../renderer/locales/en/calls.json';
import koCommon from '../../../renderer/locales/ko/common.json';
import koQuote from '../../../renderer/locales/ko/quote.json';
import enQuote from '../../../renderer/locales/en/quote.json';
import enCommon from '../../../renderer/locales/en/common.json';
import koClients from '../../../renderer/locales/ko/clients.json';
import enClients from '../../../renderer/locales/en/clients.json';
import type { Lang } from '../../../shared/pricing/types';

const texts = {
  ko: { calls: koCalls, common: koCommon, quote: koQuote, clients: koClients },
  en: { calls: enCalls, common: enCommon, quote: enQuote, clients: enClients },
};

export function callsPage(page: Page, lang: Lang = 'ko') {
  const { calls, common, quote, clients } = texts[lang];
  const dialog = () => page.getByRole('dialog');
  return {
    /** F4, then the Calls tab (F4 opens the tab last shown; Clients at first). */
    async open() {
      await page.keyboard.press('F4');
      await page.getByRole('tab', { name: clients.tabs.calls, exact: true }).click();
      await this.heading().waitFor();
    },
    heading: () => page.getByRole('heading', { level: 1, name: calls.title }),
    search: () => page.getByRole('searchbox', { name: calls.filter.search, exact: true }),
    from: () => page.getByLabel(calls.filter.from, { exact: true }),
    to: () => page.getByLabel(calls.filter.to, { exact: true }),
    outcomeFilter: () => page.getByRole('combobox', { name: calls.filter.outcome, exact: true }),
    kindFilter: () => page.getByRole('combobox', { name: calls.filter.kind, exact: true }),
    followUpDue: () => page.getByRole('checkbox', { name: calls.filter.followUpDue, exact: true }),
    exportButton: () => page.getByRole('button', { name: calls.export.button, exact: true }),
    table: () => page.locator('table.call-list'),
    rows: () => page.locator('table.call-list tbody tr'),
    /** The open button of the row whose accessible name mentions `text` (caller name or date). */
    openButton: (text: string | RegExp) =>
      page.locator('table.call-list').getByRole('button', { name: typeof text === 'string' ? new RegExp(text) : text }),
    moreButton: () => page.locator('.calls-screen > button'),
    emptyMessage: () => page.getByText(calls.list.empty, { exact: true }),
    dialog,
    dialogOutcome: () => dialog().getByRole('combobox', { name: calls.save.outcome, exact: true }),
    dialogNote: () => dialog().getByRole('textbox', { name: calls.save.note, exact: true }),
    dialogFollowUp: () => dialog().getByLabel(calls.save.followUp, { exact: true }),
    dialogClearFollowUp: () => dialog().getByRole('button', { name: calls.detail.clearFollowUp, exact: true }),
    dialogSave: () => dialog().getByRole('button', { name: calls.detail.saveChanges, exact: true }),
    dialogClose: () => dialog().getByRole('button', { name: common.actions.close, exact: true }),
    dialogTotal: () => dialog().getByRole('status', { name: quote.result.total, exact: true }),

    /** Types into the search box and waits for the debounced list. */
    async searchFor(text: string) {
      await this.search().fill(text);
      await page.waitForTimeout(300);
    },
    /** Opens the first row matching `text` with the keyboard (focus + Enter). */
    async openCall(text: string | RegExp) {
      const button = this.openButton(text).first();
      await button.focus();
      await page.keyboard.press('Enter');
      await dialog().waitFor();
    },
    /** Changes the outcome (value: booked | thinking | declined | no-answer) and saves. */
    async setOutcome(value: 'booked' | 'thinking' | 'declined' | 'no-answer') {
      await this.dialogOutcome().selectOption(value);
      await this.dialogSave().click();
      await dialog().getByText(calls.detail.updated, { exact: true }).waitFor();
    },
    /** Clicks Export and returns the download (Playwright's Download). */
    async exportCsv() {
      const [download] = await Promise.all([page.waitForEvent('download'), this.exportButton().click()]);
      return download;
    },
  };
}

export type CallsPage = ReturnType<typeof callsPage>;

// The Clients tab of F4 and a client's page: page steps for end-to-end tests. Labels come
// from the locale files, so the steps work in either UI language.
import type { Locator, Page } from 'playwright-core';
import koClients from '../../../renderer/locales/ko/clients.json';
import enClients from '../../../renderer/locales/en/clients.json';
import koCommon from '../../../renderer/locales/ko/common.json';
import enCommon from '../../../renderer/locales/en/common.json';
import type { Lang } from '../../../shared/pricing/types';

const texts = { ko: koClients, en: enClients };
const common = { ko: koCommon, en: enCommon };

export function clientsPage(page: Page, lang: Lang = 'ko') {
  const c = texts[lang];
  const conflict = common[lang].conflict;
  const dialog = () => page.getByRole('dialog');
  const field = (label: string) => page.getByRole('textbox', { name: label, exact: true });
  return {
    /** F4, then the Clients tab. */
    async open() {
      await page.keyboard.press('F4');
      await page.getByRole('tab', { name: c.tabs.clients, exact: true }).click();
      await this.search().waitFor();
    },
    /** F4, the Clients tab, back to the list if a client's page is still open (the tab keeps
     *  it), and the search box emptied (it keeps its last search too). */
    async openList() {
      await page.keyboard.press('F4');
      await page.getByRole('tab', { name: c.tabs.clients, exact: true }).click();
      await this.search().or(this.back()).first().waitFor();
      if (await this.back().isVisible()) await this.back().click();
      await this.search().fill('');
    },
    search: () => page.getByRole('searchbox', { name: c.search.label, exact: true }),
    results: () => page.locator('table.client-list button.open-client'),
    /** Types into the search box, then ↓ to the first result and Enter: keyboard only. */
    async findAndOpen(text: string, expectedName: string) {
      await this.search().focus();
      await page.keyboard.type(text);
      await page.locator('table.client-list').getByRole('button', { name: new RegExp(expectedName) }).first().waitFor();
      await page.waitForTimeout(250); // the debounced search settles on the last keystroke
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await this.pageHeading(expectedName).waitFor();
    },
    /** Like findAndOpen, but waits until the list shows only `expectedName`'s row (under load
     *  the debounced search may still show the whole list when ↓ is pressed). */
    async findOnlyAndOpen(text: string, expectedName: string) {
      await this.search().focus();
      await page.keyboard.type(text);
      const rows = this.results();
      for (let i = 0; i < 200; i++) {
        const names = await rows.allTextContents();
        if (names.length === 1 && names[0]!.includes(expectedName)) break;
        await page.waitForTimeout(100);
      }
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await this.pageHeading(expectedName).waitFor();
    },
    pageHeading: (name: string) => page.getByRole('heading', { level: 1, name, exact: true }),
    /** Notes which element has the focus when a client's page appears, in the same turn as
     *  the page (before any later task of the page could move it): read with focusOnOpen. */
    async watchFocusOnOpen() {
      await page.evaluate(() => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.client-page h1')) return;
          observer.disconnect();
          (window as unknown as { focusOnOpen?: string }).focusOnOpen = document.activeElement?.textContent ?? '';
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    },
    focusOnOpen: () => page.evaluate(() => (window as unknown as { focusOnOpen?: string }).focusOnOpen),
    phone: () => field(c.fields.phone),
    email: () => field(c.fields.email),
    address: () => field(c.fields.address),
    /** "Someone else changed this at the same time", with the saved and the typed values. */
    conflict: () => page.getByRole('alert').filter({ hasText: conflict.title }),
    /** The conflict's row for a field: [field, saved value, typed value]. */
    async conflictRow(label: string): Promise<string[]> {
      const row = this.conflict().getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
      return (await row.locator('th, td').allInnerTexts()).map((t) => t.trim());
    },
    useSaved: () => page.getByRole('button', { name: conflict.useSaved, exact: true }),
    save: () => page.getByRole('button', { name: c.page.save, exact: true }),
    saved: () => page.getByText(c.page.saved, { exact: true }),
    hasFocus: (control: Locator) => control.evaluate((element) => element === document.activeElement),
    phoneProblem: () => page.getByText(c.problems.phone, { exact: true }),
    callRows: () => page.locator('.client-page table.call-list tbody tr'),
    /** The button under a client's newest calls that shows the older ones (more than one). */
    olderCalls: (count: number) =>
      page.getByRole('button', { name: c.page.olderCalls_other.replace('{{count}}', String(count)), exact: true }),
    back: () => page.getByRole('button', { name: c.page.back, exact: true }),
    mergeButton: () => page.getByRole('button', { name: c.merge.button, exact: true }),
    dialog,
    mergeSearch: () => dialog().getByRole('searchbox', { name: c.merge.search, exact: true }),
    mergeResult: () => dialog().getByRole('region', { name: c.merge.result, exact: true }),
    mergeMoves: () => dialog().getByRole('region', { name: c.merge.moves, exact: true }),
    mergeConfirm: () => dialog().getByRole('button', { name: c.merge.confirm, exact: true }),
    merged: () => page.getByText(c.merge.done, { exact: true }),
    eraseButton: () => page.getByRole('button', { name: c.erase.button, exact: true }),
    eraseDialog: () => page.getByRole('alertdialog', { name: c.erase.title, exact: true }),
    /** The list of what will be erased (in the dialog) or was erased (the tombstone). */
    erasedList: (when: 'will' | 'was') => page.getByRole('list', { name: when === 'will' ? c.erase.willErase : c.erase.erased, exact: true }),
    eraseConfirmation: (name: string) =>
      page.getByRole('textbox', { name: c.erase.confirmName.replace('{{word}}', name), exact: true }),
    eraseSubmit: () => page.getByRole('button', { name: c.erase.confirm, exact: true }),
    tombstoneHeading: () => page.getByRole('heading', { level: 1, name: c.erase.tombstone, exact: true }),
    /** Opens the erase dialog, types the name and presses Enter: keyboard only after the click. */
    async erase(name: string) {
      await this.eraseButton().click();
      await this.eraseConfirmation(name).waitFor();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await this.tombstoneHeading().waitFor();
    },
    /** Opens the merge dialog, finds the duplicate by `text` and shows the preview. */
    async previewMerge(text: string, duplicateName: string) {
      await this.mergeButton().click();
      await this.mergeSearch().fill(text);
      await dialog().getByRole('button', { name: new RegExp(duplicateName) }).first().click();
      await this.mergeConfirm().waitFor();
    },
  };
}

export type ClientsPage = ReturnType<typeof clientsPage>;

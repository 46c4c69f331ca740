// The frame around every screen: navigation by name or by F-key.
import type { Page } from 'playwright-core';
import koCommon from '../../../renderer/locales/ko/common.json';
import enCommon from '../../../renderer/locales/en/common.json';
import type { Lang } from '../../../shared/pricing/types';

const leaveWords = { ko: koCommon.leave, en: enCommon.leave };

export const frame = {
  nav: (page: Page) => page.getByRole('navigation'),
  /** Opens a screen by its navigation label (in the current UI language). */
  async open(page: Page, label: string | RegExp) {
    await frame.nav(page).getByRole('button', { name: label }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  },
  /** Opens the n-th screen by keyboard (F1..F6). */
  async openByKey(page: Page, n: number) {
    await page.keyboard.press(`F${n}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  },
  heading: (page: Page) => page.getByRole('heading', { level: 1 }).first(),
  /** "Leave without saving?", asked when a way out would drop typed text. */
  leaveQuestion: (page: Page, lang: Lang) => page.getByRole('alertdialog', { name: leaveWords[lang].title, exact: true }),
  async leaveWithoutSaving(page: Page, lang: Lang) {
    await frame.leaveQuestion(page, lang).getByRole('button', { name: leaveWords[lang].confirm, exact: true }).click();
    await frame.leaveQuestion(page, lang).waitFor({ state: 'detached' });
  },
};

// The frame around every screen: navigation by name or by F-key.
import type { Page } from 'playwright-core';

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
};

// The tablet's pairing page (pair.html), as served by the hub. Labels come from the locale
// files, so the steps work in either UI language.
import type { Page } from 'playwright-core';
import ko from '../../../renderer/locales/ko/network.json';
import en from '../../../renderer/locales/en/network.json';
import type { Lang } from '../../../shared/pricing/types';

const texts = { ko: ko.page, en: en.page };

export const pairingPage = (page: Page) => ({
  heading: (lang: Lang) => page.getByRole('heading', { level: 1, name: texts[lang].title }),
  codeField: (lang: Lang) => page.getByRole('textbox', { name: texts[lang].code, exact: true }),
  /** Opens the page and switches it to `lang` with its language button if needed. */
  async open(origin: string, lang: Lang) {
    await this.openLink(`${origin}/pair.html`, lang);
  },
  /** Opens a pairing link (the QR code's, `…/pair#fp=…`) in `lang`. */
  async openLink(url: string, lang: Lang) {
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (!(await this.heading(lang).isVisible())) {
      const other: Lang = lang === 'ko' ? 'en' : 'ko';
      await page.getByRole('button', { name: texts[other].languageLabel }).click();
      await this.heading(lang).waitFor();
    }
  },
  /** The fingerprint the link carried, as the page shows it to compare. */
  fingerprint: (lang: Lang, fingerprint: string) => page.getByText(texts[lang].fingerprint.replace('{{fingerprint}}', fingerprint)),
  /** Types the code (as read from the hub's screen) and presses Enter; the page then opens the app. */
  async pair(lang: Lang, code: string) {
    await this.codeField(lang).fill(code);
    await this.codeField(lang).press('Enter');
  },
});

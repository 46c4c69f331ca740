// The tablet's pairing page (pair.html), as served by the hub.
import type { Page } from 'playwright-core';
import type { Lang } from '../../../shared/pricing/types';

const titles: Record<Lang, string> = { ko: '이 기기를 Front Desk에 연결', en: 'Connect this device to Front Desk' };
const toggles: Record<Lang, string> = { ko: '이 페이지를 영어로 보기', en: 'Show this page in Korean' };

export const pairingPage = (page: Page) => ({
  heading: (lang: Lang) => page.getByRole('heading', { level: 1, name: titles[lang] }),
  codeField: (lang: Lang) => page.getByRole('textbox', { name: lang === 'ko' ? '연결 코드' : 'Pairing code' }),
  /** Opens the page and switches it to `lang` with its language button if needed. */
  async open(origin: string, lang: Lang) {
    await page.goto(`${origin}/pair.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    if (!(await this.heading(lang).isVisible())) {
      const other: Lang = lang === 'ko' ? 'en' : 'ko';
      await page.getByRole('button', { name: toggles[other] }).click();
      await this.heading(lang).waitFor();
    }
  },
});

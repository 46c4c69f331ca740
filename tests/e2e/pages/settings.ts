// Page object of the Settings screen (Playwright, playwright-core).
import type { Locator, Page } from 'playwright-core';

type Lang = 'ko' | 'en';

const text = {
  ko: {
    title: '설정',
    language: '화면 언어',
    name: '상호',
    address: '주소',
    phone: '전화번호',
    paper: { A4: 'A4', Letter: 'US 레터' },
    save: '설정 저장',
    saved: '설정을 저장했습니다.',
    about: '데이터 위치',
  },
  en: {
    title: 'Settings',
    language: 'Screen language',
    name: 'Business name',
    address: 'Address',
    phone: 'Phone number',
    paper: { A4: 'A4', Letter: 'US Letter' },
    save: 'Save settings',
    saved: 'Settings saved.',
    about: 'Your data',
  },
} as const;

export function settingsPage(page: Page, lang: Lang = 'ko') {
  const t = text[lang];
  return {
    /** F6 opens Settings from anywhere. */
    async open(): Promise<void> {
      await page.keyboard.press('F6');
      await page.getByRole('heading', { name: t.title, level: 1 }).waitFor();
    },
    /** Switches the UI language at once; the page object of the new language is returned. */
    async switchLanguage(to: Lang) {
      await page.getByLabel(t.language).selectOption(to);
      await page.getByRole('heading', { name: text[to].title, level: 1 }).waitFor();
      return settingsPage(page, to);
    },
    async fillBusiness(details: { name?: string; address?: string; phone?: string; paper?: 'A4' | 'Letter' }) {
      if (details.name !== undefined) await page.getByLabel(t.name, { exact: true }).fill(details.name);
      if (details.address !== undefined) await page.getByLabel(t.address, { exact: true }).fill(details.address);
      if (details.phone !== undefined) await page.getByLabel(t.phone, { exact: true }).fill(details.phone);
      if (details.paper) await page.getByRole('radio', { name: t.paper[details.paper] }).check();
    },
    /** Saves with Enter in the business name field and waits for "saved". */
    async save(): Promise<void> {
      await page.getByLabel(t.name, { exact: true }).press('Enter');
      await page.getByRole('status').filter({ hasText: t.saved }).waitFor();
    },
    saveButton(): Locator {
      return page.getByRole('button', { name: t.save });
    },
    aboutData(): Locator {
      return page.getByRole('region', { name: t.about });
    },
  };
}

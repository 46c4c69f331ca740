// Connect mode's controls: Settings -> Connect to a hub, the connected card, the banner.
// Labels come from the locale files, so the steps work in either UI language.
import type { Page } from 'playwright-core';
import ko from '../../../renderer/locales/ko/connection.json';
import en from '../../../renderer/locales/en/connection.json';
import koErrors from '../../../renderer/locales/ko/errors.json';
import enErrors from '../../../renderer/locales/en/errors.json';
import type { Lang } from '../../../shared/pricing/types';

const texts = { ko: { c: ko, errors: koErrors }, en: { c: en, errors: enErrors } };

export function connectionPage(page: Page, lang: Lang = 'ko') {
  const { c, errors } = texts[lang];
  return {
    texts: { connection: c, errors },
    async openSettings() {
      await page.keyboard.press('F6');
      await page.getByRole('heading', { level: 2, name: c.settings.title }).or(page.getByRole('heading', { level: 2, name: c.settings.connectedTitle })).waitFor();
    },
    address: () => page.getByRole('textbox', { name: c.settings.address, exact: true }),
    fingerprint: () => page.getByRole('textbox', { name: c.settings.fingerprint, exact: true }),
    code: () => page.getByRole('textbox', { name: c.settings.code, exact: true }),
    deviceName: () => page.getByRole('textbox', { name: c.settings.deviceName, exact: true }),
    connectButton: () => page.getByRole('button', { name: c.settings.connect, exact: true }),
    connectedHeading: () => page.getByRole('heading', { level: 2, name: c.settings.connectedTitle }),
    alert: () => page.getByRole('alert'),
    banner: () => page.getByRole('alert').filter({ hasText: c.banner.unreachable }),
    /** Fills the form and presses Connect; the page reloads on success. */
    async connect(fields: { address: string; fingerprint?: string; code: string; deviceName: string }) {
      await this.address().fill(fields.address);
      await this.fingerprint().fill(fields.fingerprint ?? '');
      await this.code().fill(fields.code);
      await this.deviceName().fill(fields.deviceName);
      await this.connectButton().click();
    },
  };
}

// The "Will my plan cover it?" panel of the phone-quote screen: page steps for end-to-end
// tests. Labels come from the locale files, so the steps work in either UI language.
import type { Page } from 'playwright-core';
import ko from '../../../renderer/locales/ko/coverage.json';
import en from '../../../renderer/locales/en/coverage.json';
import type { Lang } from '../../../shared/vocabulary';

export function coveragePanel(page: Page, lang: Lang = 'ko') {
  const t = lang === 'ko' ? ko : en;
  const panel = () => page.getByRole('region', { name: t.panel.heading, exact: true });
  return {
    panel,
    plan: () => panel().getByRole('combobox', { name: t.panel.plan, exact: true }),
    noPrescription: () => panel().getByRole('radio', { name: t.panel.prescriptionNone, exact: true }),
    wordsOnly: () => panel().getByRole('radio', { name: t.panel.prescriptionWords, exact: true }),
    withCode: () => panel().getByRole('radio', { name: t.panel.prescriptionCode, exact: true }),
    code: () => panel().getByRole('combobox', { name: t.panel.code, exact: true }),
    answer: () => panel().getByRole('status', { name: t.panel.answerHeading, exact: true }),
    copy: () => panel().getByRole('button', { name: t.panel.copy, exact: true }),
  };
}

// The caller-script card ("what to say"), the same on the phone quote and the school screens:
// the caller's language, the sentences to read out, and the copy button (Alt+C).
import type { Page } from 'playwright-core';
import koCommon from '../../../renderer/locales/ko/common.json';
import enCommon from '../../../renderer/locales/en/common.json';
import type { Lang } from '../../../shared/pricing/types';

export function callerScriptCard(page: Page, lang: Lang = 'ko') {
  const texts = (lang === 'ko' ? koCommon : enCommon).callerScript;
  const card = () => page.getByRole('region', { name: texts.heading, exact: true });
  return {
    card,
    language: () => card().getByRole('combobox', { name: texts.language, exact: true }),
    sayLine: () => card().locator('.say-line'),
    copyButton: () => card().getByRole('button', { name: texts.copy, exact: true }),
    /** "Copied" (or the failure), next to the button. */
    copied: () => card().locator('.copy-button [role="status"]'),
  };
}

// The Phone quote screen (F1): page steps for end-to-end tests, and the scripted phone call
// done by keyboard only, counting every key press (each typed character counts as one).
// Labels come from the locale files, so the steps work in either UI language.
import type { Locator, Page } from 'playwright-core';
import koQuote from '../../../renderer/locales/ko/quote.json';
import enQuote from '../../../renderer/locales/en/quote.json';
import koCalls from '../../../renderer/locales/ko/calls.json';
import enCalls from '../../../renderer/locales/en/calls.json';
import type { Lang } from '../../../shared/pricing/types';
import { callerScriptCard } from './caller-script';

const texts = { ko: { quote: koQuote, calls: koCalls }, en: { quote: enQuote, calls: enCalls } };

export function quotePage(page: Page, lang: Lang = 'ko') {
  const { quote, calls } = texts[lang];
  const result = () => page.getByRole('region', { name: quote.result.heading, exact: true });
  const script = callerScriptCard(page, lang);
  const saveForm = () => page.getByRole('form', { name: calls.save.heading });
  return {
    heading: () => page.getByRole('heading', { level: 1, name: quote.title }),
    /** The service search of the n-th service (1-based). */
    serviceBox: (n = 1) => page.getByRole('combobox', { name: quote.item.search, exact: true }).nth(n - 1),
    options: () => page.getByRole('listbox', { name: quote.item.search, exact: true }).getByRole('option'),
    duration: (minutes: number) => page.getByRole('radio', { name: new RegExp(`^${minutes}\\D`) }).first(),
    persons: (n = 1) => page.getByRole('textbox', { name: quote.item.persons, exact: true }).nth(n - 1),
    sessions: () => page.getByRole('textbox', { name: quote.sessions, exact: true }),
    addOn: (name: string | RegExp) => page.getByRole('checkbox', { name }),
    visitAt: () => page.getByLabel(quote.when.label, { exact: true }),
    travel: () => page.getByRole('combobox', { name: quote.travel.label, exact: true }),
    discount: (name: string | RegExp) => page.getByRole('checkbox', { name }),
    promoCode: () => page.getByRole('textbox', { name: quote.promo.label, exact: true }),
    result,
    /** The total as shown, e.g. "₩286,000". */
    total: () => result().getByRole('status', { name: quote.result.total, exact: true }),
    breakdown: () => result().getByRole('table'),
    say: script.card,
    callerLanguage: script.language,
    sayLine: script.sayLine,
    copyButton: script.copyButton,
    copied: script.copied,
    saveForm,
    callerName: () => saveForm().getByRole('textbox', { name: calls.save.name, exact: true }),
    phone: () => saveForm().getByRole('textbox', { name: calls.save.phone, exact: true }),
    outcome: () => saveForm().getByRole('combobox', { name: calls.save.outcome, exact: true }),
    followUp: () => saveForm().getByLabel(calls.save.followUp, { exact: true }),
    note: () => saveForm().getByRole('textbox', { name: calls.save.note, exact: true }),
    saveButton: () => saveForm().getByRole('button', { name: calls.save.submit, exact: true }),
    /** "Call saved: …" after a save. */
    savedMessage: () => saveForm().getByRole('status').filter({ hasText: calls.save.saved.split('{{')[0]!.trim() }),
    earlierCalls: () => saveForm().getByRole('region'),
    followUpsPanel: () => page.getByRole('complementary', { name: quote.followUps.heading }),

    /** Types a search and picks the best match with Enter (focus then moves to the duration). */
    async pickService(query: string, n = 1) {
      const box = this.serviceBox(n);
      await box.fill('');
      await box.pressSequentially(query);
      await this.options().first().waitFor();
      await box.press('Enter');
    },
  };
}

export type ScriptedCall = {
  /** What is typed into the service search, e.g. 'ㅇㄹㅁ' (initial consonants of 아로마). */
  serviceQuery: string;
  /** Arrow-down presses from the first duration to the wanted one (60 -> 90 = 1). */
  durationSteps: number;
  persons: number;
  /** Travel zone option label or id (select value); omitted = no travel. */
  travelZoneId?: string;
  /** 'tonight' presses Alt+N; 'now' leaves the default. */
  when: 'now' | 'tonight' | 'tomorrow';
  /** The name is filled in (the form has no shortcut for it); the phone is typed after Alt+P. */
  caller?: { phone?: string; name?: string };
};

/** "A 90-minute aroma for two, tonight, at my place in Suwon": done from the screen's
 *  initial focus with the keyboard only. Returns how many keys were pressed; the copy
 *  goes to the clipboard and the call is saved (outcome: thinking it over). */
export async function scriptedCall(
  page: Page,
  call: ScriptedCall = { serviceQuery: 'ㅇㄹㅁ', durationSteps: 1, persons: 2, travelZoneId: 'suwon', when: 'tonight', caller: { phone: '010-1234-5678' } },
  lang: Lang = 'ko',
): Promise<{ keystrokes: number; total: string; sayLine: string }> {
  const q = quotePage(page, lang);
  let keystrokes = 0;
  const press = async (key: string) => {
    keystrokes += 1;
    await page.keyboard.press(key);
  };
  const type = async (text: string) => {
    keystrokes += [...text].length;
    await page.keyboard.type(text);
  };

  await q.serviceBox().waitFor();
  await q.serviceBox().focus(); // the screen autofocuses it; made explicit for a reused page
  await type(call.serviceQuery);
  await q.options().first().waitFor();
  await press('Enter'); // picks the best match; focus moves to the duration radios
  for (let i = 0; i < call.durationSteps; i++) await press('ArrowDown');
  await press('Tab'); // persons (its text is selected on focus)
  await type(String(call.persons));
  if (call.when === 'tonight') await press('Alt+KeyN');
  if (call.when === 'tomorrow') await press('Alt+KeyM');
  if (call.travelZoneId) {
    await press('Alt+KeyZ'); // focus the travel select
    const values = await q.travel().locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const steps = values.indexOf(call.travelZoneId);
    if (steps < 0) throw new Error(`no travel zone ${call.travelZoneId}`);
    for (let i = 0; i < steps; i++) await press('ArrowDown');
  }
  await press('Alt+KeyC'); // copy the sentence + breakdown for a text message
  if (call.caller?.phone) {
    await press('Alt+KeyP'); // focus the caller's phone field
    await type(call.caller.phone);
  }
  if (call.caller?.name) await page.getByRole('textbox', { name: texts[lang].calls.save.name, exact: true }).fill(call.caller.name);
  await press('Control+Enter'); // save the call
  await q.savedMessage().waitFor();
  return { keystrokes, total: (await q.total().textContent()) ?? '', sayLine: (await q.sayLine().textContent()) ?? '' };
}

export type QuotePage = ReturnType<typeof quotePage>;
export type { Locator };

// Issue 3's end-to-end path, as a receptionist does it on a call, keyboard only: find the
// service, pick a duration, two persons, tonight, a travel zone; the total on screen equals
// the engine's; copy the script; save the call with a phone number; find it in the call log
// by the last four digits. Once in Korean (KRW, VAT included), once in English (USD, tax added).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { computeQuote, formatMoney, parseCatalog, type Catalog, type Lang } from '../../shared/pricing';
import { launchBrowser, openApp, type AppSession } from './support/app';
import { quotePage, scriptedCall, type ScriptedCall } from './pages/quote';
import { callsPage } from './pages/calls';

const root = join(import.meta.dirname, '../..');
export const screenshotDir = join(root, 'test-results/screenshots');
/** Keystroke counts of the scripted calls, printed at the end for the notes. */
const keystrokes: Record<string, number> = {};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(screenshotDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  console.log(`scripted call keystrokes: ${JSON.stringify(keystrokes)}`);
});

async function catalogOf(app: AppSession): Promise<Catalog> {
  const result = await app.frontDesk.handle('catalog.get', {});
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

async function runScriptedCall(options: {
  lang: Lang;
  systemLocale: string;
  seed?: Catalog;
  call: ScriptedCall & { caller: { phone: string } };
  serviceId: string;
  minutes: number;
  lastFour: string;
}) {
  const app = await openApp(browser, { systemLocale: options.systemLocale, ...(options.seed ? { seed: options.seed } : {}) });
  try {
    const { page } = app;
    const quote = quotePage(page, options.lang);
    const result = await scriptedCall(page, options.call, options.lang);
    keystrokes[options.lang] = result.keystrokes;

    // The total on screen is the engine's for the same request.
    const catalog = await catalogOf(app);
    const at = await quote.visitAt().inputValue();
    expect(at).toMatch(/T21:00$|T2[1-3]:\d\d$/); // tonight: 21:00, or now when later
    const expected = computeQuote(catalog, {
      items: [{ serviceId: options.serviceId, minutes: options.minutes, persons: options.call.persons }],
      at,
      ...(options.call.travelZoneId ? { travelZoneId: options.call.travelZoneId } : {}),
    });
    expect(result.total.trim()).toBe(formatMoney(expected.total, catalog.currency, options.lang));
    expect(result.sayLine).toContain(formatMoney(expected.total, catalog.currency, options.lang));

    // The script went to the clipboard, with the breakdown.
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(result.sayLine.trim());
    expect(clipboard.split('\n').length).toBeGreaterThan(1);
    // "Copied" stands clear of the button that was pressed, never touching it.
    const copied = quotePage(page, options.lang).copied();
    await expect.poll(async () => ((await copied.textContent()) ?? '').trim()).not.toBe('');
    const button = await quotePage(page, options.lang).copyButton().boundingBox();
    const note = await copied.boundingBox();
    if (!button || !note) throw new Error('copy button or its confirmation not laid out');
    const gap = Math.max(note.x - (button.x + button.width), note.y - (button.y + button.height));
    expect(gap).toBeGreaterThanOrEqual(4);

    await page.screenshot({ path: join(screenshotDir, `quote-screen-${options.lang}.png`) });
    const hints = (await page.locator('.surcharge-hints li').allTextContents()).map((h) => h.trim());

    // The saved call, with the quote as it was, found by the phone's last four digits.
    const found = await app.frontDesk.handle('calls.search', { text: options.lastFour });
    expect(found.ok && found.value.rows.length).toBe(1);
    if (found.ok) expect(found.value.rows[0]!.total).toBe(expected.total);

    const calls = callsPage(page, options.lang);
    await calls.open();
    await calls.searchFor(options.lastFour);
    await expect.poll(() => calls.rows().count()).toBe(1);
    expect(await calls.rows().first().innerText()).toContain(formatMoney(expected.total, catalog.currency, options.lang));
    return { catalog, expected, sayLine: result.sayLine.trim(), hints };
  } finally {
    await app.close();
  }
}

/** The surcharges of a quote by name, in catalog order, once each. */
const surchargeNames = (catalog: Catalog, quote: { lines: { kind: string; id: string }[] }, lang: Lang) =>
  [...new Set(quote.lines.filter((l) => l.kind === 'surcharge').map((l) => l.id))].map(
    (id) => catalog.surcharges.find((s) => s.id === id)!.name[lang].replace(/ 할증$/, ''),
  );

describe('a phone quote, keyboard only', () => {
  it('in Korean: 90-minute aroma for two, tonight, in Suwon', async () => {
    const { expected, catalog, sayLine, hints } = await runScriptedCall({
      lang: 'ko',
      systemLocale: 'ko-KR',
      call: { serviceQuery: 'ㅇㄹㅁ', durationSteps: 1, persons: 2, travelZoneId: 'suwon', when: 'tonight', caller: { phone: '010-2345-6789' } },
      serviceId: 'aroma',
      minutes: 90,
      lastFour: '6789',
    });
    expect(expected.lines.some((line) => line.kind === 'travel' && line.id === 'suwon')).toBe(true);
    expect(expected.taxMode).toBe('inclusive');
    expect(keystrokes.ko).toBeLessThanOrEqual(30);
    // Read aloud: menu order, every surcharge and the travel named with the right particles
    // (할증과 after a consonant, 출장비를 after a vowel), the tax said without brackets.
    const included = [...surchargeNames(catalog, expected, 'ko').map((n) => `${n} 할증`), '수원 출장비'];
    const list = included.length === 1 ? included[0]! : `${[...included.slice(0, -2), `${included.at(-2)}과`].join(', ')} ${included.at(-1)}`;
    expect(sayLine).toBe(
      `아로마 마사지 90분 2인, ${list}를 포함해 총 ${formatMoney(expected.total, 'KRW', 'ko')}입니다. 부가세 포함 금액입니다.`,
    );
    // At 21:00 the screen says when the late-night surcharge starts (after 22:00 that it applies).
    expect(hints.some((h) => h === '심야 할증 22:00부터 06:00까지' || h === '심야 할증 적용')).toBe(true);
  });

  it('in Korean at 22:30: the late-night surcharge is named in the sentence', async () => {
    const app = await openApp(browser, { systemLocale: 'ko-KR' });
    try {
      const { page } = app;
      const quote = quotePage(page, 'ko');
      await quote.pickService('ㅇㄹㅁ');
      await page.keyboard.press('ArrowDown'); // 90 minutes
      await quote.persons().fill('2');
      await quote.visitAt().fill('2026-12-01T22:30'); // a Tuesday, not a holiday
      await quote.travel().selectOption('suwon');
      const catalog = await catalogOf(app);
      const expected = computeQuote(catalog, { items: [{ serviceId: 'aroma', minutes: 90, persons: 2 }], at: '2026-12-01T22:30', travelZoneId: 'suwon' });
      const night = expected.lines.filter((l) => l.kind === 'surcharge').reduce((sum, l) => sum + l.amount, 0);
      expect(night).toBeGreaterThan(0);
      await expect
        .poll(async () => (await quote.sayLine().textContent())?.trim())
        .toBe(`아로마 마사지 90분 2인, 심야 할증과 수원 출장비를 포함해 총 ${formatMoney(expected.total, 'KRW', 'ko')}입니다. 부가세 포함 금액입니다.`);
      expect((await page.locator('.surcharge-hints li').allTextContents()).map((h) => h.trim())).toEqual(['심야 할증 적용']);
      // Korean wraps between words, never inside one (word-break: keep-all on Korean text).
      const wordBreak = () => quote.sayLine().evaluate((el) => getComputedStyle(el).wordBreak);
      expect(await wordBreak()).toBe('keep-all');
      // The same call read to an English-speaking caller.
      await quote.callerLanguage().selectOption('en');
      await expect
        .poll(async () => (await quote.sayLine().textContent())?.trim())
        .toBe(
          `For 90 minutes of aromatherapy massage for 2 people, the total is ${formatMoney(expected.total, 'KRW', 'en')}, including the late-night surcharge and travel to Suwon. Tax is included.`,
        );
      // One part of the visit time deleted: Chromium reports the field empty (badInput). The
      // quote is withheld, not priced without the late-night surcharge.
      await quote.visitAt().focus();
      await page.keyboard.press('Backspace');
      expect(await quote.visitAt().evaluate((el) => (el as HTMLInputElement).validity.badInput)).toBe(true);
      await expect.poll(() => quote.total().count()).toBe(0);
      expect(await page.getByText('날짜와 시각을 모두 입력해 주세요. 할증 없이 견적하려면 비워 두세요.').count()).toBe(1);
      // Every part cleared and the field left: "no time", quoted without the surcharge.
      for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace').then(() => page.keyboard.press('ArrowRight'));
      expect(await quote.visitAt().evaluate((el) => (el as HTMLInputElement).validity.badInput)).toBe(false);
      await quote.persons().focus(); // the field left (Tab would move between its parts)
      await expect.poll(() => quote.total().count()).toBe(1);
      expect(await page.getByText('날짜와 시각을 모두 입력해 주세요. 할증 없이 견적하려면 비워 두세요.').count()).toBe(0);
      await quote.visitAt().fill('2026-12-01T22:30');
      await expect.poll(async () => (await quote.total().textContent())?.trim()).toBe(formatMoney(expected.total, 'KRW', 'ko'));
    } finally {
      await app.close();
    }
  });

  it('in English with a USD catalog and sales tax added', async () => {
    const usd = parseCatalog(JSON.parse(readFileSync(join(root, 'tests/fixtures/catalog-usd.json'), 'utf8')));
    const { expected, catalog, sayLine } = await runScriptedCall({
      lang: 'en',
      systemLocale: 'en-US',
      seed: usd,
      call: { serviceQuery: 'swe', durationSteps: 1, persons: 2, travelZoneId: 'brooklyn', when: 'tonight', caller: { phone: '(212) 555-0147' } },
      serviceId: 'swedish',
      minutes: 90,
      lastFour: '0147',
    });
    expect(expected.taxMode).toBe('exclusive');
    expect(expected.tax).toBeGreaterThan(0);
    expect(keystrokes.en).toBeLessThanOrEqual(30);
    // Read aloud: names in lower case inside the sentence (Swedish stays), every surcharge
    // named ("after hours" starts at 21:00 in this catalog), travel, and the tax amount.
    const included = [
      ...surchargeNames(catalog, expected, 'en').map((n) => `the ${n.charAt(0).toLowerCase()}${n.slice(1)} surcharge`),
      'travel to Brooklyn',
    ];
    expect(included.length).toBeGreaterThan(1);
    const list = included.length === 2 ? included.join(' and ') : `${included.slice(0, -1).join(', ')}, and ${included.at(-1)}`;
    const dollars = (minor: number) => formatMoney(minor, 'USD', 'en');
    expect(sayLine).toBe(
      `For 90 minutes of Swedish massage for 2 people, the total is ${dollars(expected.total)}, including ${list}. That includes ${dollars(expected.tax)} in tax.`,
    );
  });
});

// What the receptionist does on the quote screen, key by key, each key measured.
import type { Browser, Page } from 'playwright-core';
import type { QuotePage } from '../../tests/e2e/pages/quote';
import { coveragePanel } from '../../tests/e2e/pages/coverage';
import koQuote from '../../renderer/locales/ko/quote.json';
import { installProbe, measure, START_ON_KEYDOWN, START_ON_KEYUP, takeSamples, TICK_MS, watch, type Sample } from './probe';
import { SERVICE_QUERIES } from '../queries';

/** Samples per action; `misses` = keys after which the watched text did not change.
 *  `pace`: 'at once' sends each key as soon as the last one's frame came (where it falls
 *  between two ticks of the display then depends on the bench's own round trips); 'person'
 *  waits 120-137 ms first, as a receptionist's keys come (the wait's last part spread evenly
 *  over one frame, so keys fall anywhere between two ticks). */
export type Pace = 'at once' | 'person';
export type Samples = { byAction: Map<string, Sample[]>; misses: string[]; pace: Pace; keys: number };

export function newSamples(opts: { pace?: Pace } = {}): Samples {
  return { byAction: new Map(), misses: [], pace: opts.pace ?? 'at once', keys: 0 };
}

/** About eight keys a second, a quick typist's pace. */
const PERSON_GAP_MS = 120;
/** The n-th wait: the gap, then golden-ratio steps over one frame, the same in every run. */
const waitBefore = (n: number) => PERSON_GAP_MS + ((n * 0.6180339887) % 1) * TICK_MS;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Step = { key: string; run: () => Promise<void> };

async function record(page: Page, into: Samples, action: string, steps: Step[], types = START_ON_KEYDOWN, timeoutMs = 1000) {
  for (const step of steps) {
    if (into.pace === 'person') await sleep(waitBefore(into.keys++));
    if ((await measure(page, step.run, types, timeoutMs)) === 'no-change') into.misses.push(`${action}: ${step.key}`);
  }
  into.byAction.set(action, [...(into.byAction.get(action) ?? []), ...(await takeSamples(page))]);
}

const press = (page: Page, key: string): Step => ({ key, run: () => page.keyboard.press(key) });
const upDown = (page: Page, n: number, times: number) =>
  Array.from({ length: times }, () => [...Array(n).fill('ArrowUp'), ...Array(n).fill('ArrowDown')] as string[])
    .flat()
    .map((key) => press(page, key));

/** Persons, sessions, duration, add-ons and promo code: each key changes the total. */
export async function driveQuote(page: Page, q: QuotePage, into: Samples): Promise<void> {
  await watch(q.result(), 'output');

  await q.persons().focus(); // warm-up, not kept
  await record(page, newSamples(), 'warm-up', upDown(page, 5, 2));

  await q.persons().focus();
  await record(page, into, 'persons (arrows)', upDown(page, 5, 5)); // 1..6..1, 50 keys
  await q.sessions().focus();
  await record(page, into, 'sessions (arrows)', upDown(page, 10, 2)); // 1..11..1, 40 keys

  await page.locator('input[type="radio"]:checked').first().focus();
  await record(page, into, 'duration (arrows)', Array.from({ length: 30 }, () => press(page, 'ArrowDown')));

  const boxes = page.getByRole('group', { name: koQuote.item.addOns, exact: true }).getByRole('checkbox');
  const toggles = Math.min(3, await boxes.count());
  for (let i = 0; i < 30 && toggles > 0; i++) {
    await boxes.nth(i % toggles).focus();
    await record(page, into, 'add-on (Space)', [press(page, 'Space')], START_ON_KEYUP);
  }

  await q.promoCode().focus();
  await page.keyboard.type('SPRING'); // not yet a code: the total stays; not measured
  await record(page, into, 'promo code (typing)', Array.from({ length: 30 }, (_, i) => press(page, i % 2 ? 'Backspace' : '5')));
  await q.promoCode().fill('');
}

/** Typing in the service search: each character (and one Backspace) updates the list. */
export async function driveSearch(page: Page, q: QuotePage, into: Samples, passes: number): Promise<void> {
  const box = q.serviceBox();
  await watch(box.locator('xpath=..'));
  for (let pass = 0; pass < passes; pass++) {
    const target = pass === 0 ? newSamples() : into; // the first pass warms up
    for (const query of SERVICE_QUERIES) {
      await box.fill('');
      const keys = [...query].map((ch, i): Step => ({ key: query.slice(0, i + 1), run: () => page.keyboard.type(ch) }));
      // A key that leaves the list as it was is noted as a miss after 500 ms.
      await record(page, target, 'service search', [...keys, press(page, 'Backspace')], START_ON_KEYDOWN, 500);
      await box.press('Escape');
    }
  }
}

/** Sets the coverage panel up as for a caller not on file: the Korean example plan and a
 *  prescription with M54.6, so the answer is on screen. */
export async function openCoverageAnswer(page: Page): Promise<void> {
  const coverage = coveragePanel(page, 'ko');
  await coverage.plan().selectOption('example-kr-indemnity');
  await coverage.withCode().check();
  await coverage.code().fill('M54.6');
  await coverage.answer().waitFor();
}

/** Keys that change the coverage answer: persons in the quote (the session's price, so what
 *  the plan and the caller pay) and the diagnosis code in the panel (M54. is no code: the
 *  answer goes; M54.6 brings it back). Watched: the answer's text in the panel. */
export async function driveCoverage(page: Page, q: QuotePage, into: Samples): Promise<void> {
  const coverage = coveragePanel(page, 'ko');
  await watch(coverage.panel(), '.coverage-answer');
  await q.persons().focus(); // warm-up, not kept
  await record(page, newSamples(), 'warm-up', upDown(page, 3, 1));
  await q.persons().focus();
  await record(page, into, 'persons (arrows)', upDown(page, 5, 3)); // 30 keys
  await coverage.code().focus();
  await page.keyboard.press('End');
  await record(page, into, 'diagnosis code (typing)', Array.from({ length: 30 }, (_, i) => press(page, i % 2 ? '6' : 'Backspace')));
}

// The floor: a page holding one number field whose input event writes its value into an
// output, no framework and no style. The measure's reading for a key that costs (almost)
// nothing: the key's way into the page and the wait for the next frame.
const FLOOR_PAGE =
  '<!doctype html><meta charset="utf-8"><label>n <input type="number" value="1" min="1"></label> <output>1</output>' +
  '<script>const i = document.querySelector("input"); i.addEventListener("input", () => { document.querySelector("output").textContent = i.value; });</script>';

/** In a context (a window) of its own: a second tab in the app's window would hide the app's
 *  page, whose frames then come twice a second. */
export async function openFloor(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  await page.setContent(FLOOR_PAGE);
  await installProbe(page);
  await watch(page.locator('body'), 'output');
  await page.locator('input').focus(); // warm-up, not kept
  await record(page, newSamples(), 'warm-up', upDown(page, 5, 2));
  return page;
}

/** The same arrows as the quote's persons and sessions, as many keys as the quote's run. */
export async function driveFloor(page: Page, into: Samples): Promise<void> {
  await page.locator('input').focus();
  await record(page, into, 'floor', upDown(page, 5, 18)); // 1..6..1, 180 keys
}

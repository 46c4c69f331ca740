// Part 4b: opening a client's page with 200 calls, in Chromium through the web host: from the
// click on the client in the search results to the newest calls in the DOM (both API
// requests over HTTP included); then from the click on "older calls" to all 200 rows.
import type { Page } from 'playwright-core';
import type { FrontDesk } from '../../electron/app/front-desk';
import seedFile from '../../resources/seed-catalog.json';
import { parseCatalog } from '../../shared/pricing';
import { FIRST_CALLS } from '../../renderer/src/screens/clients/first-calls';
import { rendererDir } from '../ui/build';
import { AFTER_NEXT_FRAME } from '../ui/probe';
import { chromiumPath, openSession } from '../ui/session';
import { row, type Row } from '../table';

const CALLS = 200;
const PHONE = '010-4242-1717';

async function twoHundredCalls(frontDesk: FrontDesk): Promise<void> {
  for (let i = 0; i < CALLS; i++) {
    const saved = await frontDesk.handle('calls.save', {
      kind: 'session',
      caller: { name: '한가람', phone: PHONE },
      quoteLang: 'ko',
      outcome: i % 3 === 0 ? 'booked' : 'thinking',
      request: { items: [{ serviceId: i % 2 ? 'aroma' : 'swedish', minutes: 90, persons: 1 + (i % 2) }], sessions: 1 + (i % 5) },
      note: i % 4 === 0 ? '주차 문의' : '',
    });
    if (!saved.ok) throw new Error(`could not save a call: ${JSON.stringify(saved.error)}`);
  }
}

/** One click (on the button `selector` finds), then wait for the `count`th call row, and for
 *  the frame that paints the rows (a task after it: its style, layout and paint done,
 *  probe.ts AFTER_NEXT_FRAME); ms by the page's performance.now(). A string, not a function:
 *  tsx would wrap the function's inner names in a helper the page does not have. */
const clickToRowsScript = (selector: string, count: number) => `new Promise((resolve, reject) => {
  const button = document.querySelector(${JSON.stringify(selector)});
  if (!button) { reject(new Error('no button: ' + ${JSON.stringify(selector)})); return; }
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('.client-page table.call-list tbody tr').length >= ${count}) {
      observer.disconnect();
      const dom = performance.now() - start;
      (${AFTER_NEXT_FRAME})(() => resolve({ dom, painted: performance.now() - start }));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  button.click();
})`;

type Sample = { dom: number; painted: number };
const openOnce = (page: Page) => page.evaluate(clickToRowsScript('button.open-client', FIRST_CALLS)) as Promise<Sample>;
const olderOnce = (page: Page) => page.evaluate(clickToRowsScript('button.older-calls', CALLS)) as Promise<Sample>;

export async function benchClientPage(opts: { openings: number; log: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  const exe = chromiumPath();
  if (!exe) return { rows: [], notes: ['client page skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH'] };
  const build = rendererDir(opts.log);
  const { page } = await openSession({ catalog: parseCatalog(seedFile), rendererDir: build.dir, executablePath: exe, prepare: twoHundredCalls });
  await page.keyboard.press('F4');
  const search = page.getByRole('searchbox', { name: '고객 검색' });
  await search.fill('1717');
  const opened: Sample[] = [];
  const older: Sample[] = [];
  for (let i = 0; i < opts.openings + 2; i++) {
    await page.locator('button.open-client').first().waitFor();
    const ms = await openOnce(page);
    // Once the sections (one frame later) are in, so that they do not fall into the next click.
    await page.getByRole('region', { name: '처방전과 방문' }).waitFor();
    const more = await olderOnce(page);
    if (i >= 2) {
      // the first two load the page's code and warm the caches
      opened.push(ms);
      older.push(more);
    }
    await page.getByRole('button', { name: '목록으로 돌아가기' }).click();
  }
  return {
    rows: [
      row(`client page with ${CALLS} calls: click -> its newest ${FIRST_CALLS} in the DOM`, opened.map((s) => s.dom), { stat: 'p95', max: 50 }),
      row('  the same, to the frame that paints them (its work done)', opened.map((s) => s.painted)),
      row(`  then "older calls": click -> all ${CALLS} rows in the DOM`, older.map((s) => s.dom)),
      row('  the same, to the frame that paints them (its work done)', older.map((s) => s.painted)),
    ],
    notes: [
      `client page: the client's details and their newest ${FIRST_CALLS} of ${CALLS} calls (the sections follow one frame later, by design), from the click in the results (Chromium headless, web host, React production build); the first 2 openings are not counted. The older calls come with a click (decision in docs/clients-decisions.md).`,
      'client page: "in the DOM" includes the style and layout the browser does at once to move the focus to "back" in the commit that shows the page; the painted row (the main thread\'s part of that frame done; raster and display come after) is closer to what the receptionist waits for.',
    ],
  };
}

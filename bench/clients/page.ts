// Part 4b: opening a client's page with 200 calls, in Chromium through the web host: from the
// click on the client in the search results to the 200th call row in the DOM (both API
// requests over HTTP included).
import type { Page } from 'playwright-core';
import type { FrontDesk } from '../../electron/app/front-desk';
import seedFile from '../../resources/seed-catalog.json';
import { parseCatalog } from '../../shared/pricing';
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

/** One opening: click, then wait for the 200th row, and for the frame that paints the rows
 *  (a task after it: its style, layout and paint done, probe.ts AFTER_NEXT_FRAME);
 *  ms by the page's performance.now(). A string, not a function: tsx would wrap the
 *  function's inner names in a helper the page does not have. */
const openOnceScript = (count: number) => `new Promise((resolve, reject) => {
  const button = document.querySelector('button.open-client');
  if (!button) { reject(new Error('no client in the results')); return; }
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

const openOnce = (page: Page) => page.evaluate(openOnceScript(CALLS)) as Promise<{ dom: number; painted: number }>;

export async function benchClientPage(opts: { openings: number; log: (line: string) => void }): Promise<{ rows: Row[]; notes: string[] }> {
  const exe = chromiumPath();
  if (!exe) return { rows: [], notes: ['client page skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH'] };
  const build = rendererDir(opts.log);
  const { page } = await openSession({ catalog: parseCatalog(seedFile), rendererDir: build.dir, executablePath: exe, prepare: twoHundredCalls });
  await page.keyboard.press('F4');
  const search = page.getByRole('searchbox', { name: '고객 검색' });
  await search.fill('1717');
  const samples: { dom: number; painted: number }[] = [];
  for (let i = 0; i < opts.openings + 2; i++) {
    await page.locator('button.open-client').first().waitFor();
    const ms = await openOnce(page);
    if (i >= 2) samples.push(ms); // the first two load the page's code and warm the caches
    await page.getByRole('button', { name: '목록으로 돌아가기' }).click();
  }
  return {
    rows: [
      row(`client page with ${CALLS} calls: click -> all rows in the DOM`, samples.map((s) => s.dom), { stat: 'p95', max: 50 }),
      row('  the same, to the frame that paints them (its work done)', samples.map((s) => s.painted)),
    ],
    notes: [
      `client page: the client's details and ${CALLS} calls (the sections follow one frame later, by design), from the click in the results (Chromium headless, web host, React production build); the first 2 openings are not counted.`,
      'client page: "in the DOM" includes the style and layout the browser does at once to move the focus to "back" in the commit that shows the page; the painted row (the main thread\'s part of that frame done; raster and display come after) is closer to what the receptionist waits for.',
    ],
  };
}

// Part: start-up to a usable quote screen, in Chromium through the web host: navigation to
// the service search box enabled and focused, over fresh loads (a new browser context each:
// empty cache, empty storage), beside a floor measured in the same run, interleaved: a blank
// React page built with the same Vite config, served by the same host. Then what the Electron
// start adds that a page load does not: the main process's own start, timed in Node.
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import koQuote from '../../renderer/locales/ko/quote.json';
import { openDatabase } from '../../electron/db/open';
import { replaceCatalog } from '../../electron/services/catalog';
import { seedManyCalls } from '../../tests/support/seed-calls';
import { DATABASE_FILE, openFrontDesk } from '../../electron/app/front-desk';
import { startWebHost, type WebHost } from '../../electron/web/server';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/app';
import { bigCatalog } from '../catalog';
import { median, p95 } from '../stats';
import { row, type Row, type Section } from '../table';
import { onCleanup, tempDir } from '../tmp';
import { buildInto, rendererDir, root } from '../ui/build';
import { chromiumPath } from '../ui/session';
import { READ_TIMELINE, STARTUP_PROBE, type Ready, type Resource } from './page';

type Load = { ready: Ready; keyShown: number; dcl: number; marks: { name: string; at: number }[]; resources: Resource[] };

/** `whole`: wait for the app's mark that its whole first screen was rendered (the floor and
 *  builds from before the mark have none). */
async function freshLoad(browser: Browser, url: string, lang: 'ko' | 'en', whole = false): Promise<Load> {
  const context = await browser.newContext({ locale: lang === 'ko' ? 'ko-KR' : 'en-US', viewport: { width: 1280, height: 860 } });
  try {
    await context.addInitScript({ content: STARTUP_PROBE });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const ready = (await page.evaluate('window.__startup.ready')) as Ready;
    // A key typed the moment the box is usable: when it shows (what comes after the first
    // frame may still keep the page busy).
    await page.keyboard.type('a');
    const keyShown = (await page.evaluate(
      "Promise.race([window.__startup.keyShown, new Promise((_, fail) => setTimeout(() => fail(new Error('the key typed at once never showed')), 10000))])",
    )) as number;
    if (whole) await page.waitForFunction(() => performance.getEntriesByName('front-desk:screen-complete').length > 0);
    // What came after: the rest of the screen (e.g. the follow-ups panel) settles.
    await page.waitForTimeout(300);
    const timeline = (await page.evaluate(READ_TIMELINE)) as Omit<Load, 'ready' | 'keyShown'>;
    return { ready, keyShown, ...timeline };
  } finally {
    await context.close();
  }
}

const short = (url: string) => new URL(url).pathname.replace(/^\/(assets\/)?/, '').replace(/-[\w-]{8}\.(js|css|woff2)$/, '.$1');

/** The requests of the median load, in order, with the ones after `ready` marked. */
function timelineNote(load: Load): string {
  const fonts = load.resources.filter((r) => r.name.endsWith('.woff2'));
  const before = load.resources.filter((r) => r.start < load.ready.focused && !r.name.endsWith('.woff2'));
  const after = load.resources.filter((r) => r.start >= load.ready.focused && !r.name.endsWith('.woff2'));
  const fmt = (r: Resource) => `${short(r.name)} ${r.start.toFixed(0)}-${r.end.toFixed(0)}`;
  return (
    `median app load: DOMContentLoaded ${load.dcl.toFixed(0)} ms, ` +
    load.marks.map((m) => `${m.name} ${m.at.toFixed(0)} ms, `).join('') +
    `box focused ${load.ready.focused.toFixed(0)} ms; ` +
    `requests before (start-end ms): ${before.map(fmt).join(', ')}; after: ${after.map(fmt).join(', ') || 'none'}; ` +
    `font files: ${fonts.length}, ${fonts.filter((f) => f.start < load.ready.focused).length} requested before the box was usable.`
  );
}

/** When the app marked its whole first screen rendered (main.tsx). */
function screenComplete(load: Load): number {
  const mark = load.marks.find((m) => m.name === 'front-desk:screen-complete');
  if (!mark) throw new Error('start-up: the app never marked its whole screen rendered (front-desk:screen-complete)');
  return mark.at;
}

/** `baseline`: another renderer build (e.g. an earlier commit's), loaded beside the app. */
export async function benchStartup(opts: { loads: number; log: (line: string) => void; baseline?: string | undefined }): Promise<Section> {
  const title = 'start-up, Chromium via the web host, fresh loads (ko)';
  const rows: Row[] = [];
  const notes: string[] = [];
  const exe = chromiumPath();
  const app = rendererDir(opts.log);
  if (!exe) {
    notes.push('browser part skipped: no Chromium at /usr/bin/chromium (apt-get install chromium) or $CHROMIUM_PATH');
  } else {
    const floor = buildInto(opts.log, 'start-up floor', join(root, 'bench/startup/floor/electron.vite.config.ts'));

    // The app's data as a clinic has it after a while: the 500-service catalog, 5,000 calls
    // (some with a follow-up due today, for the quote screen's panel).
    const dataDir = tempDir('startup');
    const db = openDatabase(join(dataDir, DATABASE_FILE));
    const catalog = replaceCatalog(db, bigCatalog());
    seedManyCalls(db, 5_000, catalog, { now: new Date() });
    db.close();
    const frontDesk = openFrontDesk({ dataDir, host: 'web', version: 'bench', systemLocale: 'ko-KR', log: () => {} });
    onCleanup(() => frontDesk.close());
    const hosts: WebHost[] = [];
    for (const dir of [app.dir, join(floor.outDir, 'renderer'), ...(opts.baseline ? [opts.baseline] : [])]) {
      const host = await startWebHost({ frontDesk, rendererDir: dir });
      onCleanup(() => host.close());
      hosts.push(host);
    }
    const [appHost, floorHost, baselineHost] = hosts as [WebHost, WebHost, WebHost | undefined];
    const urls = { app: appHost.url, floor: floorHost.url, baseline: baselineHost?.url ?? '' };

    const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: true });
    onCleanup(() => browser.close());
    // Warm-up: Chromium's own first-context costs and the host's first reads are not measured.
    await freshLoad(browser, floorHost.url, 'ko');
    await freshLoad(browser, appHost.url, 'ko');

    if (baselineHost) await freshLoad(browser, baselineHost.url, 'ko');

    const loads = { app: [] as Load[], floor: [] as Load[], baseline: [] as Load[] };
    const pages = baselineHost ? (['floor', 'app', 'baseline'] as const) : (['floor', 'app'] as const);
    for (let i = 0; i < opts.loads; i++) {
      opts.log(`start-up: load ${i + 1}/${opts.loads}`);
      // Rotating which goes first, so none always follows another's work.
      const order = pages.map((_, k) => pages[(i + k) % pages.length]!);
      for (const which of order) {
        const load = await freshLoad(browser, urls[which], 'ko', which === 'app');
        if (which !== 'floor' && (load.ready.role !== 'combobox' || load.ready.label !== koQuote.item.search)) {
          throw new Error(`start-up: the first focused box was "${load.ready.label}" (${load.ready.role}), not the service search`);
        }
        loads[which].push(load);
      }
    }
    const { app: apps, floor: floors } = loads;
    const focused = (loads: Load[]) => loads.map((l) => l.ready.focused);
    const painted = (loads: Load[]) => loads.map((l) => l.ready.painted);
    const floorMs = focused(floors);
    const appMs = focused(apps);
    rows.push(
      row('floor: blank React page, box focused', floorMs),
      row('quote screen: search box focused', appMs),
      row('  and painted (next frame)', painted(apps)),
      // The parts held back at start-up (renderer/src/first-paint.ts), rendered after it.
      row('  whole screen rendered (every panel)', apps.map(screenComplete)),
      row('floor: a key typed at once, shown', floors.map((l) => l.keyShown)),
      row('quote screen: a key typed at once, shown', apps.map((l) => l.keyShown)),
      row('  DOMContentLoaded', apps.map((l) => l.dcl)),
      {
        measure: 'quote screen / floor',
        n: apps.length,
        median: median(appMs) / median(floorMs),
        p95: p95(appMs) / p95(floorMs),
        unit: 'x',
        target: { stat: 'median', max: 1.5 },
      },
    );
    if (baselineHost) {
      const baseMs = focused(loads.baseline);
      rows.push(row('  baseline build: search box focused', baseMs), row('  baseline build: a key typed at once, shown', loads.baseline.map((l) => l.keyShown)), {
        measure: '  baseline build / floor',
        n: baseMs.length,
        median: median(baseMs) / median(floorMs),
        p95: p95(baseMs) / p95(floorMs),
        unit: 'x',
      });
      notes.push(`baseline build: ${opts.baseline}, loaded in turn with the floor and the app.`);
    }
    const byTime = [...apps].sort((a, b) => a.ready.focused - b.ready.focused);
    notes.push(
      `each load in a new browser context (empty cache and storage), floor and app interleaved; times from navigation start; ` +
        `app: ${app.built ? 'a fresh electron-vite build' : 'out/ (up to date)'}, floor: bench/startup/floor built with the same config (${floor.seconds.toFixed(0)} s). ` +
        `Data: 500 services, 5,000 calls.`,
      timelineNote(byTime[Math.floor((byTime.length - 1) / 2)]!),
    );
  }
  return { title, rows, notes };
}

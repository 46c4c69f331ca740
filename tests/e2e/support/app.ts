// An end-to-end session: the built renderer (out/renderer) served by the web host over the
// real core on a temp data folder, driven in Debian's Chromium through playwright-core.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openFrontDesk, type FrontDesk } from '../../../electron/app/front-desk';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import type { Catalog, Lang } from '../../../shared/pricing/types';
import type { Caller } from '../../../shared/api/roles';
import type { DeviceRole } from '../../../shared/vocabulary';
import { pairTestDevice } from '../../support/devices';

const root = join(import.meta.dirname, '../../..');
export const rendererDir = join(root, 'out/renderer');

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('Debian chromium is not installed (apt-get install chromium)');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does)');
  }
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

export type AppSession = {
  dataDir: string;
  host: WebHost;
  frontDesk: FrontDesk;
  context: BrowserContext;
  page: Page;
  /** Stops the host and the core, starts them again on the same data folder, reloads. */
  restart(): Promise<void>;
  close(): Promise<void>;
};

/** The frame is shown and the bundled font, which the app loads just after its first
 *  screen, has arrived: screenshots and printouts use it, and nothing re-lays out the page
 *  while a test reads it. Bounded: a page without the font goes on after 10 s. */
export async function settled(page: Page): Promise<void> {
  // The frame's main area, or the therapist's view (which has no navigation).
  await page.getByRole('main').waitFor();
  // Polled in the page (page.waitForFunction would need eval, which the app's CSP forbids).
  await page.evaluate(`new Promise((resolve) => {
    const end = Date.now() + 10000;
    const check = () => {
      const bundled = [...document.fonts].some((f) => f.family.replace(/['"]/g, '') === 'Noto Sans KR');
      if (bundled) document.fonts.ready.then(resolve);
      else if (Date.now() > end) resolve();
      else setTimeout(check, 20);
    };
    check();
  })`);
}

/** The therapist's tablet as the tests pair it: the role the hub gives a paired device. */
export const TEST_TABLET: TestDevice = { role: 'therapist', name: 'Room 2' };
export type TestDevice = { role: DeviceRole; name: string };

/** The core as a paired device sees it: every call made with that device's caller. Test-only:
 *  the loopback host itself always serves the hub's own user, and no option of the app or
 *  the host changes that; a real device gets its role from pairing (the LAN listener). */
function asDevice(core: FrontDesk, caller: Caller): FrontDesk {
  return {
    get info() {
      return core.info;
    },
    handle: (channel, input) => core.handle(channel, input, caller),
    onChange: (listener) => core.onChange(listener),
    close: () => core.close(),
  };
}

export async function openApp(
  browser: Browser,
  options: {
    systemLocale?: string;
    seed?: Catalog;
    lang?: Lang;
    dataDir?: string;
    now?: () => Date;
    /** Serve the page as this device would see it (e.g. TEST_TABLET); `frontDesk` stays the hub's. */
    device?: TestDevice;
    /** Records to make (as the hub) before the page first loads. */
    before?: (frontDesk: FrontDesk) => Promise<void>;
    viewport?: { width: number; height: number };
  } = {},
): Promise<AppSession> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'front-desk-e2e-'));
  const ownsDataDir = !options.dataDir;
  const context = await browser.newContext({
    locale: options.lang === 'en' ? 'en-US' : 'ko-KR',
    viewport: options.viewport ?? { width: 1280, height: 860 },
    ...(options.device ? { hasTouch: true } : {}),
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();

  let device: Caller | null = null;
  const start = async () => {
    const frontDesk = openFrontDesk({
      dataDir,
      host: 'web',
      version: 'e2e',
      systemLocale: options.systemLocale ?? 'ko-KR',
      ...(options.seed ? { seed: options.seed } : {}),
      ...(options.now ? { now: options.now } : {}),
      log: () => {},
    });
    // Paired once, as the hub records a device (the write log names it).
    if (options.device) device ??= pairTestDevice(dataDir, options.device.role, options.device.name);
    const host = await startWebHost({ frontDesk: device ? asDevice(frontDesk, device) : frontDesk, rendererDir });
    return { frontDesk, host };
  };

  let running = await start();
  await options.before?.(running.frontDesk);
  const session: AppSession = {
    dataDir,
    host: running.host,
    frontDesk: running.frontDesk,
    context,
    page,
    async restart() {
      await running.host.close();
      running.frontDesk.close();
      running = await start();
      session.host = running.host;
      session.frontDesk = running.frontDesk;
      await page.goto(running.host.url);
      await settled(page);
    },
    async close() {
      await context.close();
      await running.host.close();
      running.frontDesk.close();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await page.goto(running.host.url);
  await settled(page);
  return session;
}

// The app as e2e tests run it (tests/e2e/support/app.ts): the web host over the real core on
// a temp data folder, seeded with the 500-service catalog, in Debian's Chromium.
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { openFrontDesk, type FrontDesk } from '../../electron/app/front-desk';
import { startWebHost } from '../../electron/web/server';
import type { Catalog } from '../../shared/pricing';
import { onCleanup, tempDir } from '../tmp';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/app';
import { RENDER_COUNTER } from './probe';


export function chromiumPath(): string | null {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p)) ?? null;
}

export async function openSession(opts: {
  catalog: Catalog;
  rendererDir: string;
  executablePath: string;
  /** Data to store before the page opens. */
  prepare?: (frontDesk: FrontDesk) => Promise<void>;
}): Promise<{ page: Page; version: string }> {
  const frontDesk = openFrontDesk({
    dataDir: tempDir('data'),
    host: 'web',
    version: 'bench',
    systemLocale: 'ko-KR',
    seed: opts.catalog,
    log: () => {},
  });
  onCleanup(() => frontDesk.close());
  await opts.prepare?.(frontDesk);
  const host = await startWebHost({ frontDesk, rendererDir: opts.rendererDir });
  onCleanup(() => host.close());
  const browser = await chromium.launch({ executablePath: opts.executablePath, args: CHROMIUM_ARGS, headless: true });
  onCleanup(() => browser.close());
  const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 860 } });
  await context.addInitScript({ content: RENDER_COUNTER });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByRole('navigation').waitFor();
  return { page, version: browser.version() };
}

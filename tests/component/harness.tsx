// Renders a screen against the REAL app core: openFrontDesk on a temp SQLite folder, the
// real services and handlers, behind the renderer's client. No mock database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Suspense, type ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { openFrontDesk, type FrontDesk } from '../../electron/app/front-desk';
import { channelNames } from '../../shared/api/channels';
import type { FrontDeskApi } from '../../shared/api/contract';
import type { Caller } from '../../shared/api/roles';
import type { SettingsPatch } from '../../shared/api/settings';
import type { Catalog, Lang } from '../../shared/pricing/types';
import { parseCatalog } from '../../shared/pricing';
import koreanSample from '../../resources/seed-catalog.json';
import { call, useApiImplementation } from '../../renderer/src/api/client';
import { AppDataProvider } from '../../renderer/src/app-data';
import { i18n, initI18n, namespaces } from '../../renderer/src/i18n';

export type RenderedScreen = RenderResult & { user: UserEvent; frontDesk: FrontDesk; dataDir: string };

const opened: { frontDesk: FrontDesk; dataDir: string }[] = [];
afterEach(() => {
  for (const { frontDesk, dataDir } of opened.splice(0)) {
    frontDesk.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** The renderer's API, answered in-process by the real core (inputs go through JSON, as
 *  they would over IPC or HTTP, so nothing non-serialisable slips through). */
export function inProcessApi(frontDesk: FrontDesk, caller?: Caller): FrontDeskApi {
  const api: Record<string, unknown> = {};
  for (const channel of channelNames) {
    api[channel] = async (input: unknown) =>
      JSON.parse(JSON.stringify(await frontDesk.handle(channel, JSON.parse(JSON.stringify(input ?? {})), caller)));
  }
  return api as FrontDeskApi;
}

export async function openTestCore(options: { lang?: Lang; catalog?: Catalog; now?: Date } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'front-desk-component-'));
  const frontDesk = openFrontDesk({
    dataDir,
    host: 'web',
    version: 'test',
    systemLocale: options.lang === 'en' ? 'en-US' : 'ko-KR',
    // The Korean sample unless said otherwise, also on an English screen (the first run's
    // choice by country is tested in tests/unit/app).
    seed: options.catalog ?? parseCatalog(koreanSample),
    ...(options.now ? { now: () => options.now! } : {}),
    log: () => {},
  });
  opened.push({ frontDesk, dataDir });
  useApiImplementation(inProcessApi(frontDesk));
  return { frontDesk, dataDir };
}

export async function renderScreen(
  ui: ReactElement,
  options: {
    lang?: Lang;
    catalog?: Catalog;
    now?: Date;
    before?: (frontDesk: FrontDesk) => Promise<void>;
    settings?: SettingsPatch;
  } = {},
): Promise<RenderedScreen> {
  const { frontDesk, dataDir } = await openTestCore(options);
  // Records the screen should find when it first loads (made through the real core).
  await options.before?.(frontDesk);
  const lang = options.lang ?? 'ko';
  if (lang !== (await call('settings.get', {})).uiLanguage) await call('settings.update', { uiLanguage: lang });
  if (options.settings) await call('settings.update', options.settings);
  await initI18n(lang);
  await i18n.loadLanguages(['ko', 'en']);
  await i18n.loadNamespaces([...namespaces]);
  const [info, session, settings, catalog] = await Promise.all([
    call('app.info', {}),
    call('app.session', {}),
    call('settings.get', {}),
    call('catalog.get', {}),
  ]);
  const user = userEvent.setup();
  const result = render(
    <AppDataProvider info={info} session={session} settings={settings} catalog={catalog}>
      <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
    </AppDataProvider>,
  );
  return { ...result, user, frontDesk, dataDir };
}

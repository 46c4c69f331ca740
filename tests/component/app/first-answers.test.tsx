// Start-up's first answers (renderer/src/boot.ts): taken from the page when the host wrote
// them (electron/web/first-answers.ts, the real writer over the real core), asked for when it
// did not (Electron's renderer). Either way the same values, failures included.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFrontDesk, type FrontDesk } from '../../../electron/app/front-desk';
import { firstAnswersElement } from '../../../electron/web/first-answers';
import { FIRST_ANSWERS_ELEMENT_ID } from '../../../shared/api/first-answers';
import { inProcessApi } from '../harness';
import type { Caller } from '../../../shared/api/roles';

let dataDir: string;
let frontDesk: FrontDesk;
let asked: string[];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'front-desk-first-'));
  frontDesk = openFrontDesk({ dataDir, host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {} });
  asked = [];
  document.head.innerHTML = '';
  vi.resetModules();
});
afterEach(() => {
  frontDesk.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** boot.ts evaluated afresh, over an API that answers from the core and notes each call. */
async function boot(caller?: Caller) {
  const client = await import('../../../renderer/src/api/client');
  const real = inProcessApi(frontDesk, caller);
  const noted = new Proxy(real, {
    get: (target, channel: string) => (input: unknown) => {
      asked.push(channel);
      return (target as Record<string, (i: unknown) => unknown>)[channel]!(input);
    },
  });
  client.useApiImplementation(noted);
  const { firstData } = await import('../../../renderer/src/boot');
  return { firstData, client };
}

describe('the first answers', () => {
  it('are taken from the page without asking, and the element is taken out', async () => {
    document.head.insertAdjacentHTML('beforeend', await firstAnswersElement(frontDesk));
    const { firstData } = await boot();
    const settings = await frontDesk.handle('settings.get', {});
    expect(settings.ok && (await firstData.settings)).toEqual(settings.ok && settings.value);
    expect((await firstData.catalog)?.currency).toBe('KRW');
    expect((await firstData.session).role).toBe('hub');
    expect(asked).toEqual([]);
    expect(document.getElementById(FIRST_ANSWERS_ELEMENT_ID)).toBeNull();
  });

  it('are asked for when the page carries none (Electron), with the same values', async () => {
    const { firstData } = await boot();
    expect((await firstData.catalog)?.currency).toBe('KRW');
    expect((await firstData.settings).uiLanguage).toBe('ko');
    expect(asked.sort()).toEqual(['app.info', 'app.session', 'catalog.get', 'settings.get']);
  });

  it('settle a written refusal as a call would: a therapist has no catalog', async () => {
    const tablet: Caller = { role: 'therapist', deviceId: 1, deviceName: 'Room 1' };
    document.head.insertAdjacentHTML('beforeend', await firstAnswersElement(frontDesk, tablet));
    const { firstData } = await boot(tablet);
    expect(await firstData.catalog).toBeNull();
    expect((await firstData.session).role).toBe('therapist');
    expect(asked).toEqual([]);
  });

  it('are asked for when the element cannot be read', async () => {
    document.head.insertAdjacentHTML('beforeend', `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">{not json</script>`);
    const { firstData } = await boot();
    expect((await firstData.settings).uiLanguage).toBe('ko');
    expect(asked.sort()).toEqual(['app.info', 'app.session', 'catalog.get', 'settings.get']);
  });

  it('throw the error a failed call throws', async () => {
    const written = { 'settings.get': { ok: false, error: { code: 'storage' } } };
    document.head.insertAdjacentHTML('beforeend', `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">${JSON.stringify(written)}</script>`);
    const { firstData, client } = await boot();
    await expect(firstData.settings).rejects.toBeInstanceOf(client.ApiCallError);
    // The ones not written are asked for.
    expect(asked.sort()).toEqual(['app.info', 'app.session', 'catalog.get']);
  });
});

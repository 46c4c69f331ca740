// The intake settings through the core, as the hosts call it: defaults by business, strict
// input, all-or-nothing updates, and "restore the default" that follows later defaults.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFrontDesk, type FrontDesk } from '../../../electron/app/front-desk';
import { DEFAULT_CONSENT } from '../../../shared/intake';
import type { Catalog } from '../../../shared/pricing/types';
import usd from '../../fixtures/catalog-usd.json';

const open: { core: FrontDesk; dir: string }[] = [];
afterEach(() => {
  for (const { core, dir } of open.splice(0)) {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function core(seed?: Catalog) {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-intake-'));
  const c = openFrontDesk({ dataDir: dir, host: 'web', version: 't', systemLocale: 'ko-KR', log: () => {}, ...(seed ? { seed } : {}) });
  open.push({ core: c, dir });
  return c;
}

async function value<T>(p: Promise<{ ok: boolean; value?: T }>): Promise<T> {
  const r = await p;
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return r.value as T;
}

describe('intake settings', () => {
  it('defaults: renew after 12 months, guardian under 19 for a business in won, 18 in dollars', async () => {
    const krw = await value(core().handle('intake.settings', {}));
    expect(krw).toMatchObject({ renewalMonths: 12, guardianAge: 19, consent: DEFAULT_CONSENT });
    expect(krw.consent.privacy.ko).toMatch(/민감정보/);
    const dollars = await value(core(usd as unknown as Catalog).handle('intake.settings', {}));
    expect(dollars.guardianAge).toBe(18);
  });

  it('stores changes and refuses bad input whole, with nothing written', async () => {
    const c = core();
    const saved = await value(
      c.handle('intake.updateSettings', {
        renewalMonths: 6,
        guardianAge: 18,
        consent: { treatment: { ko: '관리에 동의합니다.', en: 'I consent.' } },
      }),
    );
    expect(saved).toMatchObject({ renewalMonths: 6, guardianAge: 18 });
    expect(saved.consent.treatment).toEqual({ ko: '관리에 동의합니다.', en: 'I consent.' });
    expect(saved.consent.privacy).toEqual(DEFAULT_CONSENT.privacy);

    for (const bad of [
      { renewalMonths: 0 },
      { renewalMonths: 1.5 },
      { guardianAge: 31 },
      { consent: { privacy: { ko: '  ', en: 'x' } } },
      { consent: { privacy: { ko: 'x' } } },
      { consent: { other: { ko: 'x', en: 'x' } } },
      { renewalMonths: 3, extra: true },
      { consent: { treatment: { ko: 'a\u0000b', en: 'x' } } },
    ]) {
      expect(await c.handle('intake.updateSettings', bad), JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(await value(c.handle('intake.settings', {}))).toEqual(saved);
  });

  it('a text set back to the default is forgotten, so it follows the defaults', async () => {
    const c = core();
    await value(c.handle('intake.updateSettings', { consent: { privacy: { ko: '바꾼 문구', en: 'changed' } } }));
    const restored = await value(c.handle('intake.updateSettings', { consent: { privacy: DEFAULT_CONSENT.privacy } }));
    expect(restored.consent.privacy).toEqual(DEFAULT_CONSENT.privacy);
  });

  it("refuses a save over a field another desk changed since it was loaded, with the settings now; other fields' changes do not count", async () => {
    const c = core();
    const loaded = await value(c.handle('intake.settings', {}));
    const expected = { renewalMonths: loaded.renewalMonths, guardianAge: loaded.guardianAge, consent: loaded.consent };
    await value(c.handle('intake.updateSettings', { renewalMonths: 24 })); // another desk

    const refused = await c.handle('intake.updateSettings', { renewalMonths: 6, expected });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'changed', current: { renewalMonths: 24 } } } });
    const texts = { ko: '새 문구', en: 'New text' };
    const alsoRefused = await c.handle('intake.updateSettings', { guardianAge: 20, consent: { privacy: texts }, renewalMonths: 6, expected });
    expect(alsoRefused.ok).toBe(false);
    expect(await value(c.handle('intake.settings', {}))).toMatchObject({ renewalMonths: 24, guardianAge: loaded.guardianAge, consent: loaded.consent });

    // A save of other fields is not held up by it.
    await value(c.handle('intake.updateSettings', { guardianAge: 20, consent: { privacy: texts }, expected }));
    expect(await value(c.handle('intake.settings', {}))).toMatchObject({ renewalMonths: 24, guardianAge: 20, consent: { privacy: texts } });
    expect((await c.handle('intake.updateSettings', { expected: { renewalMonths: 1, extra: 1 } })).ok).toBe(false); // strict
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFrontDesk } from '../../../electron/app/front-desk';
import { sampleForLocale } from '../../../electron/app/samples';

describe('the sample price list of a first run', () => {
  it('follows the country of the system locale, then its language', () => {
    expect(sampleForLocale('ko-KR')).toBe('kr');
    expect(sampleForLocale('en-KR')).toBe('kr'); // an English system in Korea: a Korean business
    expect(sampleForLocale('ko_KR.UTF-8')).toBe('kr');
    expect(sampleForLocale('ko')).toBe('kr');
    expect(sampleForLocale('en-US')).toBe('us');
    expect(sampleForLocale('ko-US')).toBe('us'); // a Korean speaker's business in the US
    expect(sampleForLocale('en-GB')).toBe('us');
    expect(sampleForLocale('zh-Hant-TW')).toBe('us');
    expect(sampleForLocale('en')).toBe('us');
    expect(sampleForLocale('')).toBe('us');
  });
});

describe('a first run', () => {
  const open = (systemLocale: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'front-desk-sample-'));
    return { dir, core: openFrontDesk({ dataDir: dir, host: 'web', version: 't', systemLocale, log: () => {} }) };
  };

  it('starts a Korean business on the Korean sample and a US one on the US sample', async () => {
    for (const [locale, currency, program] of [
      ['ko-KR', 'KRW', '스웨디시·아로마 전문가 과정'],
      ['en-US', 'USD', '마사지 치료사 1000시간 과정'],
    ] as const) {
      const { dir, core } = open(locale);
      const catalog = await core.handle('catalog.get', {});
      expect(catalog.ok && [catalog.value.currency, catalog.value.school?.programs[0]?.name.ko]).toEqual([currency, program]);
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes a quote validity of 1 to 365 whole days, nothing else', async () => {
    const { dir, core } = open('ko-KR');
    for (const bad of [0, 366, 1.5, '30', null]) {
      expect(await core.handle('settings.update', { quoteValidDays: bad }), String(bad)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await core.handle('settings.update', { quoteValidDays: 45 })).toMatchObject({ ok: true, value: { quoteValidDays: 45 } });
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

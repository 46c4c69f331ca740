import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chromiumLanguageFor, followUiLanguage, readChromiumLanguage, rememberChromiumLanguage } from '../../../electron/main/chromium-language';
import type { ChangeEvent } from '../../../shared/api/changes';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'front-desk-chromium-language-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the language Chromium starts in (native date fields)', () => {
  it('leaves the system language when it is already the UI language, whatever the region', () => {
    expect(chromiumLanguageFor('ko', 'ko-KR')).toBeNull();
    expect(chromiumLanguageFor('ko', 'ko')).toBeNull();
    expect(chromiumLanguageFor('en', 'en-GB')).toBeNull(); // day-first dates stay day first
    expect(chromiumLanguageFor('en', 'en_AU')).toBeNull();
  });

  it('starts Chromium in the UI language when the system speaks another', () => {
    expect(chromiumLanguageFor('ko', 'en-US')).toBe('ko');
    expect(chromiumLanguageFor('ko', 'fr-CA')).toBe('ko');
    expect(chromiumLanguageFor('en', 'ko-KR')).toBe('en-US');
    expect(chromiumLanguageFor('en', '')).toBe('en-US');
  });

  it('keeps the choice for the next start, and forgets it when none is needed', () => {
    expect(readChromiumLanguage(dir)).toBeNull();
    rememberChromiumLanguage(dir, 'ko');
    expect(readChromiumLanguage(dir)).toBe('ko');
    rememberChromiumLanguage(dir, 'en-US');
    expect(readChromiumLanguage(dir)).toBe('en-US');
    expect(existsSync(join(dir, 'chromium-language.tmp'))).toBe(false);
    rememberChromiumLanguage(dir, null);
    expect(readChromiumLanguage(dir)).toBeNull();
    expect(existsSync(join(dir, 'chromium-language'))).toBe(false);
    rememberChromiumLanguage(dir, null); // nothing to forget: no error
  });

  it('ignores a file that is not one of its own choices', () => {
    writeFileSync(join(dir, 'chromium-language'), '--disable-web-security');
    expect(readChromiumLanguage(dir)).toBeNull();
    writeFileSync(join(dir, 'chromium-language'), 'ko\n');
    expect(readChromiumLanguage(dir)).toBe('ko');
  });

  it('does not write again what is already kept', () => {
    rememberChromiumLanguage(dir, 'ko');
    writeFileSync(join(dir, 'chromium-language'), 'ko\n'); // a mark: a rewrite would drop the newline
    rememberChromiumLanguage(dir, 'ko');
    expect(readFileSync(join(dir, 'chromium-language'), 'utf8')).toBe('ko\n');
  });
});

/** A core as the main process sees it: settings answered from `answer`, its two events fired by hand. */
function fakeCore(answer: () => Promise<unknown>) {
  const changeListeners: ((change: ChangeEvent) => void)[] = [];
  const localListeners: (() => void)[] = [];
  const core = {
    reads: 0,
    handle: vi.fn(() => {
      core.reads++;
      return answer();
    }),
    onChange: (listener: (change: ChangeEvent) => void) => (changeListeners.push(listener), () => {}),
    onLocalChanged: (listener: () => void) => (localListeners.push(listener), () => {}),
    change: (change: ChangeEvent) => changeListeners.forEach((l) => l(change)),
    localChanged: () => localListeners.forEach((l) => l()),
  };
  return core;
}
type Core = Parameters<typeof followUiLanguage>[0];
const settings = (uiLanguage: 'ko' | 'en') => Promise.resolve({ ok: true, value: { uiLanguage } });

describe('following the UI language for the next start', () => {
  it('keeps it at once, after a settings change, and when the PC joins or leaves a hub', async () => {
    let ui: 'ko' | 'en' = 'ko';
    const core = fakeCore(() => settings(ui));
    const log = vi.fn();
    followUiLanguage(core as unknown as Core, dir, () => 'en-US', log);
    await vi.waitFor(() => expect(readChromiumLanguage(dir)).toBe('ko'));

    core.change({ domains: ['calls'] }); // not settings: nothing read
    expect(core.reads).toBe(1);
    ui = 'en';
    core.change({ domains: ['settings'] });
    await vi.waitFor(() => expect(existsSync(join(dir, 'chromium-language'))).toBe(false));

    ui = 'ko'; // the hub's settings, now this PC's: no change event comes with them
    core.localChanged();
    await vi.waitFor(() => expect(readChromiumLanguage(dir)).toBe('ko'));
    expect(core.reads).toBe(3);
    expect(log).not.toHaveBeenCalled();
  });

  it('leaves the kept language as it is when the settings cannot be read, and says so in the log', async () => {
    rememberChromiumLanguage(dir, 'ko');
    const refused = fakeCore(() => Promise.resolve({ ok: false, error: { code: 'hub-unreachable' } }));
    followUiLanguage(refused as unknown as Core, dir, () => 'en-US', vi.fn());
    const log = vi.fn();
    const failing = fakeCore(() => Promise.reject(new Error('EACCES: permission denied')));
    followUiLanguage(failing as unknown as Core, dir, () => 'en-US', log);
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(1));
    expect(readChromiumLanguage(dir)).toBe('ko');
  });
});

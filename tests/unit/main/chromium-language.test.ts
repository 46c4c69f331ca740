import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumLanguageFor, readChromiumLanguage, rememberChromiumLanguage } from '../../../electron/main/chromium-language';

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

// Native date and time fields (the visit time, a follow-up date) are drawn by Chromium in the
// language Chromium started with, which is the system's, not the page's: on an English
// Windows a Korean screen showed "11/28/2026, 03:15 AM". Chromium's language can be chosen
// only before the app is ready, that is before the database is open, so the choice that
// follows from the UI language is kept in the data folder and applied at the next start.
// No Electron here: tested in Node.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../shared/pricing/types';
import type { ConnectableFrontDesk } from '../app/connectable';

const FILE = 'chromium-language';
const KNOWN = ['ko', 'en-US'] as const;
type ChromiumLanguage = (typeof KNOWN)[number];

/** The language to start Chromium in for `uiLanguage`, or null when the language Chromium
 *  takes by itself (`chromiumOwn`) already is it: an English system keeps its own English
 *  (en-GB writes dates day first). */
export function chromiumLanguageFor(uiLanguage: Lang, chromiumOwn: string): ChromiumLanguage | null {
  const own = chromiumOwn.toLowerCase().split(/[-_]/)[0];
  if (own === uiLanguage) return null;
  // The app's own English formats are en-US's (renderer/src/format).
  return uiLanguage === 'ko' ? 'ko' : 'en-US';
}

/** What the last start decided, or null (none, or a file that is not one of ours). */
export function readChromiumLanguage(dataDir: string): ChromiumLanguage | null {
  try {
    const text = readFileSync(join(dataDir, FILE), 'utf8').trim();
    return (KNOWN as readonly string[]).includes(text) ? (text as ChromiumLanguage) : null;
  } catch {
    return null;
  }
}

/** Keeps `language` for the next start; writes only when it changed, whole or not at all. */
export function rememberChromiumLanguage(dataDir: string, language: ChromiumLanguage | null): void {
  if (readChromiumLanguage(dataDir) === language) return;
  const path = join(dataDir, FILE);
  if (language === null) {
    rmSync(path, { force: true });
    return;
  }
  writeFileSync(`${path}.tmp`, language);
  renameSync(`${path}.tmp`, path);
}

type Core = Pick<ConnectableFrontDesk, 'handle' | 'onChange' | 'onLocalChanged'>;

/** Keeps the kept language in step with the UI language: now, after a settings change, and
 *  when the PC connects to a hub or leaves it (whose settings apply changes, with no change
 *  event). `chromiumOwn`: the language Chromium takes without --lang. */
export function followUiLanguage(core: Core, dataDir: string, chromiumOwn: () => string, log: (message: string, error: unknown) => void): void {
  const follow = () => {
    core
      .handle('settings.get', {})
      .then((settings) => {
        if (settings.ok) rememberChromiumLanguage(dataDir, chromiumLanguageFor(settings.value.uiLanguage, chromiumOwn()));
      })
      .catch((error: unknown) => log("front-desk: could not keep the date fields' language", error));
  };
  core.onChange((change) => {
    if (change.domains.includes('settings')) follow();
  });
  core.onLocalChanged(follow);
  follow();
}

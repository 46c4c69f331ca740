// App settings, one row per key in `settings`. On opening, the UI language and paper size
// suggested by the system locale (Electron: app.getLocale(); web host: the process's locale)
// are stored unless already there, so a later change of the system language does not flip
// the app's.
import type { Database } from 'better-sqlite3';
import type { SettingsPatch } from '../../../shared/api/settings';
import type { PaperSize, Settings } from '../../../shared/api/types';
import type { Lang } from '../../../shared/pricing/types';
import { ApiFailure } from '../../../shared/api/result';
import { businessCountry, checkTypedPhone } from '../phones';

/** The stored ones (businessPhoneShown is derived). */
type Key = Exclude<keyof Settings, 'businessPhoneShown'>;
const keys: readonly Key[] = ['uiLanguage', 'businessName', 'businessAddress', 'businessPhone', 'paperSize', 'quoteValidDays'];

/** A printed quote is valid for 30 days unless the business says otherwise. */
export const DEFAULT_QUOTE_VALID_DAYS = 30;

export const languageFromLocale = (locale: string): Lang => (/^ko\b/i.test(locale.trim()) ? 'ko' : 'en');

/** US and Canadian offices use Letter; everyone else A4. */
const paperFromLocale = (locale: string): PaperSize => (/[-_](US|CA)\b/i.test(locale) ? 'Letter' : 'A4');

/** Once per start (openFrontDesk): the first run remembers what the system suggested
 *  (OR IGNORE: never overwrites a choice). */
export function rememberSystemDefaults(db: Database, systemLocale: string): void {
  db.transaction(() => {
    const remember = db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)');
    remember.run('uiLanguage', languageFromLocale(systemLocale));
    remember.run('paperSize', paperFromLocale(systemLocale));
  }).immediate();
}

/** Stores the given fields (already validated by the API's settingsPatchSchema), unless one
 *  of them is no longer the value the screen loaded (`expected`): then nothing is stored. */
export function updateSettings(db: Database, patch: SettingsPatch): Settings {
  const save = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  db.transaction(() => {
    const expected = patch.expected;
    if (expected) {
      const current = getSettings(db);
      const changed = keys.some((key) => patch[key] !== undefined && expected[key] !== undefined && expected[key] !== current[key]);
      if (changed) throw new ApiFailure('conflict', { reason: 'changed', current });
    }
    for (const key of keys) {
      const value = patch[key];
      if (value !== undefined) save.run(key, String(value));
    }
  }).immediate();
  return getSettings(db);
}

/** What a database without any stored setting reads as. */
export const defaultSettings: Settings = {
  uiLanguage: 'en',
  businessName: '',
  businessAddress: '',
  businessPhone: '',
  businessPhoneShown: '',
  paperSize: 'A4',
  quoteValidDays: DEFAULT_QUOTE_VALID_DAYS,
};

/** A plain read: what is stored, '' / the default for what is not. */
export function getSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const text = (key: Key) => stored.get(key) ?? '';
  return {
    uiLanguage: text('uiLanguage') === 'ko' ? 'ko' : 'en',
    businessName: text('businessName'),
    businessAddress: text('businessAddress'),
    businessPhone: text('businessPhone'),
    businessPhoneShown: businessPhoneShown(db, text('businessPhone')),
    paperSize: text('paperSize') === 'Letter' ? 'Letter' : 'A4',
    quoteValidDays: validDays(text('quoteValidDays')),
  };
}

/** The business's number as printed: as its country writes it when it is a number, else as
 *  typed (a settings field takes any text). */
function businessPhoneShown(db: Database, typed: string): string {
  const check = checkTypedPhone(typed, businessCountry(db));
  return check.kind === 'valid' ? check.shown : typed.trim();
}

function validDays(stored: string): number {
  const days = Number(stored);
  return stored !== '' && Number.isSafeInteger(days) && days >= 1 && days <= 365 ? days : DEFAULT_QUOTE_VALID_DAYS;
}

// The intake settings, as rows of the settings table under `intake.*` keys. A value equal
// to its default is not stored: the defaults can improve in a later version and reach every
// business that never changed them.
import type { Database } from 'better-sqlite3';
import type { IntakeSettingsPatch } from '../../../shared/api/intake';
import { ApiFailure } from '../../../shared/api/result';
import {
  CONSENT_KINDS,
  DEFAULT_CONSENT,
  DEFAULT_RENEWAL_MONTHS,
  defaultGuardianAge,
  type ConsentTexts,
  type IntakeSettings,
} from '../../../shared/intake';
import { LANGS } from '../../../shared/vocabulary';
import { readCatalog } from '../catalog';

const RENEWAL = 'intake.renewalMonths';
const GUARDIAN = 'intake.guardianAge';
const consentKey = (kind: string, lang: string) => `intake.consent.${kind}.${lang}`;

/** A business that charges in won is a Korean business (adults from 19). */
function isKoreanBusiness(db: Database): boolean {
  try {
    return readCatalog(db).currency === 'KRW';
  } catch {
    return false;
  }
}

function defaults(db: Database): IntakeSettings['defaults'] {
  return {
    guardianAge: defaultGuardianAge(isKoreanBusiness(db)),
    renewalMonths: DEFAULT_RENEWAL_MONTHS,
    consent: DEFAULT_CONSENT,
  };
}

function wholeOr(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text !== undefined && Number.isSafeInteger(value) && value >= 1 ? value : fallback;
}

export function getIntakeSettings(db: Database): IntakeSettings {
  const rows = db.prepare("SELECT key, value FROM settings WHERE key LIKE 'intake.%'").all() as {
    key: string;
    value: string;
  }[];
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const base = defaults(db);
  const consent = {} as ConsentTexts;
  for (const kind of CONSENT_KINDS) {
    consent[kind] = {
      ko: stored.get(consentKey(kind, 'ko')) ?? base.consent[kind].ko,
      en: stored.get(consentKey(kind, 'en')) ?? base.consent[kind].en,
    };
  }
  return {
    renewalMonths: wholeOr(stored.get(RENEWAL), base.renewalMonths),
    guardianAge: wholeOr(stored.get(GUARDIAN), base.guardianAge),
    consent,
    defaults: base,
  };
}

/** Whether a field the patch saves is no longer the value the screen loaded (`expected`). */
function changedSince(patch: IntakeSettingsPatch, current: IntakeSettings): boolean {
  const expected = patch.expected;
  if (!expected) return false;
  const differs = <T,>(saving: T | undefined, loaded: T | undefined, now: T) => saving !== undefined && loaded !== undefined && loaded !== now;
  if (differs(patch.renewalMonths, expected.renewalMonths, current.renewalMonths)) return true;
  if (differs(patch.guardianAge, expected.guardianAge, current.guardianAge)) return true;
  return CONSENT_KINDS.some((kind) => LANGS.some((lang) => differs(patch.consent?.[kind]?.[lang], expected.consent?.[kind]?.[lang], current.consent[kind][lang])));
}

/** Stores the given fields (validated by intakeSettingsPatchSchema), all or nothing; none
 *  when one of them was changed since the screen loaded it (docs/network.md). */
export function updateIntakeSettings(db: Database, patch: IntakeSettingsPatch): IntakeSettings {
  const base = defaults(db);
  const save = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const forget = db.prepare('DELETE FROM settings WHERE key = ?');
  const put = (key: string, value: string, fallback: string) =>
    value === fallback ? forget.run(key) : save.run(key, value);
  db.transaction(() => {
    const current = getIntakeSettings(db);
    if (changedSince(patch, current)) throw new ApiFailure('conflict', { reason: 'changed', current });
    if (patch.renewalMonths !== undefined) put(RENEWAL, String(patch.renewalMonths), String(base.renewalMonths));
    // The guardian age is stored even when it equals today's default: the default follows the
    // catalog's currency, and a business that chose 19 keeps 19 if it changes currency.
    if (patch.guardianAge !== undefined) save.run(GUARDIAN, String(patch.guardianAge));
    for (const kind of CONSENT_KINDS) {
      const texts = patch.consent?.[kind];
      if (!texts) continue;
      for (const lang of LANGS) put(consentKey(kind, lang), texts[lang], base.consent[kind][lang]);
    }
  }).immediate();
  return getIntakeSettings(db);
}

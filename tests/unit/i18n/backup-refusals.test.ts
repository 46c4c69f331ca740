// Why a backup cannot be restored: one whole sentence per reason in each language (a sentence
// is never finished by a clause from another key), and a plain refusal for any other reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { BackupRefusal } from '../../../shared/api/backups';

const reasons = Object.keys({
  missing: true,
  'not-a-database': true,
  'not-front-desk': true,
  damaged: true,
  'newer-version': true,
  'migration-failed': true,
  unreadable: true,
} satisfies Record<BackupRefusal, true>);

const locales = join(import.meta.dirname, '../../../renderer/locales');
async function tFor(lang: 'ko' | 'en') {
  const i = i18next.createInstance();
  const storage = JSON.parse(readFileSync(join(locales, lang, 'storage.json'), 'utf8'));
  await i.init({ lng: lang, resources: { [lang]: { storage } }, interpolation: { escapeValue: false } });
  return i.getFixedT(lang, 'storage');
}

describe('backup refusals', () => {
  it('each reason is its own sentence, as the restore hook asks for it (context)', async () => {
    const ko = await tFor('ko');
    const en = await tFor('en');
    expect(en('backups.refused', { context: 'missing' })).toBe('This file cannot be restored because it does not exist. Nothing was changed.');
    expect(ko('backups.refused', { context: 'missing' })).toBe('파일이 없어 복원할 수 없습니다. 바뀐 것은 없습니다.');
    for (const t of [ko, en]) {
      const plain = t('backups.refused');
      for (const reason of reasons) {
        const sentence = t('backups.refused', { context: reason });
        expect(sentence, reason).not.toBe(plain);
        expect(sentence, reason).not.toMatch(/\{\{|: [a-z]/);
      }
      expect(t('backups.refused', { context: 'something-new' })).toBe(plain);
    }
  });
});

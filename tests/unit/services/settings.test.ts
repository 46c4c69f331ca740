import { describe, it, expect } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { getSettings, languageFromLocale, updateSettings } from '../../../electron/services/settings';

describe('settings', () => {
  it('picks Korean for a ko locale on first run, English otherwise', () => {
    expect(languageFromLocale('ko-KR')).toBe('ko');
    expect(languageFromLocale('ko')).toBe('ko');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('kok-IN')).toBe('en'); // Konkani is not Korean
    expect(languageFromLocale('')).toBe('en');
    expect(getSettings(openDatabase(':memory:'), 'ko-KR')).toEqual({
      uiLanguage: 'ko',
      businessName: '',
      businessAddress: '',
      businessPhone: '',
      paperSize: 'A4',
    });
    expect(getSettings(openDatabase(':memory:'), 'en-US')).toMatchObject({ uiLanguage: 'en', paperSize: 'Letter' });
  });

  it('remembers the first choice and later updates, not the system locale of later runs', () => {
    const db = openDatabase(':memory:');
    getSettings(db, 'ko-KR');
    expect(getSettings(db, 'en-US').uiLanguage).toBe('ko');
    const s = updateSettings(db, { uiLanguage: 'en', businessName: '힐링 마사지 & 스쿨', paperSize: 'Letter' }, 'ko-KR');
    expect(s).toMatchObject({ uiLanguage: 'en', businessName: '힐링 마사지 & 스쿨', paperSize: 'Letter', businessPhone: '' });
    expect(getSettings(db, 'ko-KR')).toEqual(s);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'uiLanguage'").pluck().get()).toBe('en');
  });
});

import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, it, expect } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { getSettings, languageFromLocale, rememberSystemDefaults, updateSettings } from '../../../electron/services/settings';
import { tempDir } from '../db/tmp';

const freshFile = () => path.join(tempDir(), 'front-desk.sqlite3');

describe('settings', () => {
  it('picks Korean for a ko locale on first run, English otherwise', () => {
    expect(languageFromLocale('ko-KR')).toBe('ko');
    expect(languageFromLocale('ko')).toBe('ko');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('kok-IN')).toBe('en'); // Konkani is not Korean
    expect(languageFromLocale('')).toBe('en');
    const ko = openDatabase(freshFile());
    rememberSystemDefaults(ko, 'ko-KR');
    expect(getSettings(ko)).toEqual({
      uiLanguage: 'ko',
      businessName: '',
      businessAddress: '',
      businessPhone: '',
      businessPhoneShown: '',
      paperSize: 'A4',
      quoteValidDays: 30,
    });
    const us = openDatabase(freshFile());
    rememberSystemDefaults(us, 'en-US');
    expect(getSettings(us)).toMatchObject({ uiLanguage: 'en', paperSize: 'Letter' });
    ko.close();
    us.close();
  });

  it('remembers the first choice and later updates, not the system locale of later runs', () => {
    const file = freshFile();
    const db = openDatabase(file);
    rememberSystemDefaults(db, 'ko-KR');
    rememberSystemDefaults(db, 'en-US'); // a later start with another system language
    expect(getSettings(db).uiLanguage).toBe('ko');
    const s = updateSettings(db, { uiLanguage: 'en', businessName: '힐링 마사지 & 스쿨', paperSize: 'Letter' });
    expect(s).toMatchObject({ uiLanguage: 'en', businessName: '힐링 마사지 & 스쿨', paperSize: 'Letter', businessPhone: '' });
    rememberSystemDefaults(db, 'ko-KR');
    expect(getSettings(db)).toEqual(s);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'uiLanguage'").pluck().get()).toBe('en');
    db.close();
  });

  it('keeps how long a printed quote is valid, 30 days unless set, a bad stored value read as 30', () => {
    const db = openDatabase(freshFile());
    expect(getSettings(db).quoteValidDays).toBe(30);
    expect(updateSettings(db, { quoteValidDays: 14 }).quoteValidDays).toBe(14);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'quoteValidDays'").pluck().get()).toBe('14');
    db.prepare("UPDATE settings SET value = 'soon' WHERE key = 'quoteValidDays'").run();
    expect(getSettings(db).quoteValidDays).toBe(30);
    db.close();
  });

  it('reads without writing: works on a read-only connection, stores nothing by itself', () => {
    const file = freshFile();
    const db = openDatabase(file);
    expect(getSettings(db)).toMatchObject({ uiLanguage: 'en', paperSize: 'A4' }); // nothing remembered yet
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
    rememberSystemDefaults(db, 'ko-KR');
    db.close();
    const readOnly = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    expect(getSettings(readOnly)).toMatchObject({ uiLanguage: 'ko', paperSize: 'A4' });
    readOnly.close();
  });
});

// phones.check through the core, as the forms call it: the business's country comes from the
// catalog's currency (the Korean sample: KRW, the US one: USD), inputs are strict and bounded,
// and a therapist's tablet may not use it. And the numbers every answer carries as shown.
import { describe, expect, it } from 'vitest';
import { openTestFrontDesk } from '../../support/core';
import { pairTestDevice } from '../../support/devices';
import { shownTypedPhone } from '../../../electron/services/phones';

describe('phones.check', () => {
  it('reads a Korean mobile number under a KRW catalog, at home and written from abroad', async () => {
    const { ok } = openTestFrontDesk();
    const mobile = { kind: 'valid', e164: '+821012345678', shown: '010-1234-5678' };
    expect(await ok('phones.check', { text: '010-1234-5678' })).toEqual(mobile);
    expect(await ok('phones.check', { text: ' 01012345678 ' })).toEqual(mobile);
    expect(await ok('phones.check', { text: '+82 10 1234 5678' })).toEqual(mobile);
    // A number from abroad is kept and shown internationally.
    expect(await ok('phones.check', { text: '+1 415 555 0100' })).toMatchObject({ kind: 'valid', e164: '+14155550100', shown: '+1 415 555 0100' });
  });

  it('reads a US number under a USD catalog, and a Korean one only with its country code', async () => {
    const { ok } = openTestFrontDesk('2026-11-27T10:00:00', 'en-US');
    expect((await ok('catalog.get', {})).currency).toBe('USD');
    expect(await ok('phones.check', { text: '(415) 555-0100' })).toEqual({ kind: 'valid', e164: '+14155550100', shown: '(415) 555-0100' });
    expect(await ok('phones.check', { text: '010-1234-5678' })).toEqual({ kind: 'invalid' });
    expect(await ok('phones.check', { text: '+82 10-1234-5678' })).toEqual({ kind: 'valid', e164: '+821012345678', shown: '+82 10 1234 5678' });
  });

  it('reads a local number in the English-speaking countries whose currency a price list may use', async () => {
    const { checkPhone, countryForCurrency } = await import('../../../shared/phone');
    const local: [string, string, string][] = [
      ['CAD', '(416) 555-0199', '+14165550199'],
      ['AUD', '0412 345 678', '+61412345678'],
      ['NZD', '021 234 5678', '+64212345678'],
      ['GBP', '07911 123456', '+447911123456'],
      ['SGD', '8123 4567', '+6581234567'],
    ];
    for (const [currency, text, e164] of local) expect(checkPhone(text, countryForCurrency(currency)), currency).toMatchObject({ kind: 'valid', e164 });
    expect(countryForCurrency('EUR')).toBeUndefined();
  });

  it('says invalid for what is no number and empty for nothing, as a save would', async () => {
    const { ok } = openTestFrontDesk();
    for (const text of ['abcd', '12', '010-1234-567890123', '1-800-FLOWERS']) {
      expect(await ok('phones.check', { text }), text).toEqual({ kind: 'invalid' });
    }
    expect(await ok('phones.check', { text: '' })).toEqual({ kind: 'empty' });
    expect(await ok('phones.check', { text: '   ' })).toEqual({ kind: 'empty' });
  });

  it('refuses an over-long text, an unknown key and a missing text at the boundary', async () => {
    const { refused } = openTestFrontDesk();
    expect((await refused('phones.check', { text: '0'.repeat(41) })).code).toBe('invalid-input');
    expect((await refused('phones.check', { text: '010', extra: 1 })).code).toBe('invalid-input');
    expect((await refused('phones.check', {})).code).toBe('invalid-input');
    expect((await refused('phones.check', { text: 1012345678 })).code).toBe('invalid-input');
  });

  it("is a desk's: a therapist's tablet is refused with 'forbidden', a paired desk is answered", async () => {
    const { core, dir } = openTestFrontDesk();
    const therapist = pairTestDevice(dir, 'therapist', '관리실 2');
    const desk = pairTestDevice(dir, 'desk', '안내 데스크 2');
    expect(await core.handle('phones.check', { text: '010-1234-5678' }, therapist)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await core.handle('phones.check', { text: '010-1234-5678' }, desk)).toMatchObject({ ok: true, value: { kind: 'valid' } });
  });
});

describe('numbers as shown, in every answer that carries one', () => {
  it('formats clients, calls and the business number with the business country', async () => {
    const { ok } = openTestFrontDesk();
    const client = await ok('clients.create', { name: '김민지', phone: '01012345678', emergencyPhone: '+1 415 555 0100', lang: 'ko' });
    expect(client).toMatchObject({ phone: '+821012345678', phoneShown: '010-1234-5678', emergencyPhoneShown: '+1 415 555 0100' });
    expect((await ok('clients.get', { id: client.id })).phoneShown).toBe('010-1234-5678');
    expect((await ok('clients.search', { text: '5678' })).rows[0]?.phoneShown).toBe('010-1234-5678');
    expect((await ok('clients.byPhone', { phone: '+82 10 1234 5678' }))?.phoneShown).toBe('010-1234-5678');
    const edited = await ok('clients.update', { id: client.id, expectedVersion: client.rowVersion, phone: '+82 2 555 0198', emergencyPhone: '' });
    expect(edited).toMatchObject({ phoneShown: '02-555-0198', emergencyPhoneShown: '' });
    const blank = await ok('clients.create', { name: 'Jane Doe', lang: 'en' });
    expect(blank).toMatchObject({ phoneShown: '', emergencyPhoneShown: '' });

    const request = { items: [{ serviceId: 'swedish', minutes: 90 }] };
    const saved = await ok('calls.save', { kind: 'session', request, caller: { name: '', phone: '02 555 0198' }, quoteLang: 'ko', outcome: 'thinking' });
    expect(saved).toMatchObject({ phone: '02 555 0198', phoneShown: '02-555-0198' });
    const none = await ok('calls.save', { kind: 'session', request, caller: { name: '이서연' }, quoteLang: 'ko', outcome: 'thinking' });
    expect(none).toMatchObject({ phoneE164: null, phoneShown: '' });
    expect((await ok('calls.search', {})).rows.map((c) => c.phoneShown)).toEqual(['', '02-555-0198']);
    expect((await ok('calls.byPhone', { phone: '025550198' })).map((c) => c.phoneShown)).toEqual(['02-555-0198']);
    expect((await ok('clients.calls', { id: client.id })).rows.map((c) => c.phoneShown)).toEqual(['02-555-0198']);

    expect((await ok('settings.update', { businessPhone: '0255500199' })).businessPhoneShown).toBe('02-5550-0199');
    expect((await ok('settings.update', { businessPhone: 'ext. 12' })).businessPhoneShown).toBe('ext. 12');
  });

  it('shows a call number kept from before numbers were checked as it was typed', () => {
    expect(shownTypedPhone('010 1234 5678', '+821012345678', 'KR')).toBe('010-1234-5678');
    expect(shownTypedPhone('12', null, 'KR')).toBe('12');
    expect(shownTypedPhone('', null, 'KR')).toBe('');
  });

  it('shows the merged record with the number it takes from the other one', async () => {
    const { ok } = openTestFrontDesk();
    const keep = await ok('clients.create', { name: '김민지', lang: 'ko' });
    const other = await ok('clients.create', { name: '김민지', phone: '010-1234-5678', lang: 'ko' });
    const preview = await ok('clients.mergePreview', { keepId: keep.id, mergeId: other.id });
    expect(preview.result).toMatchObject({ phone: '+821012345678', phoneShown: '010-1234-5678' });
    expect((await ok('clients.merge', { keepId: keep.id, mergeId: other.id })).phoneShown).toBe('010-1234-5678');
  });
});

describe('the business country', () => {
  it('follows a change of the catalog currency at once, though the catalog is kept in memory', async () => {
    const { ok } = openTestFrontDesk();
    await ok('catalog.get', {}); // the KRW catalog is now in memory
    expect(await ok('phones.check', { text: '010-1234-5678' })).toMatchObject({ kind: 'valid', shown: '010-1234-5678' });
    await ok('catalog.saveBasics', { currency: 'USD' });
    expect(await ok('phones.check', { text: '010-1234-5678' })).toEqual({ kind: 'invalid' });
    expect(await ok('phones.check', { text: '(415) 555-0100' })).toMatchObject({ kind: 'valid', shown: '(415) 555-0100' });
  });
});

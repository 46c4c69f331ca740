// A quote refused because of one service among several (a rate removed from the price list
// while the quote was open) says which, as the screen numbers them: the engine numbers the
// request's items, which leave out a service not picked yet.
import { describe, expect, it } from 'vitest';
import koreanSample from '../../../resources/seed-catalog.json';
import { parseCatalog } from '../../../shared/pricing';
import { computeDraft, newDraft, newItem, type QuoteDraft } from '../../../renderer/src/screens/quote/draft';
import { i18n, initI18n } from '../../../renderer/src/i18n';

const catalog = parseCatalog(koreanSample);
const picked = (serviceId: string, minutes: number) => ({ ...newItem(), serviceId, minutes });

function draftOf(items: QuoteDraft['items']): QuoteDraft {
  return { ...newDraft(new Date(2026, 10, 27, 14, 0)), items };
}

describe('a quote refused for one of its services', () => {
  it('names it by its number on screen, counting the ones not picked yet', () => {
    const computed = computeDraft(catalog, draftOf([picked('swedish', 60), newItem(), picked('swedish', 45)]));
    expect(computed).toMatchObject({ state: 'refused', code: 'no-rate', itemNumber: 3, details: { item: 1, minutes: 45 } });
  });

  it('does not number the only service', () => {
    const computed = computeDraft(catalog, draftOf([picked('swedish', 45)]));
    expect(computed.state).toBe('refused');
    expect(computed).not.toHaveProperty('itemNumber');
  });

  it('says it in one sentence in both languages', async () => {
    await initI18n('ko');
    await i18n.loadLanguages(['ko', 'en']);
    await i18n.loadNamespaces('errors');
    const say = (lng: string, code: string, extra: object = {}) => i18n.t(`errors:quote.${code}`, { lng, context: 'item', number: 3, ...extra });
    expect(say('ko', 'no-rate', { minutes: 45 })).toBe('서비스 3에는 45분 요금이 없습니다.');
    expect(say('ko', 'inactive-service')).toBe('서비스 3은 지금 제공하지 않습니다.');
    expect(say('ko', 'unknown-service', { number: 2 })).toBe('서비스 2는 가격표에 없습니다.');
    expect(say('en', 'no-rate', { minutes: 45 })).toBe('Service 3 has no 45-minute rate.');
    expect(say('en', 'add-on-not-allowed')).toBe('An add-on chosen for service 3 cannot be used with that service.');
  });
});

// The sentences read aloud for a phone quote, in both languages, from the real locale files:
// surcharges, travel and the discount named, Korean in spoken order with the right particles.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeQuote, parseCatalog, type Catalog, type QuoteRequest } from '../../../shared/pricing';
import { i18n, initI18n } from '../../../renderer/src/i18n';
import { callerScript } from '../../../renderer/src/parts/quote/script';
import { catalogNames } from '../../../renderer/src/parts/quote/lines';
import seedFile from '../../../resources/seed-catalog.json';
import usdFile from '../../fixtures/catalog-usd.json';

const seed = parseCatalog(seedFile);
const usd = parseCatalog(usdFile);

beforeAll(async () => {
  await initI18n('ko');
  await i18n.loadLanguages(['ko', 'en']);
  await i18n.loadNamespaces(['quote']);
});

function say(catalog: Catalog, lang: 'ko' | 'en', request: QuoteRequest): string {
  const quote = computeQuote(catalog, request);
  return callerScript(i18n.getFixedT(lang, 'quote'), lang, quote, request, catalogNames(catalog));
}

const lateNightSuwon: QuoteRequest = {
  items: [{ serviceId: 'aroma', minutes: 90, persons: 2 }],
  at: '2026-12-01T22:30', // a Tuesday, not a holiday
  travelZoneId: 'suwon',
};

describe('phone quote, spoken', () => {
  it('Korean: names the late-night surcharge and travel, spoken order, no brackets', () => {
    const line = say(seed, 'ko', lateNightSuwon);
    expect(line).toMatch(/^아로마 마사지 90분 2인, /);
    expect(line).toContain('심야 할증과 수원 출장비를 포함해 총 ');
    expect(line).toMatch(/원입니다\. 부가세 포함 금액입니다\.$/);
    expect(line).not.toMatch(/[()]|및|을\(를\)|이\(가\)/);
  });

  it('English: lower-case names inside the sentence, the surcharge named', () => {
    const line = say(seed, 'en', lateNightSuwon);
    expect(line).toMatch(/^For 90 minutes of aromatherapy massage for 2 people, the total is ₩[\d,]+, including the late-night surcharge and travel to Suwon\. Tax is included\.$/);
  });

  it('names every surcharge once, the discount with its amount, and add-ons after the service', () => {
    const request: QuoteRequest = {
      items: [{ serviceId: 'aroma', minutes: 90, persons: 1, addOnIds: ['hot-stone', 'scalp-care'] }],
      at: '2026-12-26T23:00', // Saturday night: weekend + late-night
      discountIds: ['first-visit'],
    };
    const ko = say(seed, 'ko', request);
    expect(ko).toMatch(/^아로마 마사지 90분 1인에 핫스톤과 두피 케어 추가, 심야 할증과 주말 할증을 포함해 총 [\d,]+원입니다\./);
    expect(ko).toMatch(/부가세 포함 금액이고, 첫 방문 할인 [\d,]+원이 적용되었습니다\.$/);
    const en = say(seed, 'en', request);
    expect(en).toMatch(/^For 90 minutes of aromatherapy massage with hot stones and scalp care for 1 person, the total is ₩[\d,]+, including the late-night surcharge and the weekend surcharge\./);
    expect(en).toMatch(/Tax is included, and the first visit discount of ₩[\d,]+ has been taken off\.$/);
  });

  it('chooses the particle by the last sound: 과 after a consonant, 와 after a vowel, 을/를 after the list', () => {
    const holiday = say(seed, 'ko', { items: [{ serviceId: 'swedish', minutes: 60 }], at: '2026-12-25T23:00', travelZoneId: 'incheon' });
    // 심야 (vowel) -> 와 / 공휴일 ... 인천 출장비 (vowel 비) -> 를
    expect(holiday).toContain('스웨디시 60분 1인, 심야 할증, 공휴일 할증과 인천 출장비를 포함해 총 ');
  });

  it('USD with tax added: the tax amount is said, proper adjectives stay capitalized, sessions', () => {
    const request: QuoteRequest = { items: [{ serviceId: 'swedish', minutes: 60, persons: 1 }], sessions: 5 };
    const en = say(usd, 'en', request);
    expect(en).toMatch(/^For 60 minutes of Swedish massage for 1 person, the total is \$[\d,.]+\. /);
    expect(en).toMatch(/That includes \$[\d.]+ in tax/);
    expect(en).toMatch(/That is for 5 sessions, \$[\d,.]+ per session\.$/);
    const ko = say(usd, 'ko', request);
    expect(ko).toMatch(/부가세 US\$[\d.]+(이|가) 더해진/);
    expect(ko).toMatch(/5회 기준이고, 1회에 US\$[\d,.]+입니다\.$/);
  });
});

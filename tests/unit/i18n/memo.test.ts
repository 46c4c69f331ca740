// The memo of translated texts (renderer/src/i18n/memo.ts): the same key and options give the
// text i18next gives, asked of i18next once, until the language or the loaded strings change.
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { memoizeTranslations } from '../../../renderer/src/i18n/memo';
import { josaFormatter } from '../../../renderer/src/i18n/josa';

async function setUp() {
  const i18n = createInstance();
  await i18n.init({
    lng: 'ko',
    fallbackLng: false,
    ns: ['quote'],
    defaultNS: 'quote',
    interpolation: { escapeValue: false },
    resources: {
      ko: { quote: { total: '합계 {{amount}}', pick: '{{name, josa(을/를)}} 고르세요', title: '가격 안내' } },
      en: { quote: { total: 'Total {{amount}}', pick: 'Pick {{name}}', title: 'Price quote' } },
    },
  });
  i18n.services.formatter?.add('josa', josaFormatter);
  // i18next's own resolver, which every uncached `t` reaches (not in its public types).
  const { translator } = i18n as unknown as { translator: { translate: (...args: unknown[]) => unknown } };
  const translate = vi.spyOn(translator, 'translate');
  memoizeTranslations(i18n);
  return { i18n, translate };
}

describe('the memo of translated texts', () => {
  it('gives what i18next gives, asking it once per key and options', async () => {
    const { i18n, translate } = await setUp();
    const t = i18n.getFixedT(null, 'quote');
    expect(t('total', { amount: '12,000원' })).toBe('합계 12,000원');
    expect(t('total', { amount: '12,000원' })).toBe('합계 12,000원');
    expect(t('total', { amount: '13,000원' })).toBe('합계 13,000원');
    expect(t('title')).toBe('가격 안내');
    expect(t('title')).toBe('가격 안내');
    expect(translate).toHaveBeenCalledTimes(3);
    // The particle follows the name: the name is part of what is kept.
    expect(t('pick', { name: '스웨디시' })).toBe('스웨디시를 고르세요');
    expect(t('pick', { name: '딥티슈' })).toBe('딥티슈를 고르세요');
    expect(t('pick', { name: '발 마사지 30분' })).toBe('발 마사지 30분을 고르세요');
  });

  it('forgets at a change of language', async () => {
    const { i18n } = await setUp();
    expect(i18n.t('title')).toBe('가격 안내');
    await i18n.changeLanguage('en');
    expect(i18n.t('title')).toBe('Price quote');
  });

  it('forgets when strings are added (a namespace that arrives later), so a missing key is not kept', async () => {
    const { i18n } = await setUp();
    expect(i18n.t('calls:heading')).toBe('heading'); // not loaded yet: i18next gives the key
    i18n.addResourceBundle('ko', 'calls', { heading: '통화 기록' });
    expect(i18n.t('calls:heading')).toBe('통화 기록');
    i18n.removeResourceBundle('ko', 'calls');
    expect(i18n.t('calls:heading')).toBe('heading');
  });

  it('passes calls it cannot key straight to i18next (objects in the options, several keys)', async () => {
    const { i18n, translate } = await setUp();
    const withObject = { amount: { toString: () => '1' } };
    i18n.t('total', withObject as never);
    i18n.t('total', withObject as never);
    expect(translate).toHaveBeenCalledTimes(2);
    expect(i18n.t(['missing', 'title'] as never)).toBe('가격 안내');
    expect(i18n.t(['missing', 'title'] as never)).toBe('가격 안내');
    expect(translate).toHaveBeenCalledTimes(4);
  });
});

// Settings on the real core: business details saved (Enter or the button), the UI language
// switched at once (the price list then shows English names), where the data lives.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import SettingsScreen from '../../../renderer/src/screens/settings/SettingsScreen';
import CatalogScreen from '../../../renderer/src/screens/catalog/CatalogScreen';
import { i18n } from '../../../renderer/src/i18n';
import { renderScreen, type RenderedScreen } from '../harness';

async function storedSettings(frontDesk: RenderedScreen['frontDesk']) {
  const result = await frontDesk.handle('settings.get', {});
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const statusText = () => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).join(' ');

describe('settings', () => {
  it('saves the business details with Enter and says so', async () => {
    const { user, frontDesk } = await renderScreen(<SettingsScreen />, { lang: 'ko' });
    // The language picker has the focus when the screen opens.
    expect(document.activeElement).toBe(await screen.findByLabelText('화면 언어'));
    await user.type(screen.getByLabelText('상호'), '하늘 마사지');
    await user.type(screen.getByLabelText('주소'), '서울시 강남구 테헤란로 1');
    await user.type(screen.getByLabelText('전화번호'), '02-123-4567');
    await user.click(screen.getByRole('radio', { name: 'US 레터' }));
    await user.click(screen.getByLabelText('상호'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(statusText()).toContain('설정을 저장했습니다.'));
    expect(await storedSettings(frontDesk)).toMatchObject({
      businessName: '하늘 마사지',
      businessAddress: '서울시 강남구 테헤란로 1',
      businessPhone: '02-123-4567',
      paperSize: 'Letter',
      uiLanguage: 'ko',
    });
  });

  it('switches the UI language at once, and the price list shows English names', async () => {
    const { user, frontDesk } = await renderScreen(
      <>
        <SettingsScreen />
        <CatalogScreen />
      </>,
      { lang: 'ko' },
    );
    expect(await screen.findByRole('table', { name: '서비스' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('화면 언어'), 'en');
    await screen.findByRole('heading', { name: 'Settings' });
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(statusText()).toContain('The screen language is now English.');
    const table = await screen.findByRole('table', { name: 'Services' });
    expect(table.querySelector('tbody th')?.textContent).toBe('Swedish massage');
    expect((await storedSettings(frontDesk)).uiLanguage).toBe('en');

    await user.selectOptions(screen.getByLabelText('Screen language'), 'ko');
    await screen.findByRole('heading', { name: '설정' });
    expect((await storedSettings(frontDesk)).uiLanguage).toBe('ko');
  });

  it('refuses a save over another desk\'s change, shows both, and loads the saved values on request', async () => {
    const { user, frontDesk } = await renderScreen(<SettingsScreen />, { lang: 'ko' });
    await screen.findByLabelText('상호');
    // another desk names the business after this screen was loaded
    expect(await frontDesk.handle('settings.update', { businessName: '바른 마사지' })).toMatchObject({ ok: true });
    await user.type(screen.getByLabelText('전화번호'), '02-123-4567');
    await user.click(screen.getByRole('button', { name: '설정 저장' }));
    const alert = await screen.findByRole('alert', { name: /다른 사람이 같은 시간에 이 내용을 바꿨습니다/ });
    expect(alert.textContent).toContain('바른 마사지');
    expect(await storedSettings(frontDesk)).toMatchObject({ businessName: '바른 마사지', businessPhone: '' });
    expect((screen.getByLabelText('전화번호') as HTMLInputElement).value).toBe('02-123-4567');
    await user.click(screen.getByRole('button', { name: '저장된 내용으로 바꾸기' }));
    expect((screen.getByLabelText('상호') as HTMLInputElement).value).toBe('바른 마사지');
    await user.type(screen.getByLabelText('전화번호'), '02-123-4567');
    await user.click(screen.getByRole('button', { name: '설정 저장' }));
    await waitFor(() => expect(statusText()).toContain('설정을 저장했습니다.'));
    expect(await storedSettings(frontDesk)).toMatchObject({ businessName: '바른 마사지', businessPhone: '02-123-4567' });
  });

  it('shows where the data lives and the app version', async () => {
    const { dataDir } = await renderScreen(<SettingsScreen />, { lang: 'en' });
    const about = await screen.findByRole('region', { name: 'Your data' });
    expect(about.textContent).toContain(dataDir);
    expect(about.textContent).toContain('front-desk.sqlite3');
    expect(about.textContent).toContain('test');
  });
});

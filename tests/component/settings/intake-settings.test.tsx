// Settings -> intake form on the real core: the consent texts in both languages are edited,
// restored to the default and saved; bad numbers are said at the field, nothing is saved;
// another desk's save since the screen loaded is shown beside what was typed, never overwritten.
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import SettingsScreen from '../../../renderer/src/screens/settings/SettingsScreen';
import { DEFAULT_CONSENT } from '../../../shared/intake';
import { call } from '../../../renderer/src/api/client';
import { renderScreen, type RenderedScreen } from '../harness';

async function stored(frontDesk: RenderedScreen['frontDesk']) {
  const result = await frontDesk.handle('intake.settings', {});
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('intake settings', () => {
  it('edits the Korean sensitive-information consent and the renewal period', async () => {
    const { user, frontDesk } = await renderScreen(<SettingsScreen />, { lang: 'ko' });
    const privacy = (await screen.findByLabelText('민감정보 수집·이용 동의 (한국어)')) as HTMLTextAreaElement;
    expect(privacy.value).toBe(DEFAULT_CONSENT.privacy.ko);
    expect((screen.getByLabelText('보호자 서명이 필요한 나이 (만 나이, 이 나이 미만)') as HTMLInputElement).value).toBe('19');
    await user.clear(privacy);
    await user.type(privacy, '민감정보 동의 문구');
    const months = screen.getByLabelText('문진표 갱신 주기 (개월)');
    await user.clear(months);
    await user.type(months, '6');
    await user.click(screen.getByRole('button', { name: '문진표 설정 저장' }));
    await waitFor(() => expect(screen.getByText('문진표 설정을 저장했습니다.')).toBeTruthy());
    expect(await stored(frontDesk)).toMatchObject({ renewalMonths: 6, consent: { privacy: { ko: '민감정보 동의 문구' } } });

    await user.click(screen.getByRole('button', { name: '민감정보 수집·이용 동의 (한국어) 기본 문구로 되돌리기' }));
    expect(privacy.value).toBe(DEFAULT_CONSENT.privacy.ko);
    await user.click(screen.getByRole('button', { name: '문진표 설정 저장' }));
    await waitFor(async () => expect((await stored(frontDesk)).consent.privacy.ko).toBe(DEFAULT_CONSENT.privacy.ko));
  });

  it('keeps the typed consent text when the UI language is changed', async () => {
    const { user } = await renderScreen(<SettingsScreen />, { lang: 'ko' });
    const privacy = (await screen.findByLabelText('민감정보 수집·이용 동의 (한국어)')) as HTMLTextAreaElement;
    await user.clear(privacy);
    await user.type(privacy, '고친 문구');
    await user.selectOptions(screen.getByLabelText('화면 언어'), 'en');
    await screen.findByText('The screen language is now English.');
    // Any reload the change started has answered once a call made after it has.
    await act(async () => void (await call('intake.settings', {})));
    const after = screen.getByLabelText('Sensitive information consent (Korean)') as HTMLTextAreaElement;
    expect(after.value).toBe('고친 문구');
  });

  it('says what is wrong at the field and saves nothing', async () => {
    const { user, frontDesk } = await renderScreen(<SettingsScreen />, { lang: 'en' });
    const months = await screen.findByLabelText('Renew the intake form every (months)');
    await user.clear(months);
    await user.type(months, '0');
    await user.clear(screen.getByLabelText('Privacy notice (English)'));
    await user.click(screen.getByRole('button', { name: 'Save intake settings' }));
    expect(screen.getByText('Enter a whole number of months from 1 to 120.')).toBeTruthy();
    expect(screen.getByText('The text cannot be empty.')).toBeTruthy();
    // Each restore button is named by one sentence with its field.
    await user.click(screen.getByRole('button', { name: 'Restore the default text of Privacy notice (English)' }));
    expect((screen.getByLabelText('Privacy notice (English)') as HTMLTextAreaElement).value).toBe(DEFAULT_CONSENT.privacy.en);
    expect(months.getAttribute('aria-invalid')).toBe('true');
    expect(await stored(frontDesk)).toMatchObject({ renewalMonths: 12, consent: { privacy: DEFAULT_CONSENT.privacy } });
  });

  it("refuses a save over another desk's change since loading, shows both, and saves again only on purpose", async () => {
    const { user, frontDesk } = await renderScreen(<SettingsScreen />, { lang: 'en' });
    const months = await screen.findByLabelText('Renew the intake form every (months)');
    // Another desk saves the renewal period while this one is typing.
    await frontDesk.handle('intake.updateSettings', { renewalMonths: 24 });
    await user.clear(months);
    await user.type(months, '6');
    await user.click(screen.getByRole('button', { name: 'Save intake settings' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Someone else changed this at the same time.');
    const row = within(notice).getByRole('rowheader', { name: 'Renew the intake form every (months)' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['24', '6']);
    expect((months as HTMLInputElement).value).toBe('6');
    expect((await stored(frontDesk)).renewalMonths).toBe(24);

    await user.click(within(notice).getByRole('button', { name: 'Keep my changes' }));
    await user.click(screen.getByRole('button', { name: 'Save intake settings' }));
    await waitFor(async () => expect((await stored(frontDesk)).renewalMonths).toBe(6));
  });
});

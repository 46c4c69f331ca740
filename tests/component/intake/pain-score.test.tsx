// A pain score typed out of range ("100" after "10") is kept as typed, said to be wrong, and
// refused: neither signed nor saved with the score before it.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import IntakeScreen from '../../../renderer/src/screens/intake/IntakeScreen';
import ko from '../../../renderer/locales/ko/intake.json';
import { renderScreen } from '../harness';
import { addWalkIn, agreeToBoth, answerAllNo, storedIntake } from './steps';

describe('intake: a pain score out of range', { timeout: 40_000 }, () => {
  it('is refused with a message, for a draft and for signing, until it is a score', async () => {
    const { user, frontDesk } = await renderScreen(<IntakeScreen />, { lang: 'ko' });
    const clientId = await addWalkIn(user, frontDesk, '김민지');
    await user.click(await screen.findByRole('button', { name: ko.work.newForm }));
    await answerAllNo(user);
    screen.getByRole('checkbox', { name: '왼쪽 발목 (앞면)' }).focus();
    await user.keyboard(' ');
    const pain = screen.getByRole('spinbutton', { name: '왼쪽 발목 통증 점수 (0-10)' }) as HTMLInputElement;
    await user.type(pain, '100');
    expect(pain.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(ko.bodyMap.painInvalid)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: ko.work.saveDraft }));
    await waitFor(() => expect(document.activeElement).toBe(pain));
    expect((await storedIntake(frontDesk, clientId)).draft).toBeNull();

    await agreeToBoth(user);
    await user.click(screen.getByRole('radio', { name: '종이에 서명함' }));
    await user.click(screen.getByRole('checkbox', { name: /종이 문진표에 서명을 받았고/ }));
    await user.click(screen.getByRole('button', { name: '서명하고 저장' }));
    expect(await screen.findByText(ko.work.cannotSign)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(pain));
    expect(pain.value).toBe('100');
    expect((await storedIntake(frontDesk, clientId)).current).toBeNull();

    await user.clear(pain);
    await user.type(pain, '7');
    expect(screen.queryByText(ko.bodyMap.painInvalid)).toBeNull();
    await user.click(screen.getByRole('button', { name: '서명하고 저장' }));
    await screen.findByText(/서명한 문진표를 저장했습니다/);
    expect((await storedIntake(frontDesk, clientId)).current?.answers?.bodyMap).toEqual([{ region: 'ankle', side: 'left', pain: 7, note: '' }]);
  });
});

// What follows a yes is shown only after a yes: text typed there before the answer became
// "no" is neither signed nor printed next to the "no" (the client never saw it).
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import IntakeScreen from '../../../renderer/src/screens/intake/IntakeScreen';
import { renderScreen } from '../harness';
import { addWalkIn, answerAllNo, questionGroup, signOnPaper, storedIntake } from './steps';

describe('intake: details of a question answered no', { timeout: 40_000 }, () => {
  it('are not signed or printed, and come back on screen with a yes before signing', async () => {
    const { user, frontDesk } = await renderScreen(<IntakeScreen />, { lang: 'ko' });
    const clientId = await addWalkIn(user, frontDesk, '김민지');
    await user.click(await screen.findByRole('button', { name: '새 문진표 작성' }));
    await answerAllNo(user);

    const medications = questionGroup('medications');
    await user.click(within(medications).getAllByRole('radio', { name: '예' })[0]!);
    await user.type(within(medications).getByLabelText('약 이름'), 'warfarin');
    await user.click(within(medications).getAllByRole('radio', { name: '예' })[1]!); // blood thinners
    const allergies = questionGroup('allergies');
    await user.click(within(allergies).getByRole('radio', { name: '예' }));
    await user.click(within(allergies).getByRole('checkbox', { name: '라텍스' }));
    await user.type(within(allergies).getByLabelText('그 밖의 알레르기'), 'peanut oil');
    const underCare = questionGroup('underCare');
    await user.click(within(underCare).getByRole('radio', { name: '예' }));
    await user.type(within(underCare).getByLabelText('누구에게 어떤 치료를 받고 있는지'), 'Dr. Kim');
    for (const group of [medications, allergies, underCare]) await user.click(within(group).getAllByRole('radio', { name: '아니요' })[0]!);

    // A yes again shows what was typed (a mis-click costs nothing); then "no" for good.
    await user.click(within(medications).getAllByRole('radio', { name: '예' })[0]!);
    expect((within(medications).getByLabelText('약 이름') as HTMLInputElement).value).toBe('warfarin');
    await user.click(within(medications).getAllByRole('radio', { name: '아니요' })[0]!);

    await signOnPaper(user);
    const { current } = await storedIntake(frontDesk, clientId);
    expect(current?.answers?.health.medications).toEqual({ answer: 'no', details: '' });
    expect(current?.answers?.health.bloodThinners).toBeNull();
    expect(current?.answers?.health.allergies).toEqual({ answer: 'no', details: '' });
    expect(current?.answers?.health.allergens).toEqual([]);
    expect(current?.answers?.visit.underCare).toEqual({ answer: 'no', details: '' });
    const printed = screen.getByRole('article', { name: '인쇄용 문진표' }).textContent;
    for (const hidden of ['warfarin', 'peanut oil', 'Dr. Kim', '✓ 라텍스']) expect(printed).not.toContain(hidden);
  });
});

// Each client's form in progress is their own: starting another client's form leaves it as it
// was, and closing a form with answers not saved asks first (in the app, by keyboard).
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import IntakeScreen from '../../../renderer/src/screens/intake/IntakeScreen';
import ko from '../../../renderer/locales/ko/intake.json';
import { renderScreen } from '../harness';
import { addWalkIn } from './steps';

const reason = () => screen.getByLabelText(ko.questions.reason) as HTMLTextAreaElement;

describe('intake: one form in progress per client', { timeout: 40_000 }, () => {
  it("keeps client A's unsaved answers while client B's form is started", async () => {
    const { user, frontDesk } = await renderScreen(<IntakeScreen />, { lang: 'ko' });
    await addWalkIn(user, frontDesk, '김민지');
    await user.click(await screen.findByRole('button', { name: ko.work.newForm }));
    await user.type(reason(), '허리 통증');

    await addWalkIn(user, frontDesk, '이서준');
    await user.click(await screen.findByRole('button', { name: ko.work.newForm }));
    expect(reason().value).toBe('');
    await user.type(reason(), '어깨 결림');

    await user.type(screen.getByLabelText(ko.picker.search), '김민지');
    await user.click(await screen.findByRole('button', { name: /김민지/ }));
    await screen.findByRole('heading', { name: /김민지/ });
    expect(reason().value).toBe('허리 통증');
  });

  it('asks before closing a form with unsaved answers, and closes at once without them', async () => {
    const { user, frontDesk } = await renderScreen(<IntakeScreen />, { lang: 'ko' });
    await addWalkIn(user, frontDesk, '김민지');
    await user.click(await screen.findByRole('button', { name: ko.work.newForm }));
    await user.type(reason(), '허리 통증');

    await user.click(screen.getByRole('button', { name: ko.work.close }));
    const dialog = screen.getByRole('alertdialog', { name: ko.work.closeTitle });
    expect(dialog.textContent).toContain(ko.work.closeMessage);
    // The safe choice has the focus; Escape keeps the form.
    expect(document.activeElement?.textContent).toBe('취소');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(reason().value).toBe('허리 통증');

    await user.click(screen.getByRole('button', { name: ko.work.close }));
    await user.click(screen.getByRole('button', { name: ko.work.closeConfirm }));
    const start = await screen.findByRole('button', { name: ko.work.newForm });
    await waitFor(() => expect(document.activeElement).toBe(start));

    // Nothing typed: closing needs no question.
    await user.click(start);
    await user.click(screen.getByRole('button', { name: ko.work.close }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await screen.findByRole('button', { name: ko.work.newForm })).toBeTruthy();
  });
});

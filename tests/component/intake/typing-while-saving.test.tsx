// "Save draft" over a slow link (a desk connected to the hub): what is typed while the save
// is on its way stays in the form when the answer comes, and counts as not saved yet.
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import IntakeScreen from '../../../renderer/src/screens/intake/IntakeScreen';
import ko from '../../../renderer/locales/ko/intake.json';
import { useApiImplementation } from '../../../renderer/src/api/client';
import { inProcessApi, renderScreen } from '../harness';
import { addWalkIn, storedIntake } from './steps';

/** The intake screen, each draft save's answer held until the test releases it. */
async function renderHoldingSaves() {
  const held: { release?: () => void } = {};
  const rendered = await renderScreen(<IntakeScreen />, {
    lang: 'ko',
    before: async (core) => {
      const real = inProcessApi(core);
      useApiImplementation({
        ...real,
        'intake.saveDraft': (input) =>
          real['intake.saveDraft'](input).then((value) => new Promise((resolve) => (held.release = () => resolve(value)))),
      });
    },
  });
  return { ...rendered, held };
}

describe('intake: typing while the draft is saved', { timeout: 40_000 }, () => {
  it('keeps the text typed before the save answered', async () => {
    const { user, frontDesk, held } = await renderHoldingSaves();
    const clientId = await addWalkIn(user, frontDesk, '김민지');
    await user.click(await screen.findByRole('button', { name: ko.work.newForm }));
    const reason = screen.getByLabelText(ko.questions.reason) as HTMLTextAreaElement;
    await user.type(reason, '허리');

    await user.click(screen.getByRole('button', { name: ko.work.saveDraft }));
    await waitFor(() => expect(held.release).toBeDefined());
    await user.type(reason, ' 통증');
    await act(async () => held.release!());
    await screen.findByText('임시 저장했습니다 (제1판, 작성 중).');
    expect(reason.value).toBe('허리 통증');
    expect((await storedIntake(frontDesk, clientId)).draft?.answers?.visit.reason).toBe('허리');

    // The typed rest is not saved yet: closing asks; saving again updates the same draft.
    await user.click(screen.getByRole('button', { name: ko.work.close }));
    const dialog = screen.getByRole('alertdialog', { name: ko.work.closeTitle });
    await user.click(within(dialog).getByRole('button', { name: '취소' }));
    delete held.release;
    await user.click(screen.getByRole('button', { name: ko.work.saveDraft }));
    await waitFor(() => expect(held.release).toBeDefined());
    await act(async () => held.release!());
    await waitFor(async () => expect((await storedIntake(frontDesk, clientId)).draft?.answers?.visit.reason).toBe('허리 통증'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("takes the answer of a save the desk left (another client picked) into that client's form", async () => {
    const { user, frontDesk, held } = await renderHoldingSaves();
    const clientId = await addWalkIn(user, frontDesk, '김민지');
    await user.click(await screen.findByRole('button', { name: ko.work.newForm }));
    await user.type(screen.getByLabelText(ko.questions.reason), '허리');
    await user.click(screen.getByRole('button', { name: ko.work.saveDraft }));
    await waitFor(() => expect(held.release).toBeDefined());
    await addWalkIn(user, frontDesk, '이서준');
    await act(async () => held.release!());
    await waitFor(async () => expect((await storedIntake(frontDesk, clientId)).draft).toBeTruthy());

    await user.type(screen.getByLabelText(ko.picker.search), '김민지');
    await user.click(await screen.findByRole('button', { name: /김민지/ }));
    await user.type(await screen.findByLabelText(ko.questions.reason), ' 통증');
    delete held.release;
    await user.click(screen.getByRole('button', { name: ko.work.saveDraft }));
    await waitFor(() => expect(held.release).toBeDefined());
    await act(async () => held.release!());
    // The same draft saved again, not a second one refused.
    await screen.findByText('임시 저장했습니다 (제1판, 작성 중).');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await storedIntake(frontDesk, clientId)).draft?.answers?.visit.reason).toBe('허리 통증');
  });
});

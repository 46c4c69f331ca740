// "Use saved" after a conflict takes the other desk's draft, which holds no signature: the
// signature pad is then empty too, on screen as in the form (not showing the old strokes).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import IntakeScreen from '../../../renderer/src/screens/intake/IntakeScreen';
import ko from '../../../renderer/locales/ko/intake.json';
import koCommon from '../../../renderer/locales/ko/common.json';
import { renderScreen } from '../harness';
import { drawStroke, showsInk, useInkRecordingCanvas } from './canvas';
import { addWalkIn, agreeToBoth, answerAllNo, signAndSave, storedIntake } from './steps';

afterEach(() => vi.restoreAllMocks());

describe('intake: the signature pad after "Use saved"', { timeout: 40_000 }, () => {
  it('is cleared, and a new signature holds only the new strokes', async () => {
    useInkRecordingCanvas();
    const { user, frontDesk } = await renderScreen(<IntakeScreen />, { lang: 'ko' });
    const clientId = await addWalkIn(user, frontDesk, '김민지');
    await user.click(await screen.findByRole('button', { name: ko.work.newForm }));
    await user.type(screen.getByLabelText(ko.questions.reason), '허리 통증');
    await user.click(screen.getByRole('button', { name: ko.work.saveDraft }));
    await screen.findByText(/임시 저장했습니다/);
    // the other desk saves the same draft first
    const draft = (await storedIntake(frontDesk, clientId)).draft!;
    await frontDesk.handle('intake.saveDraft', { clientId, formId: draft.id, expectedVersion: draft.rowVersion, lang: 'ko', answers: draft.answers! });

    const pad = screen.getByRole('img', { name: /고객 서명 칸/ });
    const clear = screen.getByRole('button', { name: '고객 서명 다시 쓰기' }) as HTMLButtonElement;
    drawStroke(pad);
    expect(showsInk(pad)).toBe(true);
    expect(clear.disabled).toBe(false);

    await user.click(screen.getByRole('button', { name: ko.work.saveDraft }));
    const alert = await screen.findByRole('alert', { name: new RegExp(koCommon.conflict.title) });
    await user.click(within(alert).getByRole('button', { name: koCommon.conflict.useSaved }));
    expect(clear.disabled).toBe(true);
    expect(pad.classList.contains('signed')).toBe(false);
    expect(showsInk(pad)).toBe(false);

    await answerAllNo(user);
    await agreeToBoth(user);
    drawStroke(pad);
    await signAndSave(user);
    expect((await storedIntake(frontDesk, clientId)).current?.signing).toMatchObject({ method: 'screen', client: { strokes: [{}] } });
  });
});

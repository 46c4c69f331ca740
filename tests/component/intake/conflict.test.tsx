// Two desks on one intake draft: the second save is refused, the screen says so and when the
// other desk saved; what was typed stays in the form, and keeping it saves it on purpose.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import IntakeScreen from '../../../renderer/src/screens/intake/IntakeScreen';
import { renderScreen } from '../harness';

describe('intake draft: two desks at once', { timeout: 40_000 }, () => {
  it('refuses the stale draft save, keeps the typed answers, and saves them when the user keeps them', async () => {
    const { user, frontDesk } = await renderScreen(<IntakeScreen />, { lang: 'ko' });
    await user.click(await screen.findByRole('button', { name: '새 고객 추가' }));
    await user.type(screen.getByLabelText('이름'), '김민지');
    await user.click(screen.getByRole('button', { name: '고객 추가' }));
    await user.click(await screen.findByRole('button', { name: '새 문진표 작성' }));
    await user.type(screen.getByLabelText('방문 이유'), '허리 통증');
    await user.click(screen.getByRole('button', { name: '임시 저장' }));
    await screen.findByText(/임시 저장했습니다/);

    // the other desk saves the same draft, from the version both loaded
    const found = await frontDesk.handle('clients.search', { text: '김민지' });
    const clientId = found.ok ? found.value.rows[0]!.id : 0;
    const intake = await frontDesk.handle('intake.client', { clientId });
    const draft = intake.ok ? intake.value.draft! : null;
    const theirs = { ...draft!.answers!, visit: { ...draft!.answers!.visit, goals: '숙면' } };
    expect(await frontDesk.handle('intake.saveDraft', { clientId, formId: draft!.id, expectedVersion: 1, lang: 'ko', answers: theirs })).toMatchObject({ ok: true });

    await user.type(screen.getByLabelText('관리로 기대하는 점'), '자세 교정');
    await user.click(screen.getByRole('button', { name: '임시 저장' }));
    const alert = await screen.findByRole('alert', { name: /다른 사람이 같은 시간에 이 내용을 바꿨습니다/ });
    expect(within(alert).getByText(/다른 데스크의 초안\(버전 1\)이 .*에 저장되었습니다/)).toBeTruthy();
    expect((screen.getByLabelText('관리로 기대하는 점') as HTMLTextAreaElement).value).toBe('자세 교정');
    const stored = async () => {
      const r = await frontDesk.handle('intake.get', { id: draft!.id });
      return r.ok ? r.value.answers?.visit.goals : null;
    };
    expect(await stored()).toBe('숙면');

    await user.click(within(alert).getByRole('button', { name: '입력한 내용 유지' }));
    await user.click(screen.getByRole('button', { name: '임시 저장' }));
    await waitFor(async () => expect(await stored()).toBe('자세 교정'));
    expect(screen.queryByRole('alert', { name: /다른 사람이/ })).toBeNull();
  });
});

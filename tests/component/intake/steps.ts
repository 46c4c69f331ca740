// Steps several intake tests take on the real screen: adding a walk-in, answering, signing on
// paper (happy-dom has no canvas), and reading what the core stored.
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { HEALTH_QUESTION_IDS } from '../../../shared/intake';
import type { RenderedScreen } from '../harness';
import ko from '../../../renderer/locales/ko/intake.json';

type User = RenderedScreen['user'];

export const questionGroup = (id: string) => screen.getByRole('group', { name: ko.questions[id as keyof typeof ko.questions] });

export async function answerAllNo(user: User, except: string[] = []) {
  for (const id of ['underCare', ...HEALTH_QUESTION_IDS]) {
    if (except.includes(id)) continue;
    await user.click(within(questionGroup(id)).getAllByRole('radio', { name: '아니요' })[0]!);
  }
}

/** Adds a walk-in (Korean screen) and leaves the picker on them; returns their id. */
export async function addWalkIn(user: User, frontDesk: RenderedScreen['frontDesk'], name: string): Promise<number> {
  await user.click(await screen.findByRole('button', { name: '새 고객 추가' }));
  await user.type(screen.getByLabelText('이름'), name);
  await user.click(screen.getByRole('button', { name: '고객 추가' }));
  await screen.findByRole('heading', { name: new RegExp(name) });
  const found = await frontDesk.handle('clients.search', { text: name });
  if (!found.ok) throw new Error('search');
  return found.value.rows[0]!.id;
}

export async function agreeToBoth(user: User) {
  await user.click(screen.getByRole('checkbox', { name: '관리 동의에 동의합니다' }));
  await user.click(screen.getByRole('checkbox', { name: '민감정보 수집·이용에 동의합니다' }));
}

/** Signs and saves; waits for "signed". */
export async function signAndSave(user: User) {
  await user.click(screen.getByRole('button', { name: '서명하고 저장' }));
  await waitFor(() => expect(screen.getByText(/서명한 문진표를 저장했습니다/)).toBeTruthy());
}

/** Both consents ticked, signed on paper, saved. */
export async function signOnPaper(user: User) {
  await agreeToBoth(user);
  await user.click(screen.getByRole('radio', { name: '종이에 서명함' }));
  await user.click(screen.getByRole('checkbox', { name: /종이 문진표에 서명을 받았고/ }));
  await signAndSave(user);
}

export async function storedIntake(frontDesk: RenderedScreen['frontDesk'], clientId: number) {
  const intake = await frontDesk.handle('intake.client', { clientId });
  if (!intake.ok) throw new Error('intake');
  return intake.value;
}

// Two desks edit the same client (optimistic concurrency): the second save is refused, the
// page says so in the UI language and shows what the other desk saved beside what was typed;
// nothing typed is lost, and the user chooses which version stays.
import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { FrontDesk } from '../../../electron/app/front-desk';
import { useChangeEvents } from '../../../renderer/src/api/client';
import { openClient } from './open-client';

afterEach(() => useChangeEvents({ onChanged: () => () => undefined }));

/** The other desk saves first, from the version both desks loaded. */
async function otherDeskSaves(frontDesk: FrontDesk, id: number) {
  const result = await frontDesk.handle('clients.update', { id, expectedVersion: 1, name: '박지훈 (부)', note: '오전 선호' });
  expect(result).toMatchObject({ ok: true, value: { rowVersion: 2 } });
}

describe('client details: two desks at once', () => {
  it('refuses the stale save, keeps what was typed, shows both versions; keeping mine saves it on purpose', async () => {
    const { user, frontDesk, id } = await openClient('ko');
    await otherDeskSaves(frontDesk, id);
    const email = screen.getByRole('textbox', { name: '이메일' }) as HTMLInputElement;
    await user.type(email, 'jh@example.com');
    await user.click(screen.getByRole('button', { name: '변경 내용 저장' }));

    const alert = await screen.findByRole('alert', { name: /다른 사람이 같은 시간에 이 내용을 바꿨습니다/ });
    const table = within(alert).getByRole('table', { name: '저장된 내용과 입력한 내용' });
    const row = (label: string) => within(table).getByRole('row', { name: new RegExp(`^${label}`) });
    expect(within(row('이름')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['박지훈 (부)', '박지훈']);
    expect(within(row('이메일')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['(비어 있음)', 'jh@example.com']);
    expect(within(row('메모')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['오전 선호', '(비어 있음)']);
    // nothing of the refused save was written, and the typed text is still in the form
    expect(await frontDesk.handle('clients.get', { id })).toMatchObject({ ok: true, value: { name: '박지훈 (부)', email: '', rowVersion: 2 } });
    expect(email.value).toBe('jh@example.com');

    await user.click(within(alert).getByRole('button', { name: '입력한 내용 유지' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByText('입력한 내용이 양식에 있습니다. 다시 저장하면 다른 내용을 대신합니다.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '이메일' }) as HTMLInputElement).value).toBe('jh@example.com');
    await user.click(screen.getByRole('button', { name: '변경 내용 저장' }));
    expect(await screen.findByText('변경 내용을 저장했습니다.')).toBeTruthy();
    expect(await frontDesk.handle('clients.get', { id })).toMatchObject({
      ok: true,
      value: { name: '박지훈', email: 'jh@example.com', note: '', rowVersion: 3 },
    });
  });

  it('after "keep mine", a later change elsewhere is shown beside the kept values, not hidden under them', async () => {
    const { user, frontDesk, id } = await openClient('ko');
    useChangeEvents({ onChanged: (callback) => frontDesk.onChange(callback) });
    await otherDeskSaves(frontDesk, id);
    await user.type(screen.getByRole('textbox', { name: '이메일' }), 'jh@example.com');
    await user.click(screen.getByRole('button', { name: '변경 내용 저장' }));
    const first = await screen.findByRole('alert', { name: /다른 사람이 같은 시간에 이 내용을 바꿨습니다/ });
    await user.click(within(first).getByRole('button', { name: '입력한 내용 유지' }));
    // The other desk saves once more; this page says so.
    expect(await frontDesk.handle('clients.update', { id, expectedVersion: 2, name: '박지훈 (부)', note: '오후 선호' })).toMatchObject({ ok: true });
    await user.click(await screen.findByRole('button', { name: '바뀐 내용 보기' }));
    const again = await screen.findByRole('alert', { name: /다른 사람이 같은 시간에 이 내용을 바꿨습니다/ });
    const table = within(again).getByRole('table', { name: '저장된 내용과 입력한 내용' });
    const row = (label: string) => within(table).getByRole('row', { name: new RegExp(`^${label}`) });
    expect(within(row('메모')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['오후 선호', '(비어 있음)']);
    expect(within(row('이메일')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['(비어 있음)', 'jh@example.com']);
    expect((screen.getByRole('textbox', { name: '이메일' }) as HTMLInputElement).value).toBe('jh@example.com');
  });

  it('in English, "use the saved version" loads the other desk\'s values into the form', async () => {
    const { user, frontDesk, id } = await openClient('en');
    await otherDeskSaves(frontDesk, id);
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'jh@example.com');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert', { name: /Someone else changed this at the same time/ });
    expect(within(alert).getByText(/Your changes were not saved\. They are still in the form\./)).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Use the saved version' }));
    const details = within(screen.getByRole('region', { name: 'Contact details' }));
    expect((details.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('박지훈 (부)');
    expect((details.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('');
    expect((details.getByRole('textbox', { name: 'Note' }) as HTMLInputElement).value).toBe('오전 선호');
    // a save from here is from the current version: accepted
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'jh@example.com');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved.')).toBeTruthy();
    expect(await frontDesk.handle('clients.get', { id })).toMatchObject({ ok: true, value: { name: '박지훈 (부)', email: 'jh@example.com', rowVersion: 3 } });
  });
});

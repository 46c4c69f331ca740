// Erasing a client from their page, against the real core, by keyboard: the dialog says
// what will be erased (counted) and kept, and what backups hold; the button works only once
// the name is typed; Esc closes without erasing; after the erase the page is the tombstone.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { renderScreen } from '../harness';

describe('erasing a client on request', () => {
  it('shows what goes and what stays, needs the typed name, then shows the tombstone', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    const saved = await frontDesk.handle('calls.save', {
      kind: 'session', quoteLang: 'ko', outcome: 'thinking', caller: { name: '김민지', phone: '010-1234-5678' },
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const id = saved.value.clientId!;
    const rx = await frontDesk.handle('prescriptions.create', {
      clientId: id, issuedOn: '2026-11-02', prescriber: { name: '김정민' }, diagnoses: [{ code: 'M54.6' }], areas: [{ region: 'upper-back' }],
    });
    expect(rx.ok).toBe(true);

    await user.keyboard('{F4}');
    await user.type(await screen.findByRole('searchbox', { name: '고객 검색' }), '5678');
    await user.click(await screen.findByRole('button', { name: /김민지/ }));
    const zone = await screen.findByRole('region', { name: '요청에 따른 삭제' });
    const open = within(zone).getByRole('button', { name: '이 고객의 기록 삭제…' });

    // Esc closes without erasing
    await user.click(open);
    expect(await screen.findByRole('alertdialog', { name: '이 고객의 기록 삭제' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('heading', { level: 1, name: '김민지' })).toBeTruthy();

    await user.click(open);
    const dialog = await screen.findByRole('alertdialog', { name: '이 고객의 기록 삭제' });
    const erase = within(dialog).getByRole('list', { name: '삭제되는 것' });
    await within(erase).findByText('처방전 1건: 진단, 부위, 처방 의사, 메모');
    expect(within(erase).getByText('통화 1건의 이름, 전화번호, 이메일, 메모')).toBeTruthy();
    expect(within(dialog).getByRole('list', { name: '남는 것' })).toBeTruthy();
    expect(within(dialog).getByText(/최근 14개만 보관되므로 약 14일 뒤/)).toBeTruthy();
    const box = within(dialog).getByRole('textbox', { name: '확인하려면 고객 이름을 입력하세요: 김민지' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    const confirm = within(dialog).getByRole('button', { name: '영구 삭제' });
    await user.type(box, '김민');
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard('{Enter}');
    expect((await frontDesk.handle('clients.get', { id })).ok && screen.queryByRole('heading', { name: '삭제된 고객' })).toBeNull();
    await user.type(box, '지{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: '삭제된 고객' })).toBeTruthy();
    expect(screen.getByText('고객의 기록을 삭제했습니다.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: '삭제된 것' })).getByText('처방전 1건: 진단, 부위, 처방 의사, 메모')).toBeTruthy();
    expect(screen.queryByText(/김민지/)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '목록으로 돌아가기' })));
  });
});

// Saving a client's details on their page: what the page says after a save stands only for
// that save.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { openClient } from './open-client';

const SAVED = '변경 내용을 저장했습니다.';

describe('client details: saving', () => {
  it('no longer says "saved" once a later save is refused, by a field check or by the main process', async () => {
    const { user, frontDesk } = await openClient('ko');
    await frontDesk.handle('clients.create', { name: '최유리', phone: '010-5555-6666', lang: 'ko' });
    const phone = screen.getByRole('textbox', { name: '전화번호' });
    const save = () => user.click(screen.getByRole('button', { name: '변경 내용 저장' }));
    await user.clear(phone);
    await user.type(phone, '010-2222-4444');
    await save();
    expect(await screen.findByText(SAVED)).toBeTruthy();

    // refused by the field check, before anything is sent
    await user.type(screen.getByRole('textbox', { name: '이메일' }), 'jh@');
    await save();
    expect(await screen.findByText('name@example.com 형식으로 입력하거나 비워 두세요.')).toBeTruthy();
    expect(screen.queryByText(SAVED)).toBeNull();

    await user.clear(screen.getByRole('textbox', { name: '이메일' }));
    await save();
    expect(await screen.findByText(SAVED)).toBeTruthy();
    // refused by the main process: the number is another client's
    await user.clear(screen.getByRole('textbox', { name: '전화번호' }));
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), '010-5555-6666');
    await save();
    await waitFor(() => expect(screen.getByRole('textbox', { name: '전화번호' }).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.queryByText(SAVED)).toBeNull();
  });
});

describe('client details: since when', () => {
  it('"client since" is the desk\'s own date, not the UTC one', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Seoul';
    try {
      // 08:30 on 28 November in Seoul is still the 27th in UTC.
      await openClient('ko', { now: new Date('2026-11-27T23:30:00Z') });
      expect(screen.getByText('2026. 11. 28.부터 고객')).toBeTruthy();
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('client details: the focus after a change', () => {
  it('stays on the field Enter was pressed in, and on Save when it was clicked', async () => {
    const { user } = await openClient('ko');
    const phone = screen.getByRole('textbox', { name: '전화번호' });
    await user.clear(phone);
    await user.type(phone, '010-2222-4444{Enter}');
    expect(await screen.findByText(SAVED)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '전화번호' }));

    await user.type(screen.getByRole('textbox', { name: '이메일' }), 'jh@example.com');
    await user.click(screen.getByRole('button', { name: '변경 내용 저장' }));
    await waitFor(() => expect((screen.getByRole('textbox', { name: '이메일' }) as HTMLInputElement).readOnly).toBe(false));
    expect(screen.getByText(SAVED)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '변경 내용 저장' }));
  });

  it('goes from Archive to Restore and back', async () => {
    const { user } = await openClient('ko');
    await user.click(screen.getByRole('button', { name: '보관' }));
    const restore = await screen.findByRole('button', { name: '보관 해제' });
    expect(document.activeElement).toBe(restore);
    await user.keyboard('{Enter}');
    const archive = await screen.findByRole('button', { name: '보관' });
    expect(document.activeElement).toBe(archive);
  });

  it('comes back to Merge once a duplicate is merged', async () => {
    const { user, frontDesk } = await openClient('ko');
    await frontDesk.handle('clients.create', { name: '박지훈', phone: '010-2222-9999', lang: 'ko' });
    await user.click(screen.getByRole('button', { name: '중복 기록 합치기…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('searchbox', { name: '중복 기록 찾기' }), '9999');
    await user.click(await within(dialog).findByRole('button', { name: /010-2222-9999 선택/ }));
    await user.click(await within(dialog).findByRole('button', { name: '합치기' }));
    expect(await screen.findByText('기록을 합쳤습니다.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '중복 기록 합치기…' }));
  });
});

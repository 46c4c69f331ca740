// Calls & clients against the real core: a call saved on the quote screen is found by the
// last digits of its phone; outcome edits persist; a saved quote ignores later price changes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import CallsScreen from '../../../renderer/src/screens/calls/CallsScreen';
import { App } from '../../../renderer/src/App';
import type { FrontDesk } from '../../../electron/app/front-desk';
import type { CallSaveInput } from '../../../shared/api/calls';
import type { Catalog } from '../../../shared/pricing/types';
import { formatMoney } from '../../../shared/pricing/money';
import { inProcessApi, renderScreen, type RenderedScreen } from '../harness';
import { useApiImplementation, useChangeEvents } from '../../../renderer/src/api/client';

async function saveCall(frontDesk: FrontDesk, input: Partial<CallSaveInput> & Pick<CallSaveInput, 'caller'>) {
  const result = await frontDesk.handle('calls.save', {
    kind: 'session',
    quoteLang: 'ko',
    outcome: 'thinking',
    request: { items: [{ serviceId: 'aroma', minutes: 90, persons: 2 }], sessions: 1, travelZoneId: 'suwon' },
    ...input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function catalogOf(frontDesk: FrontDesk): Promise<Catalog> {
  const result = await frontDesk.handle('catalog.get', {});
  if (!result.ok) throw new Error('no catalog');
  return result.value;
}

const textOf = (el: Element) => el.textContent ?? '';

/** Calls saved after the screen opened show up once the list is searched again. */
async function searchFor(user: RenderedScreen['user'], text: string) {
  await user.type(await screen.findByRole('searchbox'), text);
}

describe('Calls & clients', () => {
  afterEach(() => useChangeEvents({ onChanged: () => () => undefined }));

  it('keeps the rows "more" brought when a call is saved elsewhere', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />, {
      before: async (core) => {
        for (let i = 0; i < 60; i++) await saveCall(core, { caller: { name: `손님${i}`, phone: `010-5555-${String(1000 + i)}` } });
        useChangeEvents({ onChanged: (callback) => core.onChange(callback) });
      },
    });
    await user.click(await screen.findByRole('button', { name: '10건 더 보기' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /통화 열기/ })).toHaveLength(60));
    // Another desk saves a call: the list shows it first, and as many rows as before (not
    // the first page only); the oldest one moves behind "more".
    await saveCall(frontDesk, { caller: { name: '새 손님', phone: '010-7777-1234' } });
    await screen.findByRole('button', { name: /새 손님 통화 열기/ });
    expect(screen.getAllByRole('button', { name: /통화 열기/ })).toHaveLength(60);
    expect(screen.getByRole('button', { name: '1건 더 보기' })).toBeTruthy();
  });

  it('finds a call saved on the quote screen by the last 4 digits of the phone', async () => {
    const { user } = await renderScreen(<App />);
    const search = await screen.findByRole('combobox', { name: '서비스' });
    await user.click(search);
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), '010-9876-4321');
    await user.type(screen.getByRole('textbox', { name: '고객 이름' }), '박서준');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByText(/통화를 저장했습니다/);

    await user.keyboard('{F4}');
    await user.click(await screen.findByRole('tab', { name: '통화' }));
    const box = await screen.findByRole('searchbox', { name: '통화 검색' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    await user.type(box, '4321');
    const open = await screen.findByRole('button', { name: /박서준 통화 열기/ });
    // ↓ from the search box into the results, Esc back (no Tab walk through the filters)
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(open);
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(box);
    const row = open.closest('tr')!;
    expect(textOf(row)).toContain('010-9876-4321');
    expect(textOf(row)).toContain('스웨디시');

    await user.clear(box);
    await user.type(box, '0000');
    expect(await screen.findByText('검색 조건에 맞는 통화가 없습니다.')).toBeTruthy();
  });

  it('lists newest first and filters by outcome and follow-up due', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />);
    await saveCall(frontDesk, { caller: { name: '첫째' }, outcome: 'declined' });
    await saveCall(frontDesk, { caller: { name: '둘째' }, followUp: '2000-01-01' });
    await user.selectOptions(await screen.findByRole('combobox', { name: '결과' }), 'declined');
    await screen.findByRole('button', { name: /첫째 통화 열기/ });
    expect(screen.queryByRole('button', { name: /둘째/ })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: '결과' }), '');
    await user.click(screen.getByRole('checkbox', { name: '연락할 때가 된 통화만' }));
    await screen.findByRole('button', { name: /둘째 통화 열기/ });
    expect(screen.queryByRole('button', { name: /첫째/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: '연락할 때가 된 통화만' }));
    await waitFor(() => {
      const names = screen.getAllByRole('button', { name: /통화 열기/ }).map((b) => b.getAttribute('aria-label'));
      expect(names).toHaveLength(2);
      expect(names[0]).toContain('둘째');
    });
  });

  it('marks a from date after the to date and does not search with it', async () => {
    const { user } = await renderScreen(<CallsScreen />);
    const from = await screen.findByLabelText('시작일');
    await user.type(from, '2026-05-02');
    await user.type(screen.getByLabelText('종료일'), '2026-05-01');
    expect(screen.getByText('시작일이 종료일보다 늦을 수 없습니다.')).toBeTruthy();
    expect(from.getAttribute('aria-invalid')).toBe('true');
  });

  it('opens a call with the keyboard and keeps an edited outcome, note and follow-up', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />);
    const saved = await saveCall(frontDesk, { caller: { name: '이하늘', phone: '010-5555-1234' }, followUp: '2030-01-02' });
    await searchFor(user, '1234');
    const open = await screen.findByRole('button', { name: /이하늘 통화 열기/ });
    open.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: /이하늘 님 통화/ });
    const outcome = await within(dialog).findByRole('combobox', { name: '결과' });
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    await user.selectOptions(outcome, 'booked');
    await user.type(within(dialog).getByRole('textbox', { name: '메모' }), '토요일 오후 예약');
    await user.click(within(dialog).getByRole('button', { name: '연락 예정일 지우기' }));
    await user.click(within(dialog).getByRole('button', { name: '변경 내용 저장' }));
    expect(await within(dialog).findByText('변경 내용을 저장했습니다.')).toBeTruthy();

    const stored = await frontDesk.handle('calls.get', { id: saved.id });
    expect(stored.ok && [stored.value.outcome, stored.value.note, stored.value.followUp]).toEqual(['booked', '토요일 오후 예약', null]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(textOf(open.closest('tr')!)).toContain('예약 완료');
    await waitFor(() => expect(document.activeElement).toBe(open));
  });

  it('shows a saved quote as it was, after the price and the name have changed', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />);
    const saved = await saveCall(frontDesk, { caller: { name: '최가을' } });
    const before = saved.total;
    const aroma = (await catalogOf(frontDesk)).services.find((s) => s.id === 'aroma')!;
    const changed = await frontDesk.handle('catalog.saveEntry', {
      list: 'services',
      originalId: 'aroma',
      entry: { ...aroma, name: { ko: '새 아로마', en: 'New aroma' }, rates: aroma.rates.map((r) => ({ ...r, price: r.price * 2 })) },
    });
    expect(changed.ok).toBe(true);

    await searchFor(user, '최가을');
    await user.click(await screen.findByRole('button', { name: /최가을 통화 열기/ }));
    const dialog = await screen.findByRole('dialog');
    const total = await within(dialog).findByRole('status', { name: '합계' });
    expect(textOf(total)).toBe(formatMoney(before, 'KRW', 'ko'));
    expect(within(dialog).getByRole('cell', { name: '아로마 마사지 90분' })).toBeTruthy();
    expect(within(dialog).queryByText(/새 아로마/)).toBeNull();
    expect(within(dialog).getByText('수원')).toBeTruthy();
  });

  it('shows a saved enrollment quote with its schedule', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />, { lang: 'en' });
    await saveCall(frontDesk, {
      kind: 'enrollment',
      caller: { name: 'Dana' },
      request: { programId: 'swedish-aroma', paymentPlanId: 'monthly-3', startDate: '2027-03-02' },
    } as Partial<CallSaveInput> & Pick<CallSaveInput, 'caller'>);
    await searchFor(user, 'Dana');
    await user.click(await screen.findByRole('button', { name: /from Dana/ }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Swedish and aromatherapy massage course')).toBeTruthy();
    expect(within(dialog).getByText('3 monthly payments')).toBeTruthy();
    const schedule = within(dialog).getByRole('table', { name: 'Installment schedule' });
    expect(within(schedule).getAllByRole('row')).toHaveLength(4); // header + 3 payments
    expect(within(dialog).getByRole('row', { name: /^Installment fee/ })).toBeTruthy();
  });

  it('exports the filtered list as a CSV file with its BOM', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />);
    await saveCall(frontDesk, { caller: { name: '정다은', phone: '010-3333-2222' } });
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:calls';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    try {
      await searchFor(user, '정다은');
      await screen.findByRole('button', { name: /정다은 통화 열기/ });
      await user.click(screen.getByRole('button', { name: 'CSV로 내보내기' }));
      expect(await screen.findByText(/파일로 저장했습니다/)).toBeTruthy();
      expect(blobs).toHaveLength(1);
      expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).toContain('정다은');
    } finally {
      create.mockRestore();
      revoke.mockRestore();
    }
  });
  it('shows the latest filter even when an earlier search answers after it', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />);
    await saveCall(frontDesk, { caller: { name: '김예약' }, outcome: 'booked' });
    await saveCall(frontDesk, { caller: { name: '김거절' }, outcome: 'declined' });
    await searchFor(user, '김');
    const outcome = await screen.findByRole('combobox', { name: '결과' });
    await screen.findByRole('button', { name: /김예약 통화 열기/ });
    // The search for "booked" answers only when told to: after the one for "declined".
    const api = inProcessApi(frontDesk);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    useApiImplementation({
      ...api,
      'calls.search': async (input) => {
        if (input.outcome === 'booked') await held;
        return api['calls.search'](input);
      },
    });
    await user.selectOptions(outcome, 'booked');
    await user.selectOptions(outcome, 'declined');
    await screen.findByRole('button', { name: /김거절 통화 열기/ });
    await waitFor(() => expect(screen.queryByRole('button', { name: /김예약/ })).toBeNull());
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: /김예약/ })).toBeNull();
    expect(screen.getByRole('button', { name: /김거절 통화 열기/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'CSV로 내보내기' })).toBeTruthy();
  });

  it('drops an edited call from a list filtered by outcome when it no longer matches', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />);
    await saveCall(frontDesk, { caller: { name: '고민고객' } });
    await saveCall(frontDesk, { caller: { name: '다른고객' } });
    await user.selectOptions(await screen.findByRole('combobox', { name: '결과' }), 'thinking');
    await user.click(await screen.findByRole('button', { name: /고민고객 통화 열기/ }));
    const dialog = await screen.findByRole('dialog', { name: /고민고객 님 통화/ });
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: '결과' }), 'booked');
    await user.click(within(dialog).getByRole('button', { name: '변경 내용 저장' }));
    expect(await within(dialog).findByText('변경 내용을 저장했습니다.')).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('button', { name: /고민고객/ })).toBeNull());
    expect(screen.getByRole('button', { name: /다른고객 통화 열기/ })).toBeTruthy();
  });

  it('keeps Alt+S from taking the focus out of an open call', async () => {
    const { user, frontDesk } = await renderScreen(<CallsScreen />);
    await saveCall(frontDesk, { caller: { name: '포커스' } });
    await searchFor(user, '포커스');
    await user.click(await screen.findByRole('button', { name: /포커스 통화 열기/ }));
    const dialog = await screen.findByRole('dialog', { name: /포커스 님 통화/ });
    const note = await within(dialog).findByRole('textbox', { name: '메모' });
    note.focus();
    await user.keyboard('{Alt>}s{/Alt}');
    expect(document.activeElement).toBe(note);
    await user.keyboard('{Escape}');
    await user.keyboard('{Alt>}s{/Alt}');
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: '통화 검색' }));
  });
});

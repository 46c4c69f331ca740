// Clients & calls against the real core: a call for a new number adds a client found by
// initials; the client page edits details (a bad number refused by its field), lists the
// calls and merges a duplicate after showing what will happen.
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import type { FrontDesk } from '../../../electron/app/front-desk';
import { useApiImplementation, useChangeEvents } from '../../../renderer/src/api/client';
import { fail } from '../../../shared/api/result';
import { inProcessApi, renderScreen } from '../harness';

async function saveCall(frontDesk: FrontDesk, name: string, phone: string, serviceId = 'aroma') {
  const result = await frontDesk.handle('calls.save', {
    kind: 'session',
    quoteLang: 'ko',
    outcome: 'thinking',
    caller: { name, phone },
    request: { items: [{ serviceId, minutes: 90 }] },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

afterEach(() => useChangeEvents({ onChanged: () => () => undefined }));

/** Saves `count` calls of one caller (the one at index `swedish` a Swedish massage, the rest
 *  aroma), opens their page from F4 by the phone's last four digits, and returns its calls. */
async function openWithCalls(
  user: UserEvent,
  frontDesk: FrontDesk,
  caller: { name: string; phone: string; count: number; swedish?: number },
): Promise<HTMLElement> {
  for (let i = 0; i < caller.count; i++) {
    await saveCall(frontDesk, caller.name, caller.phone, i === caller.swedish ? 'swedish' : 'aroma');
  }
  await user.keyboard('{F4}');
  await user.type(await screen.findByRole('searchbox', { name: '고객 검색' }), caller.phone.slice(-4));
  await user.click(await screen.findByRole('button', { name: `${caller.name} ${caller.phone} 열기` }));
  return screen.findByRole('region', { name: '통화' });
}

/** The app on the real core, with its change events, where the first `clients.calls`
 *  request that `hold` picks is answered (as it was when asked) only on `held.release()`:
 *  requests that cross, made to happen. */
async function renderHoldingCalls(hold: (input: { id: number; limit?: number }) => boolean) {
  const held: { release?: () => void } = {};
  let taken = false;
  const rendered = await renderScreen(<App />, {
    before: async (core) => {
      const real = inProcessApi(core);
      useApiImplementation({
        ...real,
        'clients.calls': (input) => {
          const answer = real['clients.calls'](input);
          if (taken || !hold(input)) return answer;
          taken = true;
          return answer.then((value) => new Promise((resolve) => (held.release = () => resolve(value))));
        },
      });
      useChangeEvents({ onChanged: (callback) => core.onChange(callback) });
    },
  });
  return { ...rendered, held };
}

/** Lets the held answer go, and returns once the page has done all it does with it (every
 *  promise step after it runs before the next task). */
async function releaseHeld(held: { release?: () => void }) {
  await act(async () => {
    held.release!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('Clients & calls (F4)', () => {
  it('keeps the rows "more" brought when a client is added at another desk', async () => {
    const { user, frontDesk } = await renderScreen(<App />, {
      before: async (core) => {
        for (let i = 0; i < 60; i++) await core.handle('clients.create', { name: `단골${String(i).padStart(2, '0')}`, lang: 'ko' });
        useChangeEvents({ onChanged: (callback) => core.onChange(callback) });
      },
    });
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F4}');
    const rows = () => document.querySelectorAll('button.open-client');
    await waitFor(() => expect(rows().length).toBe(50));
    await user.click(screen.getByRole('button', { name: '10명 더 보기' }));
    await waitFor(() => expect(rows().length).toBe(60));
    await frontDesk.handle('clients.create', { name: '새 손님', lang: 'ko' });
    await waitFor(() => expect(screen.getByRole('button', { name: '새 손님 열기' })).toBeTruthy());
    expect(rows().length).toBe(60);
  });

  it('finds a client by Korean initials from the keyboard and opens their page with their calls', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    await saveCall(frontDesk, '김민지', '010-1234-5678');
    await saveCall(frontDesk, '이민호', '010-9876-5432');
    await user.keyboard('{F4}');
    expect(await screen.findByRole('tab', { name: '고객', selected: true })).toBeTruthy();
    const box = await screen.findByRole('searchbox', { name: '고객 검색' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    await user.type(box, 'ㄱㅁㅈ');
    await screen.findByRole('button', { name: '김민지 010-1234-5678 열기' });
    await waitFor(() => expect(screen.queryByRole('button', { name: /이민호/ })).toBeNull());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '김민지 010-1234-5678 열기' }));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: '김민지' })).toBeTruthy();
    const calls = screen.getByRole('region', { name: '통화' });
    expect(within(calls).getAllByRole('button', { name: /통화 열기/ })).toHaveLength(1);
    // the sections the next features fill
    for (const title of ['접수 양식', '처방전과 방문']) expect(await screen.findByRole('region', { name: title })).toBeTruthy();
  });

  it('an empty list says how to add the first client; a search that finds no one says so', async () => {
    const { user } = await renderScreen(<App />);
    await user.keyboard('{F4}');
    const none = '고객 목록이 비어 있습니다. ‘고객 추가’를 눌러 새 고객을 등록하세요.';
    expect(await screen.findByText(none)).toBeTruthy();
    expect(screen.queryByText('검색과 일치하는 고객이 없습니다.')).toBeNull();
    const box = await screen.findByRole('searchbox', { name: '고객 검색' });
    await user.type(box, '홍길동');
    expect(await screen.findByText('검색과 일치하는 고객이 없습니다.')).toBeTruthy();
    await user.clear(box);
    expect(await screen.findByText(none)).toBeTruthy();
  });

  it('edits the details inline: a bad number is refused by its field, a good one is saved in E.164', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    const call = await saveCall(frontDesk, '박지훈', '010-2222-3333');
    await user.keyboard('{F4}');
    await user.type(await screen.findByRole('searchbox', { name: '고객 검색' }), '3333');
    await user.click(await screen.findByRole('button', { name: /박지훈/ }));
    const phone = await screen.findByRole('textbox', { name: '전화번호' });
    expect((phone as HTMLInputElement).value).toBe('010-2222-3333');
    await user.clear(phone);
    await user.type(phone, '010-1234-567890123');
    await user.click(screen.getByRole('button', { name: '변경 내용 저장' }));
    expect(await screen.findByText(/올바른 전화번호가 아닙니다/)).toBeTruthy();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    const stored = await frontDesk.handle('clients.get', { id: call.clientId! });
    expect(stored).toMatchObject({ ok: true, value: { phone: '+821022223333' } });

    await user.clear(phone);
    await user.type(phone, '010 4444 5555');
    await user.type(screen.getByRole('textbox', { name: '이메일' }), 'jh@example.com');
    await user.click(screen.getByRole('button', { name: '변경 내용 저장' }));
    expect(await screen.findByText('변경 내용을 저장했습니다.')).toBeTruthy();
    expect(await frontDesk.handle('clients.get', { id: call.clientId! })).toMatchObject({
      ok: true,
      value: { phone: '+821044445555', email: 'jh@example.com' },
    });
    expect((screen.getByRole('textbox', { name: '전화번호' }) as HTMLInputElement).value).toBe('010-4444-5555');
  });

  it('merges a duplicate: shows the result and what moves, then moves the calls', async () => {
    const { user, frontDesk } = await renderScreen(<App />, { lang: 'en' });
    const a = await saveCall(frontDesk, 'Jane Doe', '010-1111-2222');
    const b = await saveCall(frontDesk, 'Jane D.', '010-3333-4444');
    await saveCall(frontDesk, 'Jane D.', '010-3333-4444');
    await user.keyboard('{F4}');
    await user.type(await screen.findByRole('searchbox', { name: 'Search clients' }), '2222');
    await user.click(await screen.findByRole('button', { name: /Jane Doe/ }));
    await user.click(await screen.findByRole('button', { name: 'Merge with a duplicate…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('searchbox', { name: 'Find the duplicate' }), '4444');
    await user.click(await within(dialog).findByRole('button', { name: /Choose Jane D\./ }));
    expect(await within(dialog).findByText('2 calls')).toBeTruthy();
    expect(within(dialog).getByText('Jane Doe')).toBeTruthy();
    // nothing has happened yet
    expect(await frontDesk.handle('clients.calls', { id: b.clientId! })).toMatchObject({ ok: true, value: { total: 2 } });
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    expect(await screen.findByText('Records merged.')).toBeTruthy();
    expect(await frontDesk.handle('clients.calls', { id: a.clientId! })).toMatchObject({ ok: true, value: { total: 3 } });
    expect(await frontDesk.handle('clients.get', { id: b.clientId! })).toMatchObject({ ok: true, value: { mergedInto: a.clientId } });
  });

  it('the save-call form offers to add a new number as a client, and recognises a known one', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    await saveCall(frontDesk, '최서연', '010-5555-6666');
    const search = await screen.findByRole('combobox', { name: '서비스' });
    await user.click(search);
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    const phone = screen.getByRole('textbox', { name: '전화번호' });
    await user.type(phone, 'abcd');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/올바른 전화번호가 아닙니다/)).toBeTruthy();
    await user.clear(phone);
    await user.type(phone, '010-7777-8888');
    const add = await screen.findByRole('checkbox', { name: '새 고객으로 추가' });
    expect((add as HTMLInputElement).checked).toBe(true);
    await user.clear(phone);
    await user.type(phone, '01055556666');
    expect(await screen.findByText(/등록된 고객: 최서연, 한국어/)).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: '새 고객으로 추가' })).toBeNull();
  });

  it('a client page opens with the newest 20 calls; the older ones (up to 200) come on request, the keyboard going on from the first of them', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    const calls = await openWithCalls(user, frontDesk, { name: '박하늘', phone: '010-2222-3333', count: 203 });
    const rows = () => within(calls).getAllByRole('button', { name: /통화 열기/ });
    expect(rows()).toHaveLength(20);
    expect(within(calls).getByText('통화 203건 중 최근 20건 표시')).toBeTruthy();
    const older = within(calls).getByRole('button', { name: '이전 통화 180건 더 보기' });
    older.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rows()).toHaveLength(200));
    expect(document.activeElement).toBe(rows()[20]);
    expect(within(calls).queryByRole('button', { name: /이전 통화/ })).toBeNull();
    // The page holds 200 at most, and says so.
    expect(within(calls).getByText('통화 203건 중 최근 200건 표시')).toBeTruthy();
  });

  it('calls saved on another desk come in as many as the page holds; an answer overtaken by a newer one is dropped', async () => {
    // The first request for the older calls answers late: after a call saved meanwhile.
    const { user, frontDesk, held } = await renderHoldingCalls((input) => input.limit === 200);
    // The 185th call, the last of the newest 20 once one more is saved, is the one Swedish.
    const calls = await openWithCalls(user, frontDesk, { name: '박하늘', phone: '010-2222-3333', count: 203, swedish: 184 });
    const rows = () => within(calls).getAllByRole('button', { name: /통화 열기/ });
    await waitFor(() => expect(rows()).toHaveLength(20));

    // Before the older calls are asked for: the newest 20, the count up by one.
    await saveCall(frontDesk, '박하늘', '010-2222-3333');
    expect(await within(calls).findByText('통화 204건 중 최근 20건 표시')).toBeTruthy();
    expect(rows()).toHaveLength(20);
    const older = within(calls).getByRole('button', { name: '이전 통화 180건 더 보기' });
    const rowText = (index: number) => rows()[index]!.closest('tr')!.textContent;
    expect(rowText(19)).toMatch(/스웨디시/);
    expect(rowText(18)).not.toMatch(/스웨디시/);

    // The older calls asked for; a call comes in before their answer; the late answer is dropped.
    older.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(held.release).toBeDefined());
    await saveCall(frontDesk, '박하늘', '010-2222-3333');
    expect(await within(calls).findByText('통화 205건 중 최근 200건 표시')).toBeTruthy();
    await releaseHeld(held);
    expect(within(calls).getByText('통화 205건 중 최근 200건 표시')).toBeTruthy();
    expect(rows()).toHaveLength(200);
    // The focus is on the call after the last one shown before (one more call came in above).
    expect(rowText(20)).toMatch(/스웨디시/);
    expect(document.activeElement).toBe(rows()[21]);
  });

  it("drops an answer about the client the page showed before another opened in its place", async () => {
    let holdFor: number | null = null;
    const { user, frontDesk, held } = await renderHoldingCalls((input) => input.id === holdFor);
    const merged = await saveCall(frontDesk, '문가온', '010-7777-1111');
    const kept = await saveCall(frontDesk, '문가온', '010-7777-2222');
    await saveCall(frontDesk, '문가온', '010-7777-2222');
    const merge = await frontDesk.handle('clients.merge', { keepId: kept.clientId!, mergeId: merged.clientId! });
    expect(merge.ok).toBe(true);
    await user.keyboard('{F4}');
    await user.click(await screen.findByRole('checkbox', { name: '보관한 기록 포함' }));
    await user.type(screen.getByRole('searchbox', { name: '고객 검색' }), '1111');
    await user.click(await screen.findByRole('button', { name: /문가온 010-7777-1111 열기/ }));
    expect(await screen.findByText('아직 통화가 없습니다.')).toBeTruthy();

    // The merged record's calls asked for again (a call saved elsewhere), held; the kept one opened.
    holdFor = merged.clientId!;
    await saveCall(frontDesk, '다른 손님', '010-7777-3333');
    await waitFor(() => expect(held.release).toBeDefined());
    await user.click(screen.getByRole('button', { name: '합쳐진 기록 열기' }));
    const calls = await screen.findByRole('region', { name: '통화' });
    await waitFor(() => expect(within(calls).getAllByRole('button', { name: /통화 열기/ })).toHaveLength(3));
    await releaseHeld(held);
    expect(within(calls).getAllByRole('button', { name: /통화 열기/ })).toHaveLength(3);
    expect(screen.queryByText('아직 통화가 없습니다.')).toBeNull();
  });

  it('says so when the older calls cannot be fetched, keeps the newest ones and the button, and stops saying so once they come', async () => {
    let hubDown = true;
    const { user, frontDesk } = await renderScreen(<App />, {
      before: async (core) => {
        const real = inProcessApi(core);
        useApiImplementation({
          ...real,
          'clients.calls': (input) =>
            // As the desk's remote core answers a read the hub did not get (write: false).
            input.limit === 200 && hubDown
              ? Promise.resolve(fail('hub-unreachable', { reason: 'network', write: false }))
              : real['clients.calls'](input),
        });
        useChangeEvents({ onChanged: (callback) => core.onChange(callback) });
      },
    });
    const calls = await openWithCalls(user, frontDesk, { name: '윤다솜', phone: '010-6666-7777', count: 21 });
    await user.click(within(calls).getByRole('button', { name: '이전 통화 1건 더 보기' }));
    // Beside the button pressed, not at the top of the page.
    // A read: it could not be loaded; "nothing was saved" would be wrong here.
    expect((await within(calls).findByRole('alert')).textContent).toMatch(/허브에 연결할 수 없어 불러오지 못했습니다/);
    expect(within(calls).getAllByRole('button', { name: /통화 열기/ })).toHaveLength(20);
    expect(within(calls).getByRole('button', { name: '이전 통화 1건 더 보기' })).toBeTruthy();

    // The hub answers again; the next change brings the older calls, and the message goes.
    hubDown = false;
    await saveCall(frontDesk, '윤다솜', '010-6666-7777');
    await waitFor(() => expect(within(calls).getAllByRole('button', { name: /통화 열기/ })).toHaveLength(22));
    expect(within(calls).queryByRole('alert')).toBeNull();
  });

  it('leaves the focus where the receptionist went while the older calls were on the way', async () => {
    const { user, frontDesk, held } = await renderHoldingCalls((input) => input.limit === 200);
    const calls = await openWithCalls(user, frontDesk, { name: '한아름', phone: '010-8888-9999', count: 21 });
    await user.click(within(calls).getByRole('button', { name: '이전 통화 1건 더 보기' }));
    await waitFor(() => expect(held.release).toBeDefined());
    const name = screen.getByRole('textbox', { name: '이름' });
    await user.click(name);
    await releaseHeld(held);
    expect(within(calls).getAllByRole('button', { name: /통화 열기/ })).toHaveLength(21);
    expect(document.activeElement).toBe(name);
  });
});


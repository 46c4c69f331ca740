// The frame against the real core: what a screen was holding survives a switch to another
// screen and back; screen shortcuts do not act behind a dialog; one screen opens another
// with a filter; Alt+digit goes by the physical key.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { localIsoDate } from '../../../renderer/src/format';
import type { FrontDesk } from '../../../electron/app/front-desk';
import type { CallSaveInput } from '../../../shared/api/calls';
import { renderScreen } from '../harness';

async function saveCall(frontDesk: FrontDesk, input: Partial<CallSaveInput> & Pick<CallSaveInput, 'caller'>) {
  const result = await frontDesk.handle('calls.save', {
    kind: 'session',
    quoteLang: 'ko',
    outcome: 'thinking',
    request: { items: [{ serviceId: 'aroma', minutes: 90, persons: 2 }], sessions: 1 },
    ...input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const total = () => within(screen.getByRole('region', { name: '견적' })).getByRole('status', { name: '합계' });

describe('the frame', () => {
  it('keeps the quote in progress, the caller language and the caller details across F4 and F1', async () => {
    const { user } = await renderScreen(<App />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅇㄹㅁ{Enter}{ArrowDown}{Tab}2');
    await user.selectOptions(screen.getByRole('combobox', { name: '안내 언어' }), 'en');
    await user.type(screen.getByRole('textbox', { name: '고객 이름' }), '한지민');
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), '010-2222-3333');
    const before = total().textContent;
    expect(before).toMatch(/\d/);

    await user.keyboard('{F4}');
    await screen.findByRole('searchbox', { name: '고객 검색' });
    await user.keyboard('{F1}');

    const search = await screen.findByRole('combobox', { name: '서비스' });
    expect((search as HTMLInputElement).value).toBe('아로마 마사지');
    expect((screen.getByRole('radio', { name: /90분/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: '인원' }) as HTMLInputElement).value).toBe('2');
    expect(total().textContent).toBe(before);
    expect((screen.getByRole('combobox', { name: '안내 언어' }) as HTMLSelectElement).value).toBe('en');
    expect((screen.getByRole('textbox', { name: '고객 이름' }) as HTMLInputElement).value).toBe('한지민');
    expect((screen.getByRole('textbox', { name: '전화번호' }) as HTMLInputElement).value).toBe('010-2222-3333');

    // "New quote" starts over on purpose.
    await user.click(screen.getByRole('button', { name: '새 견적' }));
    expect((screen.getByRole('combobox', { name: '서비스' }) as HTMLInputElement).value).toBe('');
  });

  it('does not keep a visit time typed in part across F2 and F1: the empty field quotes again', async () => {
    const { user } = await renderScreen(<App />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅇㄹㅁ{Enter}');
    const at = screen.getByLabelText('방문 일시') as HTMLInputElement;
    Object.defineProperty(at, 'validity', { configurable: true, value: { badInput: true, valid: false } });
    fireEvent.input(at, { target: { value: '' } });
    await waitFor(() => expect(screen.queryByRole('status', { name: '합계' })).toBeNull());
    await user.keyboard('{F2}');
    await screen.findByRole('combobox', { name: '과정' });
    await user.keyboard('{F1}');
    await screen.findByRole('combobox', { name: '서비스' });
    expect((screen.getByLabelText('방문 일시') as HTMLInputElement).value).toBe('');
    expect(await screen.findByRole('status', { name: '합계' })).toBeTruthy();
  });

  it('keeps the school choices across F1 and F2', async () => {
    const { user } = await renderScreen(<App />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F2}');
    const box = await screen.findByRole('combobox', { name: '과정' });
    await user.type(box, 'ㅅㅍㅊ{Enter}');
    expect((box as HTMLInputElement).value).toBe('스포츠 마사지 과정');
    await user.keyboard('{F1}');
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F2}');
    expect(((await screen.findByRole('combobox', { name: '과정' })) as HTMLInputElement).value).toBe('스포츠 마사지 과정');
    expect(screen.getByRole('table', { name: '납부 방식 비교' })).toBeTruthy();
  });

  it('does not switch screens behind an open dialog (F1, Alt+1)', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    await saveCall(frontDesk, { caller: { name: '송하나' } });
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F4}');
    await user.click(await screen.findByRole('tab', { name: '통화' }));
    await user.click(await screen.findByRole('button', { name: /송하나 통화 열기/ }));
    const dialog = await screen.findByRole('dialog', { name: /송하나 님 통화/ });
    const note = await within(dialog).findByRole('textbox', { name: '메모' });
    await user.type(note, '다음 주에 다시');
    await user.keyboard('{F1}');
    await user.keyboard('{Alt>}1{/Alt}');
    expect(screen.getByRole('dialog', { name: /송하나 님 통화/ })).toBe(dialog);
    expect((note as HTMLTextAreaElement).value).toBe('다음 주에 다시');
    expect(screen.queryByRole('combobox', { name: '서비스' })).toBeNull();
    // Closed, the shortcuts work again.
    await user.keyboard('{Escape}');
    await user.keyboard('{F1}');
    expect(await screen.findByRole('combobox', { name: '서비스' })).toBeTruthy();
  });

  it("opens Calls & clients from the follow-ups due already filtered to them", async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    await saveCall(frontDesk, { caller: { name: '오늘연락' }, followUp: localIsoDate(new Date()) });
    await saveCall(frontDesk, { caller: { name: '연락없음' } });
    await screen.findByRole('combobox', { name: '서비스' });
    // The panel looks on opening (and after a save): saved behind its back, open it again.
    await user.keyboard('{F6}');
    await screen.findByRole('heading', { name: '설정' });
    await user.keyboard('{F1}');
    const panel = await screen.findByRole('complementary', { name: /오늘 다시 연락할 고객/ });
    await user.click(within(panel).getByRole('button', { name: /통화 및 고객 화면 열기/ }));
    expect(((await screen.findByRole('checkbox', { name: '연락할 때가 된 통화만' })) as HTMLInputElement).checked).toBe(true);
    await screen.findByRole('button', { name: /오늘연락 통화 열기/ });
    expect(screen.queryByRole('button', { name: /연락없음/ })).toBeNull();

    // From the frame the list opens unfiltered.
    await user.keyboard('{F1}');
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F4}');
    expect(((await screen.findByRole('checkbox', { name: '연락할 때가 된 통화만' })) as HTMLInputElement).checked).toBe(false);
    await screen.findByRole('button', { name: /연락없음 통화 열기/ });
  });

  it('switches screens with Alt+digit by the physical key (Option+1 on a Mac types ¡)', async () => {
    await renderScreen(<App />);
    const search = await screen.findByRole('combobox', { name: '서비스' });
    fireEvent.keyDown(search, { key: '™', code: 'Digit2', altKey: true });
    expect(await screen.findByRole('combobox', { name: '과정' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: '¡', code: 'Digit1', altKey: true });
    await waitFor(() => expect(screen.getByRole('combobox', { name: '서비스' })).toBeTruthy());
  });
});

// The phone quote against the real core: keyboard-only search and quote, the total equals
// the engine's, errors in words, the caller's language, saving a call; at the app start the
// service search shows first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { computeQuote } from '../../../shared/pricing';
import type { Catalog, QuoteRequest } from '../../../shared/pricing/types';
import { formatMoney } from '../../../shared/pricing/money';
import { inProcessApi, renderScreen } from '../harness';
import { useApiImplementation } from '../../../renderer/src/api/client';
import { localIsoDate } from '../../../renderer/src/format';
import { navigationEvents } from '../../../renderer/src/navigation';
import { holdUntilFirstPaint, releaseAfterFirstPaint } from '../../../renderer/src/first-paint';
import type { FrontDesk } from '../../../electron/app/front-desk';

async function catalogOf(frontDesk: FrontDesk): Promise<Catalog> {
  const result = await frontDesk.handle('catalog.get', {});
  if (!result.ok) throw new Error('no catalog');
  return result.value;
}

const total = () => within(screen.getByRole('region', { name: '견적' })).getByRole('status', { name: /합계|Total/ });


// The quote starts at "now": a run after 22:00 would add the late-night surcharge to every
// sentence. The clock is set to a weekday afternoon (only Date is faked: timers run as usual).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 14, 0));
});
afterEach(() => vi.useRealTimers());

describe('Phone quote', () => {
  it('finds 스웨디시 by its initial consonants and picks it with Enter', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    const search = await screen.findByRole('combobox', { name: '서비스' });
    expect(document.activeElement).toBe(search);
    await user.keyboard('ㅅㅇㄷㅅ');
    const options = within(screen.getByRole('listbox', { name: '서비스' })).getAllByRole('option');
    expect(options[0]!.textContent).toContain('스웨디시');
    expect(search.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{Enter}');
    expect((search as HTMLInputElement).value).toBe('스웨디시');
    // Focus moved on to the duration, which arrows change.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /60분/ }));
  });

  it('does not offer inactive services', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('뱀부');
    expect(screen.queryByRole('option', { name: /뱀부/ })).toBeNull();
    expect(screen.getByText(/맞는 서비스가 없습니다/)).toBeTruthy();
  });

  it('prices a keyboard-only quote exactly as computeQuote does', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    // "90-minute aroma for two, with hot stones, tonight"
    await user.keyboard('ㅇㄹㅁ{Enter}{ArrowDown}');
    expect((screen.getByRole('radio', { name: /90분/ }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{Tab}2{Tab} {Alt>}n{/Alt}');
    expect((screen.getByRole('textbox', { name: '인원' }) as HTMLInputElement).value).toBe('2');
    expect((screen.getByRole('checkbox', { name: /핫스톤/ }) as HTMLInputElement).checked).toBe(true);
    const at = (screen.getByLabelText('방문 일시') as HTMLInputElement).value;
    expect(at).toMatch(/T(21:00|2[1-3]:\d\d)$/);

    const request: QuoteRequest = {
      items: [{ serviceId: 'aroma', minutes: 90, persons: 2, addOnIds: ['hot-stone'] }],
      sessions: 1,
      at,
      discountIds: [],
    };
    const expected = computeQuote(await catalogOf(frontDesk), request);
    expect(total().textContent).toContain(formatMoney(expected.total, 'KRW', 'ko'));

    // Back to the search (Alt+S): typing replaces the picked name and picks again.
    await user.keyboard('{Alt>}s{/Alt}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: '서비스' }));
    await user.keyboard('ㅇㄹㅁ{Enter}');
    expect((screen.getByRole('combobox', { name: '서비스' }) as HTMLInputElement).value).toBe('아로마 마사지');
    expect((screen.getByRole('radio', { name: /90분/ }) as HTMLInputElement).checked).toBe(true);

    // Travel changes the total at once, and the line names the zone in Korean.
    await user.keyboard('{Alt>}z{/Alt}');
    const zone = screen.getByRole('combobox', { name: /출장/ });
    expect(document.activeElement).toBe(zone);
    await user.selectOptions(zone, 'suwon');
    const withTravel = computeQuote(await catalogOf(frontDesk), { ...request, travelZoneId: 'suwon' });
    expect(total().textContent).toContain(formatMoney(withTravel.total, 'KRW', 'ko'));
    expect(screen.getByRole('cell', { name: '수원 출장비' })).toBeTruthy();
  });

  it('says an unknown promo code next to the field and shows the total without it, marked', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    const at = (screen.getByLabelText('방문 일시') as HTMLInputElement).value;
    const promo = screen.getByRole('textbox', { name: '프로모션 코드' });
    await user.type(promo, 'NOPE');
    expect(promo.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('프로모션 코드 NOPE를 찾을 수 없습니다.');
    expect(screen.getByText(/코드 없이 계산한 금액/)).toBeTruthy();
    const catalog = await catalogOf(frontDesk);
    const base: QuoteRequest = { items: [{ serviceId: 'swedish', minutes: 60, persons: 1, addOnIds: [] }], sessions: 1, at, discountIds: [] };
    expect(total().textContent).toContain(formatMoney(computeQuote(catalog, base).total, 'KRW', 'ko'));

    // Saving is refused until the code is fixed, with the reason.
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/코드를 고치거나 지운 뒤 저장해 주세요/)).toBeTruthy();

    await user.clear(promo);
    await user.type(promo, 'spring5');
    expect(promo.getAttribute('aria-invalid')).toBeNull();
    const withCode = computeQuote(catalog, { ...base, promoCode: 'spring5' });
    expect(total().textContent).toContain(formatMoney(withCode.total, 'KRW', 'ko'));
  });

  it('marks a bad persons value and shows no total for it', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}{Tab}0');
    const persons = screen.getByRole('textbox', { name: '인원' });
    expect(persons.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('1부터 100 사이의 정수를 입력해 주세요.')).toBeTruthy();
    expect(screen.queryByRole('status', { name: '합계' })).toBeNull();
  });

  it("reads the quote out in the caller's language, apart from the UI language", async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅇㄹㅁ{Enter}{ArrowDown}{Tab}2');
    await user.selectOptions(screen.getByRole('combobox', { name: /출장/ }), 'suwon');
    const say = screen.getByRole('region', { name: '안내 멘트' });
    expect(within(say).getByText(/^아로마 마사지 90분 2인, 수원 출장비를 포함해 총 [\d,]+원입니다\. 부가세 포함 금액입니다\./)).toBeTruthy();

    await user.selectOptions(within(say).getByRole('combobox', { name: '안내 언어' }), 'en');
    expect(
      await within(say).findByText(
        /^For 90 minutes of aromatherapy massage for 2 people, the total is ₩[\d,]+, including travel to Suwon\. Tax is included\./,
      ),
    ).toBeTruthy();
    // The screen itself stays Korean.
    expect(screen.getByRole('cell', { name: '수원 출장비' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '전화 견적' })).toBeTruthy();
  });

  it('copies the sentence and the breakdown for a text message', async () => {
    const { user } = await renderScreen(<QuoteScreen />, { lang: 'en' });
    await screen.findByRole('combobox', { name: 'Service' });
    await user.keyboard('swed{Enter}{Alt>}c{/Alt}');
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^For 60 minutes of Swedish massage for 1 person, the total is ₩[\d,]+\. Tax is included\./);
    expect(copied).toContain('Swedish massage, 60 min: ₩');
    expect(copied).toMatch(/Total: ₩[\d,]+/);
  });

  it('saves the call with Ctrl+Enter and shows the earlier calls of the number', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    await user.type(screen.getByRole('textbox', { name: '고객 이름' }), '김민지');
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), '010-1234-5678');
    await user.selectOptions(screen.getByRole('combobox', { name: '결과' }), 'booked');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/통화를 저장했습니다/)).toBeTruthy();

    const found = await frontDesk.handle('calls.search', { text: '5678' });
    expect(found.ok && found.value.rows.map((r) => [r.callerName, r.outcome])).toEqual([['김민지', 'booked']]);

    // The same number again, typed differently: the earlier call shows up.
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), '01012345678');
    const earlier = await screen.findByRole('region', { name: '이 번호의 이전 통화 1건' });
    expect(earlier.textContent).toContain('스웨디시');
    expect(earlier.textContent).toContain('예약 완료');
  });

  it('lists follow-ups due today and opens Calls & clients from there', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    expect(screen.queryByRole('complementary', { name: /오늘 다시 연락할 고객/ })).toBeNull();
    await user.keyboard('ㅌㅇ{Enter}');
    await user.type(screen.getByRole('textbox', { name: '고객 이름' }), '윤서연');
    await user.type(screen.getByLabelText('연락 예정일'), localIsoDate(new Date()));
    await user.click(screen.getByRole('button', { name: '통화 저장' }));
    const panel = await screen.findByRole('complementary', { name: /오늘 다시 연락할 고객/ });
    expect(panel.textContent).toContain('윤서연');
    expect(panel.textContent).toContain('타이 마사지');
    const opened: string[] = [];
    const stop = navigationEvents.subscribe((id) => opened.push(id));
    await user.click(within(panel).getByRole('button', { name: /통화 및 고객 화면 열기/ }));
    stop();
    expect(opened).toEqual(['calls']);
  });

  it('does not save a follow-up date typed in part as "no follow-up"', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅌㅇ{Enter}');
    await user.type(screen.getByRole('textbox', { name: '고객 이름' }), '정하윤');
    // Month and day typed, no year: the browser reports the field as empty and badInput.
    const followUp = screen.getByLabelText('연락 예정일') as HTMLInputElement;
    Object.defineProperty(followUp, 'validity', { configurable: true, value: { badInput: true, valid: false } });
    fireEvent.input(followUp, { target: { value: '' } });
    fireEvent.change(followUp, { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: '통화 저장' }));
    expect(await screen.findByText('올바른 날짜를 입력하거나 비워 두세요.')).toBeTruthy();
    const found = await frontDesk.handle('calls.search', { text: '정하윤' });
    expect(found.ok && found.value.total).toBe(0);
  });

  it('does not quote a visit time typed in part as "no time" (surcharges left out)', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    expect(total().textContent).toMatch(/\d/);
    // The year deleted: the browser reports the field as empty and badInput.
    const at = screen.getByLabelText('방문 일시') as HTMLInputElement;
    Object.defineProperty(at, 'validity', { configurable: true, value: { badInput: true, valid: false } });
    fireEvent.input(at, { target: { value: '' } });
    expect(await screen.findByText('날짜와 시각을 모두 입력해 주세요. 할증 없이 견적하려면 비워 두세요.')).toBeTruthy();
    expect(screen.queryByRole('status', { name: '합계' })).toBeNull();
    expect(at.getAttribute('aria-invalid')).toBe('true');
    // "Now" fills the whole field: the quote is back.
    await user.click(screen.getByRole('button', { name: '지금' }));
    expect(await screen.findByRole('status', { name: '합계' })).toBeTruthy();
    expect(screen.queryByText('날짜와 시각을 모두 입력해 주세요. 할증 없이 견적하려면 비워 두세요.')).toBeNull();
    // Cleared on purpose (every part empty, no badInput): quoted without a time.
    Object.defineProperty(at, 'validity', { configurable: true, value: { badInput: false, valid: true } });
    fireEvent.input(at, { target: { value: '' } });
    fireEvent.change(at, { target: { value: '' } });
    expect(await screen.findByRole('status', { name: '합계' })).toBeTruthy();
  });

  it('quotes two services in one call and drops the second again', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}{Alt>}a{/Alt}');
    const boxes = screen.getAllByRole('combobox', { name: '서비스' });
    expect(boxes).toHaveLength(2);
    expect(document.activeElement).toBe(boxes[1]);
    await user.keyboard('foot{Enter}');
    const at = (screen.getByLabelText('방문 일시') as HTMLInputElement).value;
    const expected = computeQuote(await catalogOf(frontDesk), {
      items: [
        { serviceId: 'swedish', minutes: 60, persons: 1, addOnIds: [] },
        { serviceId: 'foot', minutes: 30, persons: 1, addOnIds: [] },
      ],
      sessions: 1,
      at,
      discountIds: [],
    });
    expect(total().textContent).toContain(formatMoney(expected.total, 'KRW', 'ko'));
    expect(within(screen.getByRole('region', { name: '안내 멘트' })).getByText(/스웨디시 60분 1인과 발 마사지 30분 1인/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '서비스 2 빼기' }));
    expect(screen.getAllByRole('combobox', { name: '서비스' })).toHaveLength(1);
  });

  it('sets the visit time with the tonight and tomorrow shortcuts', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    const at = screen.getByLabelText('방문 일시') as HTMLInputElement;
    await user.keyboard('{Alt>}n{/Alt}');
    const tonight = at.value;
    expect(tonight.slice(0, 10)).toBe(localIsoDate(new Date()));
    await user.keyboard('{Alt>}m{/Alt}');
    const next = new Date();
    next.setDate(next.getDate() + 1);
    expect(at.value).toBe(`${localIsoDate(next)}T${tonight.slice(11)}`);
  });
  it('does not save the same quote twice as a nameless call', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    await user.type(screen.getByRole('textbox', { name: '고객 이름' }), '이도윤');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/통화를 저장했습니다/)).toBeTruthy();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect((await screen.findByRole('alert')).textContent).toContain('이 견적은 방금 저장했습니다');
    const count = async () => {
      const found = await frontDesk.handle('calls.search', {});
      return found.ok ? found.value.total : -1;
    };
    expect(await count()).toBe(1);

    // Another caller for the same quote: with their name it saves.
    await user.type(screen.getByRole('textbox', { name: '고객 이름' }), '최유나');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await count()).toBe(2));
    // A changed quote saves too; with neither name nor phone, only when asked twice.
    await user.keyboard('{Alt>}a{/Alt}foot{Enter}{Control>}{Enter}{/Control}');
    expect((await screen.findByRole('alert')).textContent).toContain('이름도 전화번호도 없어');
    expect(await count()).toBe(2);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await count()).toBe(3));
  });

  it("does not show an earlier number's lookup failure for the number typed now", async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    const api = inProcessApi(frontDesk);
    useApiImplementation({
      ...api,
      'calls.byPhone': async (input) =>
        input.phone.endsWith('9999') ? { ok: false, error: { code: 'unavailable' } } : api['calls.byPhone'](input),
    });
    await screen.findByRole('combobox', { name: '서비스' });
    const phone = screen.getByRole('textbox', { name: '전화번호' });
    await user.type(phone, '010-9999');
    expect(await screen.findByRole('alert')).toBeTruthy();
    await user.type(phone, '1');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('surcharge times next to the visit time', () => {
  it('says when the late-night surcharge starts for "tonight (9 PM)", and that it applies at 22:30', async () => {
    await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    const at = screen.getByLabelText('방문 일시') as HTMLInputElement;
    fireEvent.change(at, { target: { value: '2026-12-01T21:00' } }); // a Tuesday
    const hints = () => screen.getByRole('list', { name: '할증 시간' }).textContent;
    expect(hints()).toBe('심야 할증 22:00부터 06:00까지');
    fireEvent.change(at, { target: { value: '2026-12-01T22:30' } });
    expect(hints()).toBe('심야 할증 적용');
    fireEvent.change(at, { target: { value: '2026-12-26T23:00' } }); // Saturday, late
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expect.arrayContaining(['심야 할증 적용', '주말 할증 적용']),
    );
    fireEvent.change(at, { target: { value: '2026-12-01T14:00' } }); // nothing near
    expect(screen.queryByRole('list', { name: '할증 시간' })).toBeNull();
  });
});

describe('at the app start', () => {
  afterEach(() => releaseAfterFirstPaint());

  it('shows the service search first, focused, and the rest of the screen once released', async () => {
    holdUntilFirstPaint();
    const { user } = await renderScreen(<QuoteScreen />);
    const search = await screen.findByRole('combobox', { name: '서비스' });
    expect(document.activeElement).toBe(search);
    expect(screen.queryByLabelText('방문 일시')).toBeNull();
    expect(screen.queryByRole('region', { name: '견적' })).toBeNull();

    await user.keyboard('ㅅㅇㄷㅅ'); // typed before the rest shows: kept, in the box
    act(() => releaseAfterFirstPaint());
    expect(screen.getByLabelText('방문 일시')).toBeTruthy();
    expect(screen.getByRole('region', { name: '견적' })).toBeTruthy();
    expect(document.activeElement).toBe(search);
    expect((search as HTMLInputElement).value).toBe('ㅅㅇㄷㅅ');
  });

  it('renders the rest at once for a shortcut pressed before it shows: Alt+Z reaches the travel zone', async () => {
    holdUntilFirstPaint();
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    expect(screen.queryByRole('combobox', { name: /출장/ })).toBeNull();
    await user.keyboard('{Alt>}z{/Alt}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /출장/ }));
    expect(screen.getByRole('region', { name: '견적' })).toBeTruthy();
  });

  it('renders a screen whole when nothing was held (a screen opened later)', async () => {
    await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    expect(screen.getByLabelText('방문 일시')).toBeTruthy();
  });
});

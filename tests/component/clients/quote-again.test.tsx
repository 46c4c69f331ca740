// "Quote again" from a client's call opens the quote screen with the saved services, for the
// same caller, in the caller's language; a recognised number makes the language follow.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { renderScreen } from '../harness';

describe('quote again', () => {
  it('opens the saved services on the quote screen for the same caller', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    const saved = await frontDesk.handle('calls.save', {
      kind: 'session',
      quoteLang: 'en',
      outcome: 'thinking',
      caller: { name: 'Grace Kim', phone: '010-8888-9999' },
      request: { items: [{ serviceId: 'aroma', minutes: 90, persons: 2 }], sessions: 3, travelZoneId: 'suwon' },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F4}');
    await user.type(await screen.findByRole('searchbox', { name: '고객 검색' }), 'Grace');
    await user.click(await screen.findByRole('button', { name: /Grace Kim/ }));
    const calls = await screen.findByRole('region', { name: '통화' });
    await user.click(within(calls).getByRole('button', { name: /통화 열기/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '다시 견적' }));

    const service = await screen.findByRole('combobox', { name: '서비스' });
    expect((service as HTMLInputElement).value).toBe('아로마 마사지');
    expect((screen.getByRole('radio', { name: /90분/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: '인원' }) as HTMLInputElement).value).toBe('2');
    expect((screen.getByRole('combobox', { name: '안내 언어' }) as HTMLSelectElement).value).toBe('en');
    expect((screen.getByRole('textbox', { name: '고객 이름' }) as HTMLInputElement).value).toBe('Grace Kim');
    expect((screen.getByRole('textbox', { name: '전화번호' }) as HTMLInputElement).value).toBe('010-8888-9999');
    expect(await screen.findByText(/등록된 고객: Grace Kim, 영어/)).toBeTruthy();
  });

  it('leaves out an add-on, travel zone or discount gone from the price list, and shows a promo code kept from the call so it can be cleared', async () => {
    const { user } = await renderScreen(<App />, {
      before: async (core) => {
        const saved = await core.handle('calls.save', {
          kind: 'session',
          quoteLang: 'ko',
          outcome: 'thinking',
          caller: { name: '한지민', phone: '010-3333-4444' },
          request: { items: [{ serviceId: 'aroma', minutes: 90, addOnIds: ['scalp-care'] }], travelZoneId: 'incheon', discountIds: ['first-visit'], promoCode: 'SPRING5' },
        });
        if (!saved.ok) throw new Error(JSON.stringify(saved.error));
        // Since then, both discounts (no promo code is left on the price list), the add-on and
        // the travel zone were taken off the price list.
        const gone = [['discounts', 'first-visit'], ['discounts', 'spring'], ['addOns', 'scalp-care'], ['travelZones', 'incheon']] as const;
        for (const [list, id] of gone) {
          if (!(await core.handle('catalog.removeEntry', { list, id })).ok) throw new Error(id);
        }
      },
    });
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F4}');
    await user.type(await screen.findByRole('searchbox', { name: '고객 검색' }), '한지민');
    await user.click(await screen.findByRole('button', { name: /한지민/ }));
    const calls = await screen.findByRole('region', { name: '통화' });
    await user.click(within(calls).getByRole('button', { name: /통화 열기/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '다시 견적' }));

    const promo = (await screen.findByRole('textbox', { name: '프로모션 코드' })) as HTMLInputElement;
    expect(promo.value).toBe('SPRING5');
    await user.clear(promo);
    // The quote stands: no refusal left, the total is there.
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '프로모션 코드' })).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('region', { name: '견적' })).getByRole('status', { name: '합계' }).textContent).toMatch(/원/);
  });

  it('the caller language follows a recognised client on the school screen too', async () => {
    const { user, frontDesk } = await renderScreen(<App />);
    const created = await frontDesk.handle('clients.create', { name: 'Sam Lee', phone: '010-2468-1357', lang: 'en' });
    if (!created.ok) throw new Error('not created');
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('{F2}');
    await screen.findByRole('combobox', { name: '과정' });
    // Re-read the control each time: the English texts load when the language changes, and
    // the card may be drawn anew meanwhile.
    const language = () => (screen.getByRole('combobox', { name: '안내 언어' }) as HTMLSelectElement).value;
    expect(language()).toBe('ko');
    await user.type(screen.getByRole('textbox', { name: '전화번호' }), '01024681357');
    expect(await screen.findByText(/등록된 고객: Sam Lee, 영어/)).toBeTruthy();
    await waitFor(() => expect(language()).toBe('en'));
  });
});

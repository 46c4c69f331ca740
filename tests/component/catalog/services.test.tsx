// The price list manager's services: listed in the UI language, added with rates, checked
// inline before anything is sent, edited, deactivated and reordered — on the real core.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import CatalogScreen from '../../../renderer/src/screens/catalog/CatalogScreen';
import { renderScreen } from '../harness';
import { rowNames, statusText, storedCatalog } from './helpers';

describe('price list: services', () => {
  it('lists the seeded services in Korean, in order, with prices in won', async () => {
    await renderScreen(<CatalogScreen />, { lang: 'ko' });
    const table = await screen.findByRole('table', { name: '서비스' });
    expect(rowNames(table).slice(0, 3)).toEqual(['스웨디시', '아로마 마사지', '타이 마사지']);
    expect(table.textContent).toContain('60분 80,000원');
    expect(table.textContent).not.toMatch(/Swedish|massage|Relaxation/);
    expect(table.textContent).toContain('릴랙스'); // a bilingual category, its Korean side
    expect(screen.getByRole('tab', { name: '서비스', selected: true })).toBeTruthy();
  });

  it('lists them in English on an English screen', async () => {
    await renderScreen(<CatalogScreen />, { lang: 'en' });
    const table = await screen.findByRole('table', { name: 'Services' });
    expect(rowNames(table)[0]).toBe('Swedish massage');
    expect(table.textContent).toContain('60 min ₩80,000');
    expect(table.textContent).toContain('Relaxation');
    expect(table.textContent).not.toMatch(/[가-힣]/);
  });

  it('adds a service with two rates, its id made from the English name', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    await user.click(await screen.findByRole('button', { name: '서비스 추가' }));
    const dialog = screen.getByRole('dialog', { name: '새 서비스' });
    // The Korean name field has the focus when the form opens.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('이름 (한국어)'));
    await user.keyboard('핫스톤 테라피');
    await user.type(within(dialog).getByLabelText('이름 (영어)'), 'Hot stone therapy');
    await user.type(within(dialog).getByLabelText('요금 1: 시간(분)'), '60');
    await user.type(within(dialog).getByLabelText('요금 1: 가격 (KRW)'), '90,000');
    await user.click(within(dialog).getByRole('button', { name: '요금 추가' }));
    await user.type(within(dialog).getByLabelText('요금 2: 시간(분)'), '90');
    await user.type(within(dialog).getByLabelText('요금 2: 가격 (KRW)'), '120000{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(statusText()).toContain('핫스톤 테라피');
    const saved = (await storedCatalog(frontDesk)).services.at(-1);
    expect(saved).toEqual({
      id: 'hot-stone-therapy',
      name: { ko: '핫스톤 테라피', en: 'Hot stone therapy' },
      active: true,
      rates: [
        { minutes: 60, price: 90000 },
        { minutes: 90, price: 120000 },
      ],
    });
    expect(rowNames(screen.getByRole('table', { name: '서비스' })).at(-1)).toBe('핫스톤 테라피');
  });

  it('shows a negative price and a duplicated rate next to their fields and saves nothing', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    const before = await storedCatalog(frontDesk);
    await user.click(await screen.findByRole('button', { name: '서비스 추가' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('이름 (한국어)'), '테스트');
    await user.type(within(dialog).getByLabelText('이름 (영어)'), 'Test');
    await user.type(within(dialog).getByLabelText('요금 1: 시간(분)'), '60');
    await user.type(within(dialog).getByLabelText('요금 1: 가격 (KRW)'), '-5000');
    await user.click(within(dialog).getByRole('button', { name: '요금 추가' }));
    await user.type(within(dialog).getByLabelText('요금 2: 시간(분)'), '60');
    await user.type(within(dialog).getByLabelText('요금 2: 가격 (KRW)'), '70000');
    await user.click(within(dialog).getByRole('button', { name: '저장' }));

    const price = within(dialog).getByLabelText('요금 1: 가격 (KRW)');
    expect(price.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(price.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe(
      '금액은 0보다 작을 수 없습니다.',
    );
    const minutes = within(dialog).getByLabelText('요금 2: 시간(분)');
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('60분 요금이 이미 있습니다.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(price));
    expect(await storedCatalog(frontDesk)).toEqual(before);

    // Escape closes the form without saving.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await storedCatalog(frontDesk)).toEqual(before);
  });

  it('requires both names', async () => {
    const { user } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Add a service' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name in English'), 'Only English');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByLabelText('Name in Korean').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Enter the Korean name.')).toBeTruthy();
  });

  it('edits a rate and the change is stored', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    await user.click(await screen.findByRole('button', { name: '스웨디시 수정' }));
    const dialog = screen.getByRole('dialog', { name: '서비스 수정: 스웨디시' });
    const price = within(dialog).getByLabelText('요금 1: 가격 (KRW)') as HTMLInputElement;
    expect(price.value).toBe('80000');
    await user.clear(price);
    await user.type(price, '85000{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const swedish = (await storedCatalog(frontDesk)).services.find((s) => s.id === 'swedish');
    expect(swedish?.rates[0]).toEqual({ minutes: 60, price: 85000 });
    expect(screen.getByRole('table', { name: '서비스' }).textContent).toContain('60분 85,000원');
    // Focus is back on the row's edit button.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '스웨디시 수정' }));
  });

  it('deactivates and reactivates a service (it is never removed)', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    expect(screen.queryByRole('button', { name: '스웨디시 삭제' })).toBeNull();
    await user.click(await screen.findByRole('button', { name: '스웨디시 판매 중지' }));
    await screen.findByRole('button', { name: '스웨디시 판매 재개' });
    expect((await storedCatalog(frontDesk)).services.find((s) => s.id === 'swedish')?.active).toBe(false);
    expect(statusText()).toContain('판매를 중지했습니다');

    await user.click(screen.getByRole('button', { name: '스웨디시 판매 재개' }));
    await screen.findByRole('button', { name: '스웨디시 판매 중지' });
    expect((await storedCatalog(frontDesk)).services.find((s) => s.id === 'swedish')?.active).toBe(true);
  });

  it('moves an entry up with its button and down with Alt+ArrowDown, keeping the focus', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    const up = await screen.findByRole('button', { name: '타이 마사지 위로 이동' });
    await user.click(up);
    await waitFor(async () =>
      expect((await storedCatalog(frontDesk)).services.map((s) => s.id).slice(0, 3)).toEqual([
        'swedish',
        'thai',
        'aroma',
      ]),
    );
    expect(rowNames(screen.getByRole('table', { name: '서비스' })).slice(0, 3)).toEqual([
      '스웨디시',
      '타이 마사지',
      '아로마 마사지',
    ]);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: '타이 마사지 위로 이동' })),
    );

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () =>
      expect((await storedCatalog(frontDesk)).services.map((s) => s.id).slice(0, 3)).toEqual([
        'swedish',
        'aroma',
        'thai',
      ]),
    );
  });
});

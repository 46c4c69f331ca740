// The other lists of the price list: surcharges (percent OR amount, times), removal with a
// confirmation, server problems mapped to fields, and a catalog without a school.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import CatalogScreen from '../../../renderer/src/screens/catalog/CatalogScreen';
import { parseCatalog } from '../../../shared/pricing';
import seedFile from '../../../resources/seed-catalog.json';
import { renderScreen } from '../harness';
import { rowNames, statusText, storedCatalog } from './helpers';

describe('price list: other lists', () => {
  it('a surcharge is a percent or an amount, never both', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    await user.click(await screen.findByRole('tab', { name: '할증' }));
    await user.click(screen.getByRole('button', { name: '할증 추가' }));
    const dialog = screen.getByRole('dialog', { name: '새 할증' });
    await user.type(within(dialog).getByLabelText('이름 (한국어)'), '새벽 할증');
    await user.type(within(dialog).getByLabelText('이름 (영어)'), 'Early morning');
    await user.click(within(dialog).getByRole('radio', { name: '요일' }));
    await user.click(within(dialog).getByRole('checkbox', { name: '토' }));
    await user.click(within(dialog).getByRole('checkbox', { name: '일' }));
    await user.type(within(dialog).getByLabelText('비율'), '15');
    // Picking "amount" replaces the percent field: both can never be filled in.
    await user.click(within(dialog).getByRole('radio', { name: '정액' }));
    expect(within(dialog).queryByLabelText('비율')).toBeNull();
    await user.type(within(dialog).getByLabelText('금액 (KRW)'), '5000{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const saved = (await storedCatalog(frontDesk)).surcharges.find((s) => s.id === 'early-morning');
    expect(saved).toEqual({
      id: 'early-morning',
      name: { ko: '새벽 할증', en: 'Early morning' },
      when: { weekdays: [0, 6] },
      amount: 5000,
    });
    const table = screen.getByRole('table', { name: '할증' });
    expect(table.textContent).toContain('일, 토');
    expect(table.textContent).toContain('5,000원');
  });

  it('switching an existing percent surcharge to an amount drops the percent', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Surcharges' }));
    await user.click(screen.getByRole('button', { name: 'Edit Late-night' }));
    const dialog = screen.getByRole('dialog');
    expect((within(dialog).getByRole('radio', { name: 'Percent of the price' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('radio', { name: 'Fixed amount' }));
    await user.type(within(dialog).getByLabelText('Amount (KRW)'), '15000{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const night = (await storedCatalog(frontDesk)).surcharges.find((s) => s.id === 'night');
    expect(night?.amount).toBe(15000);
    expect(night && 'percent' in night).toBe(false);
  });

  it('edits the payment step of a plan, refuses 0, and clears it', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Payment plans' }));
    expect(within(screen.getByRole('row', { name: /3 monthly payments/ })).getByText('₩10,000')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Edit 3 monthly payments' }));
    let dialog = screen.getByRole('dialog');
    const step = within(dialog).getByLabelText('Round payments to (KRW)');
    expect((step as HTMLInputElement).value).toBe('10000');
    await user.clear(step);
    await user.type(step, '0{Enter}');
    expect(screen.getByRole('dialog')).toBeTruthy(); // refused by the field
    await user.clear(step);
    await user.type(step, '50000{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const plan = () => storedCatalog(frontDesk).then((c) => c.school!.paymentPlans.find((p) => p.id === 'monthly-3'));
    expect((await plan())?.installmentIncrement).toBe(50000);
    await user.click(screen.getByRole('button', { name: 'Edit 3 monthly payments' }));
    dialog = screen.getByRole('dialog');
    await user.clear(within(dialog).getByLabelText('Round payments to (KRW)'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await plan()).not.toHaveProperty('installmentIncrement');
  });

  it('checks HH:MM before sending', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    const before = await storedCatalog(frontDesk);
    await user.click(await screen.findByRole('tab', { name: 'Surcharges' }));
    await user.click(screen.getByRole('button', { name: 'Add a surcharge' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name in Korean'), '야간');
    await user.type(within(dialog).getByLabelText('Name in English'), 'Evening');
    await user.type(within(dialog).getByLabelText('From (HH:MM)'), '25:00');
    await user.type(within(dialog).getByLabelText('Until (HH:MM)'), '23:30');
    await user.type(within(dialog).getByLabelText('Percent'), '10{Enter}');
    const from = within(dialog).getByLabelText('From (HH:MM)');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Enter a time as HH:MM (24-hour), for example 22:00.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Until (HH:MM)').getAttribute('aria-invalid')).toBeNull();
    expect(await storedCatalog(frontDesk)).toEqual(before);
  });

  it('removes a travel zone after a confirmation that says saved quotes are kept', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    await user.click(await screen.findByRole('tab', { name: '출장 지역' }));
    await user.click(screen.getByRole('button', { name: '수원 삭제' }));
    const confirm = screen.getByRole('alertdialog', { name: '수원을 삭제할까요?' });
    expect(confirm.textContent).toContain('저장된 견적');
    // Destructive: the focus starts on Cancel, and Escape cancels.
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: '취소' }));
    await user.keyboard('{Escape}');
    expect((await storedCatalog(frontDesk)).travelZones.some((z) => z.id === 'suwon')).toBe(true);

    await user.click(screen.getByRole('button', { name: '수원 삭제' }));
    await user.click(screen.getByRole('button', { name: '삭제' }));
    await waitFor(() => expect(statusText()).toContain('수원을 삭제했습니다.'));
    expect((await storedCatalog(frontDesk)).travelZones.some((z) => z.id === 'suwon')).toBe(false);
    expect(rowNames(screen.getByRole('table', { name: '출장 지역' }))).not.toContain('수원');
  });

  it('refuses an id already used in the list, next to the ID field', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    const before = await storedCatalog(frontDesk);
    await user.click(await screen.findByRole('tab', { name: 'Travel zones' }));
    await user.click(screen.getByRole('button', { name: 'Add a travel zone' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name in Korean'), '수원 2');
    await user.type(within(dialog).getByLabelText('Name in English'), 'Suwon');
    // The suggested id is made unique; typing over it with a taken one is refused.
    const id = within(dialog).getByLabelText('ID') as HTMLInputElement;
    expect(id.value).toBe('suwon-2');
    await user.clear(id);
    await user.type(id, 'suwon');
    await user.type(within(dialog).getByLabelText('Travel fee (KRW)'), '30000{Enter}');
    expect(within(dialog).getByText('The ID “suwon” is already used in this list.')).toBeTruthy();
    expect(await storedCatalog(frontDesk)).toEqual(before);
  });

  it('a price list without a school says so, and the first program creates it', async () => {
    const withoutSchool = parseCatalog(seedFile);
    delete withoutSchool.school;
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'en', catalog: withoutSchool });
    await user.click(await screen.findByRole('tab', { name: 'School programs' }));
    expect(screen.getByText('The price list has no school yet. Adding the first program creates it.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add a program' }));
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByLabelText('Name in Korean'), '스웨디시 자격 과정');
    await user.type(within(dialog).getByLabelText('Name in English'), 'Swedish certificate');
    await user.type(within(dialog).getByLabelText('Hours'), '120');
    await user.type(within(dialog).getByLabelText('Length in months'), '3');
    await user.type(within(dialog).getByLabelText('Tuition (KRW)'), '900000{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const school = (await storedCatalog(frontDesk)).school;
    expect(school?.programs).toEqual([
      { id: 'swedish-certificate', name: { ko: '스웨디시 자격 과정', en: 'Swedish certificate' }, hours: 120, months: 3, tuition: 900000 },
    ]);
    expect(screen.queryByText('The price list has no school yet. Adding the first program creates it.')).toBeNull();
  });

  it('saves currency, tax and rounding', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Currency & tax' }));
    await user.selectOptions(screen.getByLabelText('Tax'), 'exclusive');
    const percent = screen.getByLabelText('Tax rate');
    await user.clear(percent);
    await user.type(percent, '8.5');
    const rounding = screen.getByLabelText('Round totals to (KRW)');
    await user.clear(rounding);
    await user.type(rounding, '-100{Enter}');
    expect(rounding.getAttribute('aria-invalid')).toBe('true');
    await user.clear(rounding);
    await user.type(rounding, '100{Enter}');
    await waitFor(() => expect(statusText()).toContain('Currency and tax settings saved.'));
    const stored = await storedCatalog(frontDesk);
    expect(stored.tax).toEqual({ mode: 'exclusive', percent: 8.5 });
    expect(stored.rounding).toEqual({ increment: 100 });
  });
});

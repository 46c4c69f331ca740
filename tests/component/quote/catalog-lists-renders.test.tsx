// The durations, add-ons, travel zones and discounts are lists built from the catalog (a
// choice per entry, each with its amount): a key in another field does not build them again
// (persons, sessions, promo code, another list), and a choice in the list does.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { renderScreen } from '../harness';

const renders = vi.hoisted(() => ({ durations: 0, addOns: 0, zones: 0, discounts: 0 }));

vi.mock('../../../renderer/src/screens/quote/DurationChoices', async (original) => {
  const real = await original<typeof import('../../../renderer/src/screens/quote/DurationChoices')>();
  const { counted } = await import('../render-count');
  return { DurationChoices: counted(real.DurationChoices, () => renders.durations++) };
});
vi.mock('../../../renderer/src/screens/quote/AddOnChoices', async (original) => {
  const real = await original<typeof import('../../../renderer/src/screens/quote/AddOnChoices')>();
  const { counted } = await import('../render-count');
  return { AddOnChoices: counted(real.AddOnChoices, () => renders.addOns++) };
});
vi.mock('../../../renderer/src/screens/quote/TravelZoneSelect', async (original) => {
  const real = await original<typeof import('../../../renderer/src/screens/quote/TravelZoneSelect')>();
  const { counted } = await import('../render-count');
  return { TravelZoneSelect: counted(real.TravelZoneSelect, () => renders.zones++) };
});
vi.mock('../../../renderer/src/screens/quote/DiscountChoices', async (original) => {
  const real = await original<typeof import('../../../renderer/src/screens/quote/DiscountChoices')>();
  const { counted } = await import('../render-count');
  return { DiscountChoices: counted(real.DiscountChoices, () => renders.discounts++) };
});

const total = () => within(screen.getByRole('region', { name: '견적' })).getByRole('status', { name: '합계' }).textContent;

async function changesTotal(act: () => Promise<void>) {
  const before = total();
  await act();
  await waitFor(() => expect(total()).not.toBe(before));
}

describe('the catalog\'s lists on the quote screen', () => {
  it('are not built again by keys in other fields, and are by a choice in them', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    await waitFor(() => expect(total()).toBeTruthy());
    const before = { ...renders };
    for (const count of Object.values(before)) expect(count).toBeGreaterThan(0);

    await user.click(screen.getByRole('textbox', { name: '인원' }));
    await changesTotal(() => user.keyboard('{ArrowUp}'));
    await user.click(screen.getByRole('textbox', { name: '횟수' }));
    await changesTotal(() => user.keyboard('{ArrowUp}'));
    await changesTotal(() => user.keyboard('{ArrowUp}'));
    await user.click(screen.getByRole('textbox', { name: '프로모션 코드' }));
    await changesTotal(() => user.keyboard('SPRING5'));
    expect(renders).toEqual(before);

    const chosen = { ...renders };
    const radios = within(screen.getByRole('radiogroup', { name: '시간' })).getAllByRole('radio');
    await changesTotal(() => user.click(radios.find((r) => !(r as HTMLInputElement).checked)!));
    expect(renders).toEqual({ ...chosen, durations: renders.durations });
    expect(renders.durations).toBeGreaterThan(chosen.durations);

    await changesTotal(() => user.click(within(screen.getByRole('group', { name: '추가 옵션' })).getAllByRole('checkbox')[0]!));
    expect(renders.addOns).toBeGreaterThan(chosen.addOns);
    const zones = screen.getByRole('combobox', { name: /출장/ });
    await changesTotal(() => user.selectOptions(zones, within(zones).getAllByRole('option', { name: /\+/ })[0]!));
    expect(renders.zones).toBeGreaterThan(chosen.zones);
    await user.click(within(screen.getByRole('group', { name: '할인' })).getAllByRole('checkbox')[0]!);
    expect(renders.discounts).toBeGreaterThan(chosen.discounts);
    expect(renders.durations).toBe(chosen.durations + 1);
  });

  it('keeps the add-ons in the catalog\'s order, whatever order they are ticked in', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    await waitFor(() => expect(total()).toBeTruthy());
    const addOns = within(screen.getByRole('group', { name: '추가 옵션' }));
    await changesTotal(() => user.click(addOns.getByRole('checkbox', { name: /두피 케어/ })));
    await changesTotal(() => user.click(addOns.getByRole('checkbox', { name: /핫스톤/ })));
    const rows = within(screen.getByRole('region', { name: '견적' })).getAllByRole('row').map((row) => row.textContent ?? '');
    const stones = rows.findIndex((text) => text.includes('핫스톤'));
    const scalp = rows.findIndex((text) => text.includes('두피 케어'));
    expect(stones).toBeGreaterThan(0);
    expect(scalp).toBeGreaterThan(stones);
  });
});

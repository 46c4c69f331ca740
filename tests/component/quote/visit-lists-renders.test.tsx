// The travel zones and the discounts are lists built from the catalog (an option or a box
// per entry, each with its amount): a key in the sessions or promo field does not build them
// again, and choosing a zone or a discount does.
import { describe, expect, it, vi } from 'vitest';
import { createElement, memo, type FunctionComponent } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { renderScreen } from '../harness';

const renders = vi.hoisted(() => ({ zones: 0, discounts: 0 }));

// The real component, its renders counted, memoised as the real one is (or not at all: a
// component that is not memoised renders with every key and the test fails).
function counted<P extends object>(real: unknown, count: () => void): FunctionComponent<P> {
  const memoType = (real as { $$typeof?: symbol; type?: FunctionComponent<P>; compare?: null }).type;
  const inner = (memoType ?? real) as FunctionComponent<P>;
  const countedInner: FunctionComponent<P> = (props) => {
    count();
    return createElement(inner, props);
  };
  return (memoType ? memo(countedInner) : countedInner) as FunctionComponent<P>;
}

vi.mock('../../../renderer/src/screens/quote/TravelZoneSelect', async (original) => {
  const real = await original<typeof import('../../../renderer/src/screens/quote/TravelZoneSelect')>();
  return { TravelZoneSelect: counted(real.TravelZoneSelect, () => renders.zones++) };
});
vi.mock('../../../renderer/src/screens/quote/DiscountChoices', async (original) => {
  const real = await original<typeof import('../../../renderer/src/screens/quote/DiscountChoices')>();
  return { DiscountChoices: counted(real.DiscountChoices, () => renders.discounts++) };
});

const total = () => within(screen.getByRole('region', { name: '견적' })).getByRole('status', { name: '합계' }).textContent;

async function changesTotal(act: () => Promise<void>) {
  const before = total();
  await act();
  await waitFor(() => expect(total()).not.toBe(before));
}

describe('travel zones and discounts on the quote screen', () => {
  it('are not built again by keys in the sessions and promo fields, and are when one is chosen', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    await waitFor(() => expect(total()).toBeTruthy());
    const before = { ...renders };
    expect(before.zones).toBeGreaterThan(0);
    expect(before.discounts).toBeGreaterThan(0);

    await user.click(screen.getByRole('textbox', { name: '횟수' }));
    await changesTotal(() => user.keyboard('{ArrowUp}'));
    await changesTotal(() => user.keyboard('{ArrowUp}'));
    await user.click(screen.getByRole('textbox', { name: '프로모션 코드' }));
    await changesTotal(() => user.keyboard('SPRING5'));
    expect(renders).toEqual(before);

    await changesTotal(() => user.selectOptions(screen.getByRole('combobox', { name: /출장/ }), screen.getAllByRole('option', { name: /\+/ })[0]!));
    expect(renders.zones).toBeGreaterThan(before.zones);
    await user.click(within(screen.getByRole('group', { name: '할인' })).getAllByRole('checkbox')[0]!);
    expect(renders.discounts).toBeGreaterThan(before.discounts);
  });
});

// The breakdown's rows keep their place in the DOM when a line is added above them: ticking
// an add-on inserts its row and leaves the rows below (travel here) as they were.
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { renderScreen } from '../harness';

const rows = () => within(screen.getByRole('table', { name: '견적 내역' })).getAllByRole('row').slice(1);

describe('the quote\'s breakdown', () => {
  it('inserts a new line\'s row without building the rows below it again', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    const zones = await screen.findByRole('combobox', { name: /출장/ });
    await user.selectOptions(zones, within(zones).getAllByRole('option', { name: /\+/ })[0]!);
    await waitFor(() => expect(rows().at(-1)!.className).toBe('line-travel'));
    const travel = rows().at(-1)!;
    const count = rows().length;

    await user.click(within(screen.getByRole('group', { name: '추가 옵션' })).getAllByRole('checkbox')[0]!);
    await waitFor(() => expect(rows()).toHaveLength(count + 1));
    expect(rows().some((row) => row.className === 'line-addOn')).toBe(true);
    expect(rows().at(-1)).toBe(travel);
  });
});

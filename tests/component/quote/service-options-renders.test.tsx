// The service search's list: a keystroke renders the options that changed, not every option
// in the list (up to 30, each with its name and durations), and the mouse still picks.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { renderScreen } from '../harness';

const renders = vi.hoisted(() => ({ options: 0 }));

vi.mock('../../../renderer/src/screens/quote/ServiceOption', async (original) => {
  const real = await original<typeof import('../../../renderer/src/screens/quote/ServiceOption')>();
  const { counted } = await import('../render-count');
  return { ServiceOption: counted(real.ServiceOption, () => renders.options++) };
});

const options = () => within(screen.getByRole('listbox', { name: '서비스' })).getAllByRole('option');

describe('the service search\'s list', () => {
  it('renders only the options that changed on each key', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅁ');
    const shown = options().length;
    expect(shown).toBeGreaterThan(4);
    expect(renders.options).toBe(shown);

    // The active option moves: the one it left and the one it reached render, no other.
    await user.keyboard('{ArrowDown}');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(renders.options).toBe(shown + 2);

    // A key that narrows the list: the services that stay are not rendered again, except the
    // two whose active state changed (the list starts again from its top).
    await user.keyboard('ㅅ');
    expect(options().length).toBeLessThan(shown);
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    expect(renders.options).toBe(shown + 4);
  });

  it('picks the option the mouse presses, as Enter would', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    const search = await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅁ');
    await user.click(screen.getByRole('option', { name: /발 마사지/ }));
    await waitFor(() => expect(search).toHaveProperty('value', '발 마사지'));
    // As after Enter, the durations come next.
    expect(document.activeElement).toHaveProperty('type', 'radio');
    expect(search.getAttribute('aria-expanded')).toBe('false');
    expect(within(screen.getByRole('radiogroup', { name: '시간' })).getAllByRole('radio')).toHaveLength(2);
  });
});

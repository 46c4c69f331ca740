// Keyboard use of the price list: sections as tabs (arrows, Home, End), Alt+N adds, and
// where a server problem's path lands in the form.
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import CatalogScreen from '../../../renderer/src/screens/catalog/CatalogScreen';
import { entryRelativePath } from '../../../renderer/src/screens/catalog/problems';
import { renderScreen } from '../harness';

describe('price list: keyboard', () => {
  it('moves between sections with the arrow keys, Home and End', async () => {
    const { user } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    const services = await screen.findByRole('tab', { name: 'Services' });
    expect(document.activeElement).toBe(services);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Add-ons', selected: true }));
    expect(screen.getByRole('tabpanel').textContent).toContain('Hot stones');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Insurance plans', selected: true })).toBe(document.activeElement);
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Currency & tax', selected: true })).toBe(document.activeElement);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Insurance plans', selected: true })).toBe(document.activeElement);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Payment plans', selected: true })).toBe(document.activeElement);
    // Tab goes into the open section.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a payment plan' }));
  });

  it('Alt+N opens the add form of the open section; Escape closes it', async () => {
    const { user } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    await user.click(await screen.findByRole('tab', { name: 'Discounts' }));
    await user.keyboard('{Alt>}n{/Alt}');
    expect(screen.getByRole('dialog', { name: 'New discount' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Discounts' }));
  });

  it('brings a server problem path back to the field of the entry', () => {
    expect(entryRelativePath('services[3].rates[1].minutes', 'services')).toBe('rates[1].minutes');
    expect(entryRelativePath('rates[1].minutes', 'services')).toBe('rates[1].minutes');
    expect(entryRelativePath('school.fees[0].programs[0]', 'fees')).toBe('programs[0]');
    expect(entryRelativePath('addOns[0].services[1]', 'services')).toBeNull();
    expect(entryRelativePath('', 'services')).toBe('');
  });
});

// The area picker by keyboard: Remove on a chosen area keeps the focus in the picker (the
// next area's Remove, then the one before, then the region select).
import { Suspense, useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../../shared/body/areas';
import { AreaPicker } from '../../../renderer/src/components/body-map';
import { i18n, initI18n } from '../../../renderer/src/i18n';

async function setup(initial: Area[]) {
  await initI18n('en');
  await i18n.loadNamespaces(['intake']);
  let latest = initial;
  function Host() {
    const [areas, setAreas] = useState<Area[]>(initial);
    latest = areas;
    return <AreaPicker value={areas} onChange={setAreas} label="Areas to avoid" idPrefix="avoid" />;
  }
  render(
    <Suspense fallback={null}>
      <Host />
    </Suspense>,
  );
  await screen.findByRole('group', { name: 'Areas to avoid' });
  return { user: userEvent.setup(), latest: () => latest };
}

describe('area picker', () => {
  it('keeps the focus in the picker when an area is removed', async () => {
    const { user, latest } = await setup([{ region: 'neck' }, { region: 'knee', side: 'left' }, { region: 'ankle', side: 'both' }]);
    screen.getByRole('button', { name: 'Remove Left knee from Areas to avoid' }).focus();
    await user.keyboard('{Enter}');
    expect(latest()).toEqual([{ region: 'neck' }, { region: 'ankle', side: 'both' }]);
    const ankle = screen.getByRole('button', { name: /^Remove Ankle .* from Areas to avoid$/ });
    expect(document.activeElement).toBe(ankle);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove Neck from Areas to avoid' }));
    await user.keyboard('{Enter}');
    expect(latest()).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Area, Areas to avoid' }));
  });
});

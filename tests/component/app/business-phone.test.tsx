// The business's number is formatted by the main process with the business's country, which
// follows the catalog's currency: replacing the catalog with one in another currency reads
// the settings again, so printouts show the number as the new country writes it.
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import usSample from '../../../resources/seed-catalog-us.json';
import { call, useApiImplementation } from '../../../renderer/src/api/client';
import { useAppData } from '../../../renderer/src/app-data';
import type { FrontDeskApi } from '../../../shared/api/contract';
import { inProcessApi, renderScreen } from '../harness';

function Probe() {
  const { settings, catalog, setCatalog, updateSettings } = useAppData();
  return (
    <>
      <p data-testid="phone">{settings.businessPhoneShown}</p>
      <p data-testid="name">{settings.businessName}</p>
      <button type="button" onClick={() => void updateSettings({ businessName: 'Newer Spa' })}>
        rename
      </button>
      <p data-testid="currency">{catalog.currency}</p>
      <button type="button" onClick={() => void call('catalog.import', { text: JSON.stringify(usSample) }).then(setCatalog)}>
        import
      </button>
    </>
  );
}

describe("the business's number as shown", () => {
  it('follows the country of a catalog in another currency', async () => {
    const { user } = await renderScreen(<Probe />, { settings: { businessPhone: '+82 2-555-0198' } });
    expect(screen.getByTestId('phone').textContent).toBe('02-555-0198');
    await user.click(screen.getByRole('button', { name: 'import' }));
    expect(await screen.findByText('USD')).toBeTruthy();
    // From a US business's point of view the number is from abroad.
    expect(await screen.findByText('+82 2 555 0198')).toBeTruthy();
  });

  it('keeps settings saved while that read was on its way (an older answer never replaces them)', async () => {
    const { user, frontDesk } = await renderScreen(<Probe />, { settings: { businessName: 'Old Spa', businessPhone: '+82 2-555-0198' } });
    const real = inProcessApi(frontDesk);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    // The read is answered at once (before the save) and delivered only after it.
    useApiImplementation({
      ...real,
      'settings.get': async (input) => {
        const answer = await real['settings.get'](input);
        await released;
        return answer;
      },
    } as FrontDeskApi);
    await user.click(screen.getByRole('button', { name: 'import' }));
    expect(await screen.findByText('USD')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'rename' }));
    expect(await screen.findByText('Newer Spa')).toBeTruthy();
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('name').textContent).toBe('Newer Spa');
  });
});

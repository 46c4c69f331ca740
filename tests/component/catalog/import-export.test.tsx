// Import and export of the catalog file: a bad file lists every problem by path and
// changes nothing; a good one is summarised and replaces the price list only after a
// confirmation; export downloads the stored catalog.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import CatalogScreen from '../../../renderer/src/screens/catalog/CatalogScreen';
import { i18n } from '../../../renderer/src/i18n';
import { renderScreen } from '../harness';
import { rowNames, statusText, storedCatalog } from './helpers';

const usdText = readFileSync(resolve('tests/fixtures/catalog-usd.json'), 'utf8');

function badCatalogText(): string {
  const file = JSON.parse(usdText) as { currency: string; services: { name: { en: string }; rates: { price: number }[] }[] };
  file.currency = 'DOLLARS';
  file.services[0]!.rates[0]!.price = -5;
  file.services[0]!.name.en = 'x'.repeat(201);
  return JSON.stringify(file);
}

afterEach(() => vi.restoreAllMocks());

describe('price list: import and export', () => {
  it('lists every problem of an invalid file by path, in the UI language, and writes nothing', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    const before = await storedCatalog(frontDesk);
    const input = await screen.findByLabelText('가격표 가져오기 (.json 파일)');
    await user.upload(input, new File([badCatalogText()], 'bad.json', { type: 'application/json' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('bad.json 파일에 문제가');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain(`currency: ${i18n.t('errors:catalogProblem.currency-code', { lng: 'ko' })}`);
    expect(items).toContain('services[0].name.en: 너무 깁니다. 최대 200자까지입니다.');
    expect(items.some((i) => i?.startsWith('currency: '))).toBe(true);
    expect(items.some((i) => i?.startsWith('services[0].rates[0].price: '))).toBe(true);
    // Messages are Korean, not the English log text.
    expect(items.join(' ')).not.toMatch(/must be/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await storedCatalog(frontDesk)).toEqual(before);
  });

  it('says a file that is not JSON at all is about the whole file', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    const before = await storedCatalog(frontDesk);
    await user.upload(
      await screen.findByLabelText('Import price list (.json file)'),
      new File(['{ not json'], 'notes.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `(file): ${i18n.t('errors:catalogProblem.invalid-json', { lng: 'en' })}`,
    ]);
    expect(await storedCatalog(frontDesk)).toEqual(before);
  });

  it('a file with very many problems lists the first 200 and says how many more; a huge file is one problem', async () => {
    const { user } = await renderScreen(<CatalogScreen />, { lang: 'ko' });
    const input = await screen.findByLabelText('가격표 가져오기 (.json 파일)');
    const file = JSON.parse(usdText) as Record<string, unknown>;
    const discounts = Array.from({ length: 250 }, (_, i) => ({ id: `d${i}`, name: { ko: '가', en: 'A' }, percent: 5, amount: 5 }));
    await user.upload(input, new File([JSON.stringify({ ...file, discounts })], 'many.json', { type: 'application/json' }));
    let items = within(await screen.findByRole('alert')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(201);
    expect(items[200]).toBe(`${i18n.t('catalog:io.wholeFile', { lng: 'ko' })}: 이 밖에도 문제가 50개 더 있습니다. 위의 문제를 고친 뒤 다시 확인하세요.`);

    const huge = { ...file, travelZones: Array.from({ length: 40_000 }, (_, i) => ({ id: `z${i}`, name: { ko: '가', en: 'A' }, fee: 1 })) };
    await user.upload(input, new File([JSON.stringify(huge)], 'huge.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('huge.json'));
    items = within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([`${i18n.t('catalog:io.wholeFile', { lng: 'ko' })}: 파일이 너무 큽니다. 값은 모두 합쳐 최대 100,000개까지입니다.`]);
  });

  it('a valid file is summarised and replaces the price list after the confirmation', async () => {
    const { user, frontDesk } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    const before = await storedCatalog(frontDesk);
    const input = await screen.findByLabelText('Import price list (.json file)');

    // Cancelling leaves everything as it was.
    await user.upload(input, new File([usdText], 'usd.json', { type: 'application/json' }));
    let confirm = await screen.findByRole('alertdialog', { name: 'Replace the whole price list?' });
    expect(confirm.textContent).toContain('USD');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await storedCatalog(frontDesk)).toEqual(before);

    await user.upload(input, new File([usdText], 'usd.json', { type: 'application/json' }));
    confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Replace price list' }));
    await waitFor(() => expect(statusText()).toContain('The price list was replaced with usd.json.'));
    const stored = await storedCatalog(frontDesk);
    const expected = JSON.parse(usdText) as { currency: string; services: { name: { en: string } }[] };
    expect(stored.currency).toBe('USD');
    expect(stored.services.map((s) => s.name.en)).toEqual(expected.services.map((s) => s.name.en));
    expect(rowNames(screen.getByRole('table', { name: 'Services' }))).toEqual(
      expected.services.map((s) => s.name.en),
    );
    expect(screen.getByRole('table', { name: 'Services' }).textContent).toContain('$');
  });

  it('exports the stored price list as a downloaded file', async () => {
    const { user } = await renderScreen(<CatalogScreen />, { lang: 'en' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:catalog';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await user.click(await screen.findByRole('button', { name: 'Export price list' }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]!.download).toMatch(/\.json$/);
    const file = JSON.parse(await blobs[0]!.text()) as { format: string; currency: string };
    expect(file.format).toBe('front-desk-catalog');
    expect(file.currency).toBe('KRW');
    expect(statusText()).toContain(clicked[0]!.download);
  });
});

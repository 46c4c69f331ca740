// A saved enrollment quote shown from the call log must add up like the school screen's:
// the installment fees and the per-year fee labels were missing, so a 12-payment plan with
// a fee per installment did not reach its total.
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SavedQuoteView } from '../../../renderer/src/parts/calls/SavedQuoteView';
import { formatMoney } from '../../../shared/pricing/money';
import { renderScreen } from '../harness';
import { parseCatalog } from '../../../shared/pricing';
import school600 from '../../fixtures/catalog-krw-600.json';

// The 600-hour test school: a per-year fee and a fee per installment.
const catalog = parseCatalog(school600);

const won = (minor: number) => formatMoney(minor, 'KRW', 'ko');
const amountOf = (text: string) => Number(text.replace(/[^\d-]/g, ''));

describe('saved enrollment view', () => {
  it('lists the installment fees and per-year fees, and the rows add up to the total', async () => {
    const probe = await renderScreen(<p>probe</p>, { catalog });
    const saved = await probe.frontDesk.handle('calls.save', {
      kind: 'enrollment',
      caller: { name: '이서연', phone: '010-9876-4321' },
      quoteLang: 'ko',
      outcome: 'thinking',
      request: { programId: 'mt-600', paymentPlanId: 'monthly-12', startDate: '2027-03-01' },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    probe.unmount();
    const record = saved.value;
    if (record.saved.kind !== 'enrollment') throw new Error('expected an enrollment');
    const quote = record.saved.quote;

    await renderScreen(<SavedQuoteView saved={record.saved} lang="ko" />);
    const [table] = await screen.findAllByRole('table');
    const rows = within(table!).getAllByRole('row');
    const line = (label: RegExp) => rows.find((r) => label.test(r.textContent ?? ''));
    expect(line(/분납 수수료/)?.textContent).toContain(won(5000 * 12));
    expect(line(/학생 배상책임보험/)?.textContent).toMatch(/2년/); // 14 months: 2 years of the yearly fee
    // every line above the total adds up to it
    const lines = rows.filter((r) => r.getAttribute('data-row') !== 'total' && r.getAttribute('data-row') !== 'due');
    const sum = lines.reduce((s, r) => s + amountOf(r.querySelector('td')?.textContent ?? '0') * (r.getAttribute('data-row') === 'discount' ? -1 : 1), 0);
    expect(rows.find((r) => r.getAttribute('data-row') === 'total')?.textContent).toContain(won(quote.total));
    expect(sum).toBe(quote.total);
  });

  it('a call saved before the terms were kept still adds up: its installment fees are one line', async () => {
    const probe = await renderScreen(<p>probe</p>, { catalog });
    const saved = await probe.frontDesk.handle('calls.save', {
      kind: 'enrollment',
      caller: {},
      quoteLang: 'ko',
      outcome: 'thinking',
      request: { programId: 'mt-600', paymentPlanId: 'monthly-12', startDate: '2027-03-01' },
    });
    if (!saved.ok || saved.value.saved.kind !== 'enrollment') throw new Error('not saved');
    probe.unmount();
    const { terms: _, ...old } = saved.value.saved;
    await renderScreen(<SavedQuoteView saved={old} lang="en" />, { lang: 'en' });
    const [table] = await screen.findAllByRole('table');
    const fees = within(table!).getByRole('row', { name: /^Installment fees/ });
    expect(fees.textContent).toBe(`Installment fees${formatMoney(60000, 'KRW', 'en')}`);
    expect(within(table!).getByRole('row', { name: /liability/ }).textContent).not.toMatch(/×/);
  });
});

// The coverage panel beside a quote: a key that changes the quote changes the visit's price
// and the answer, and leaves the panel's fields (plan, prescription, date, code and its
// suggestions) as they were, without rendering them again; a change in the fields does.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { renderScreen } from '../harness';

const renders = vi.hoisted(() => ({ fields: 0 }));

vi.mock('../../../renderer/src/components/coverage/ManualCoverageFields', async (original) => {
  const real = await original<typeof import('../../../renderer/src/components/coverage/ManualCoverageFields')>();
  const { counted } = await import('../render-count');
  return { ...real, ManualCoverageFields: counted(real.ManualCoverageFields, () => renders.fields++) };
});

describe('coverage panel fields beside a quote', () => {
  it('are not rendered again by a key that changes the quote and its answer', async () => {
    const { user } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}');
    const panel = await screen.findByRole('region', { name: '보험 적용이 되나요?' });
    await waitFor(() => expect(within(panel).getAllByRole('option').length).toBeGreaterThan(1));
    await user.selectOptions(within(panel).getByRole('combobox', { name: '보험 상품' }), 'example-kr-indemnity');
    await user.click(within(panel).getByRole('radio', { name: '진단 코드 있음' }));
    await user.type(within(panel).getByRole('combobox', { name: '진단 코드' }), 'M54.6');
    const answer = () => within(panel).getByRole('status', { name: /고객에게 드릴 답변/ }).textContent;
    await waitFor(() => expect(answer()).toContain('이 방문을 보장합니다.'));

    const before = renders.fields;
    const first = answer();
    await user.click(screen.getByRole('textbox', { name: '인원' }));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(answer()).not.toBe(first));
    expect(renders.fields).toBe(before);

    await user.type(within(panel).getByRole('combobox', { name: '진단 코드' }), '{Backspace}');
    expect(renders.fields).toBeGreaterThan(before);
  }, 30_000);
});

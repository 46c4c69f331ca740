// The save-call form on the quote screen renders when what it shows changes, not on every
// key that changes the quote (it reads the quote only when the call is saved), and still
// saves the quote as it is at that moment.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import QuoteScreen from '../../../renderer/src/screens/quote/QuoteScreen';
import { renderScreen } from '../harness';

// Counts the form's renders: it calls this hook once per render.
const formRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../renderer/src/parts/calls/useClientByPhone', async (original) => {
  const real = await original<typeof import('../../../renderer/src/parts/calls/useClientByPhone')>();
  return {
    ...real,
    useClientByPhone: (...args: Parameters<typeof real.useClientByPhone>) => {
      formRenders.count += 1;
      return real.useClientByPhone(...args);
    },
  };
});

const total = () => within(screen.getByRole('region', { name: '견적' })).getByRole('status', { name: '합계' }).textContent;

describe('save-call form on the quote screen', () => {
  it('is not rendered again by keys that change only the quote, and saves the quote as it is then', async () => {
    const { user, frontDesk } = await renderScreen(<QuoteScreen />);
    await screen.findByRole('combobox', { name: '서비스' });
    await user.keyboard('ㅅㅇㄷㅅ{Enter}'); // a quote; focus on the duration
    const first = total();
    const before = formRenders.count;
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(total()).not.toBe(first));
    const second = total();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(total()).not.toBe(second));
    expect(formRenders.count).toBe(before);

    const chosen = screen.getAllByRole('radio', { name: /분/ }).find((r) => (r as HTMLInputElement).checked);
    const minutes = Number(/(\d+)분/.exec(chosen?.closest('label')?.textContent ?? '')?.[1]);
    expect(minutes).toBeGreaterThan(0);
    await user.type(screen.getByRole('textbox', { name: '고객 이름' }), '이도윤');
    expect(formRenders.count).toBeGreaterThan(before); // typing in the form renders it, of course
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText(/통화를 저장했습니다/)).toBeTruthy();
    const found = await frontDesk.handle('calls.search', {});
    if (!found.ok) throw new Error(found.error.code);
    const saved = await frontDesk.handle('calls.get', { id: found.value.rows[0]!.id });
    if (!saved.ok) throw new Error(saved.error.code);
    expect(JSON.stringify(saved.value.saved)).toContain(`"minutes":${minutes}`);
  });
});

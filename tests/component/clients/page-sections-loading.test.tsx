// A client page whose sections are still loading (their words or code, the first time in a
// session) stays on screen, and the field the receptionist is typing in keeps the focus and
// the text. Before, a section suspended up to the screen's boundary: the whole page was hidden
// for a moment, and shown again with the focus moved to "back" (the network e2e's lost address).
import { describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { ClientPage } from '../../../renderer/src/screens/clients/ClientPage';
import { renderScreen } from '../harness';

const loading = vi.hoisted(() => {
  let release: () => void = () => {};
  const state = { done: false, promise: null as Promise<void> | null };
  return {
    state,
    start() {
      state.done = false;
      state.promise = new Promise<void>((resolve) => {
        release = () => {
          state.done = true;
          resolve();
        };
      });
    },
    release: () => release(),
  };
});

vi.mock('../../../renderer/src/client-sections', () => {
  /** Suspends (as useTranslation does for a namespace not loaded yet) until released. */
  function SlowSection() {
    if (!loading.state.done && loading.state.promise) throw loading.state.promise;
    return <p>section shown</p>;
  }
  return { clientSections: [{ id: 'slow', order: 0, Section: SlowSection }] };
});

describe('a client page while its sections load', () => {
  it('stays shown, and the field typed in keeps the focus and the text', async () => {
    loading.start();
    const made = { id: 0 };
    const Page = () => <ClientPage id={made.id} onBack={() => {}} onOpen={() => {}} />;
    const { user } = await renderScreen(<Page />, {
      lang: 'ko',
      before: async (frontDesk) => {
        const created = await frontDesk.handle('clients.create', { name: '박서연', phone: '010-2468-1357', lang: 'ko' });
        if (!created.ok) throw new Error(created.error.code);
        made.id = created.value.id;
      },
    });
    const heading = await screen.findByRole('heading', { level: 1, name: '박서연' });
    const address = screen.getByRole('textbox', { name: '주소' }) as HTMLInputElement;
    await user.click(address);
    await user.keyboard('서울시 강남구');
    // The sections come a frame after the page, and wait for their words.
    await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    expect(heading.closest('[style*="display: none"]')).toBeNull(); // the page is not hidden
    expect(screen.getByText('불러오는 중…')).toBeTruthy(); // the sections' place says they load

    await user.keyboard(' 테헤란로 2');
    await act(async () => loading.release());
    expect(await screen.findByText('section shown')).toBeTruthy();
    expect(document.activeElement).toBe(address);
    expect(address.value).toBe('서울시 강남구 테헤란로 2');
  });
});

// The start-up warm-up runs while the first requests are in flight: it must leave nothing
// behind (no field in the page, nothing focusable, nothing announced) and format nothing
// visible.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpWhileWaiting } from '../../../renderer/src/warm-up';

afterEach(() => {
  vi.useRealTimers();
});

describe('warmUpWhileWaiting', () => {
  it('lays out a hidden date-and-time field after the current task and removes it', () => {
    vi.useFakeTimers();
    const appended: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => appended.push(...r.addedNodes)));
    observer.observe(document.body, { childList: true });
    const before = document.body.innerHTML;

    warmUpWhileWaiting();
    expect(document.body.innerHTML).toBe(before); // nothing during module evaluation
    vi.runAllTimers();

    expect(document.body.innerHTML).toBe(before);
    observer.takeRecords().forEach((r) => appended.push(...r.addedNodes)); // not yet delivered
    const field = appended.find((n): n is HTMLInputElement => n instanceof HTMLInputElement);
    expect(field?.type).toBe('datetime-local');
    expect(field?.tabIndex).toBe(-1);
    expect(field?.getAttribute('aria-hidden')).toBe('true');
    expect(field?.style.visibility).toBe('hidden');
    observer.disconnect();
  });
});

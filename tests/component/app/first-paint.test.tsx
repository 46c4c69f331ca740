// The start-up hold (renderer/src/first-paint.ts): parts held back until the first screen
// was painted, then rendered; the app waits for them before it shows its window (app.ready).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';

type FirstPaint = typeof import('../../../renderer/src/first-paint');
let fp: FirstPaint;
beforeEach(async () => {
  vi.resetModules(); // module state (held, shown) fresh for each case
  fp = await import('../../../renderer/src/first-paint');
});

function Held(props: { fp: FirstPaint }) {
  const whole = props.fp.useFirstPaintDone();
  return <p>{whole ? 'whole' : 'first'}</p>;
}

const isSettled = async (promise: Promise<void>) => Promise.race([promise.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);

describe('the start-up hold', () => {
  it('renders at once when nothing was held', () => {
    render(<Held fp={fp} />);
    expect(screen.getByText('whole')).toBeTruthy();
  });

  it('holds a part until released, and says when it was rendered', async () => {
    fp.holdUntilFirstPaint();
    render(<Held fp={fp} />);
    expect(screen.getByText('first')).toBeTruthy();
    const shown = fp.heldPartsShown();
    expect(await isSettled(shown)).toBe(false);
    await act(async () => fp.releaseAfterFirstPaint());
    expect(screen.getByText('whole')).toBeTruthy();
    expect(await isSettled(shown)).toBe(true);
  });

  it('does not wait for a held part that went away before the release', async () => {
    fp.holdUntilFirstPaint();
    const { unmount } = render(<Held fp={fp} />);
    unmount();
    expect(await isSettled(fp.heldPartsShown())).toBe(false);
    fp.releaseAfterFirstPaint();
    expect(await isSettled(fp.heldPartsShown())).toBe(true);
  });

  it('is done at once when released with nothing held back', async () => {
    fp.holdUntilFirstPaint();
    fp.releaseAfterFirstPaint();
    expect(await isSettled(fp.heldPartsShown())).toBe(true);
  });

  it('is done at once when released without a hold (the tablet, a storage or hub problem page)', async () => {
    // Else those pages would never send app.ready: Electron would show its window only late.
    fp.releaseAfterFirstPaint();
    expect(await isSettled(fp.heldPartsShown())).toBe(true);
  });
});

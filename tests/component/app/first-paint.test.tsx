// The start-up hold (renderer/src/first-paint.ts): parts held back until the first screen
// was painted, then rendered; the app waits for them before it shows its window (app.ready).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useEffect, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { act, fireEvent, render, screen } from '@testing-library/react';

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

/** A held part with a shortcut of its own (as the coverage answer's Alt+I): a window listener. */
function HeldWithShortcut(props: { fp: FirstPaint; onAltI: () => void }) {
  const whole = props.fp.useFirstPaintDone();
  return whole ? <Shortcut onAltI={props.onAltI} /> : <p>first</p>;
}
function Shortcut(props: { onAltI: () => void }) {
  const { onAltI } = props;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.code === 'KeyI') onAltI();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onAltI]);
  return <p>whole</p>;
}

const altI = () => new KeyboardEvent('keydown', { key: 'i', code: 'KeyI', altKey: true, bubbles: true });

/** Presses Alt+I right after the commit it is rendered in, before any later task. */
function ShortcutAfterCommit() {
  useLayoutEffect(() => {
    queueMicrotask(() => document.body.dispatchEvent(altI()));
  }, []);
  return null;
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

  it('renders the held parts at once for a shortcut pressed meanwhile, and the key reaches them', async () => {
    fp.holdUntilFirstPaint();
    const onAltI = vi.fn();
    render(<HeldWithShortcut fp={fp} onAltI={onAltI} />);
    expect(screen.getByText('first')).toBeTruthy();
    document.body.dispatchEvent(altI());
    expect(screen.getByText('whole')).toBeTruthy();
    expect(onAltI).toHaveBeenCalledTimes(1);
    expect(await isSettled(fp.heldPartsShown())).toBe(true);
    // The release that follows the first paint changes nothing, and the key acts once.
    await act(async () => fp.releaseAfterFirstPaint());
    fireEvent.keyDown(document.body, { key: 'i', code: 'KeyI', altKey: true });
    expect(onAltI).toHaveBeenCalledTimes(2);
  });

  it('counts a held part from the commit that rendered it: a shortcut right after that commit reaches it', async () => {
    // React's own scheduling, not act's: the effects of a first render run in a later task.
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnvironment = env.IS_REACT_ACT_ENVIRONMENT;
    env.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    try {
      fp.holdUntilFirstPaint();
      const onAltI = vi.fn();
      root.render(
        <>
          <HeldWithShortcut fp={fp} onAltI={onAltI} />
          <ShortcutAfterCommit />
        </>,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(container.textContent).toBe('whole');
      expect(onAltI).toHaveBeenCalledTimes(1);
    } finally {
      root.unmount();
      container.remove();
      env.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
  });

  it('keeps holding for a plain key, Alt or Ctrl pressed alone, Ctrl+V and AltGr (Ctrl+Alt)', async () => {
    fp.holdUntilFirstPaint();
    render(<HeldWithShortcut fp={fp} onAltI={() => {}} />);
    fireEvent.keyDown(document.body, { key: 'a', code: 'KeyA' });
    fireEvent.keyDown(document.body, { key: 'Shift', code: 'ShiftLeft', shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'Alt', code: 'AltLeft', altKey: true });
    fireEvent.keyDown(document.body, { key: 'Control', code: 'ControlLeft', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'v', code: 'KeyV', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'ż', code: 'KeyZ', ctrlKey: true, altKey: true });
    expect(screen.getByText('first')).toBeTruthy();
    expect(await isSettled(fp.heldPartsShown())).toBe(false);
    await act(async () => fp.releaseAfterFirstPaint());
    expect(screen.getByText('whole')).toBeTruthy();
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

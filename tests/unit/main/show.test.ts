// The window appears when the first screen is usable, not at the first paint of an empty
// page; and never stays hidden when the renderer fails before saying so.
import { describe, expect, it } from 'vitest';
import { showWhenUsable } from '../../../electron/main/show';

function fakeWindow() {
  const listeners = new Map<string, () => void>();
  const timers: { f: () => void; ms: number }[] = [];
  const win = {
    shown: 0,
    destroyed: false,
    once: (event: string, listener: () => void) => listeners.set(event, listener),
    show: () => void (win.shown += 1),
    isDestroyed: () => win.destroyed,
  };
  const paint = () => listeners.get('ready-to-show')!();
  const runTimers = () => timers.splice(0).forEach((t) => t.f());
  const setTimer = (f: () => void, ms: number) => timers.push({ f, ms });
  return { win, paint, runTimers, timers, setTimer };
}

describe('showing the window', () => {
  it('waits for the first screen after the first paint', () => {
    const w = fakeWindow();
    const ready = showWhenUsable(w.win, { setTimer: w.setTimer });
    w.paint(); // Chromium painted the page, the screen is not rendered yet
    expect(w.win.shown).toBe(0);
    expect(ready.firstScreenReady()).toBe(true);
    expect(w.win.shown).toBe(1);
    w.runTimers(); // the fallback does not show it twice
    expect(w.win.shown).toBe(1);
  });

  it('shows at the first paint when the screen said it was ready before', () => {
    const w = fakeWindow();
    const ready = showWhenUsable(w.win, { setTimer: w.setTimer });
    expect(ready.firstScreenReady()).toBe(false); // nothing painted: not yet
    expect(w.win.shown).toBe(0);
    w.paint();
    expect(w.win.shown).toBe(1);
  });

  it('shows it anyway after the fallback time when the renderer never says so', () => {
    const w = fakeWindow();
    showWhenUsable(w.win, { setTimer: w.setTimer, fallbackMs: 5000 });
    w.paint();
    expect(w.timers.map((t) => t.ms)).toEqual([5000]);
    expect(w.win.shown).toBe(0);
    w.runTimers();
    expect(w.win.shown).toBe(1);
  });

  it('does not touch a window closed meanwhile', () => {
    const w = fakeWindow();
    const ready = showWhenUsable(w.win, { setTimer: w.setTimer });
    w.paint();
    w.win.destroyed = true;
    ready.firstScreenReady();
    expect(w.win.shown).toBe(0);
  });
});

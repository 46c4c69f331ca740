// Start-up: the first screen shows its first control (the service search) in the first
// frame, and its other parts after that frame was painted, rendered as a transition: React
// renders them in slices and handles a key typed into the box between two slices. What
// they cost the first time (ICU for the amounts and the native date-time field, their
// styles and layout) would otherwise hold back the box the receptionist types into. Only in
// a browser (main.tsx: Electron's window is hidden until the whole screen is ready), and
// only at start-up: a screen opened later renders whole, at once.
import { startTransition, useEffect, useRef, useState } from 'react';

let held = false;
const listeners = new Set<() => void>();
/** The parts still held back or rendering (one token per component that asked). */
const waiting = new Set<object>();
let markShown: () => void = () => {};
const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Before the first render (main.tsx): parts that ask `useFirstPaintDone` wait. */
export function holdUntilFirstPaint(): void {
  held = true;
}

/** Whether parts are held back now (before the release). */
export function isHolding(): boolean {
  return held;
}

/** After the first screen was painted: the held parts start rendering. Safe to call more
 *  than once, or without a hold (a first page that holds nothing back: then `heldPartsShown`
 *  resolves at once, and the window is shown). */
export function releaseAfterFirstPaint(): void {
  held = false;
  if (waiting.size === 0) markShown();
  for (const listener of listeners) listener();
}

/** Resolves once every held part was rendered after the release (or is gone). */
export function heldPartsShown(): Promise<void> {
  return shown;
}

function settled(token: object) {
  if (waiting.delete(token) && waiting.size === 0 && !held) markShown();
}

/** False only while the app's first screen is being shown for the first time. */
export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(!held);
  const token = useRef({});
  useEffect(() => {
    if (done) return settled(token.current);
    waiting.add(token.current);
    const listener = () => startTransition(() => setDone(true));
    listeners.add(listener);
    if (!held) listener(); // released between the render and this effect
    return () => {
      listeners.delete(listener);
    };
  }, [done]);
  useEffect(() => () => settled(token.current), []); // unmounted before it was shown
  return done;
}

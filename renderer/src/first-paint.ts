// Start-up: the first screen shows its first control (the service search) in the first
// frame, and its other parts after that frame was painted, rendered as a transition: React
// renders them in slices and handles a key typed into the box between two slices. What
// they cost the first time (ICU for the amounts and the native date-time field, their
// styles and layout) would otherwise hold back the box the receptionist types into. Only in
// a browser (main.tsx: Electron's window is hidden until the whole screen is ready), and
// only at start-up: a screen opened later renders whole, at once. One of the app's shortcuts
// pressed meanwhile renders them at once (`onShortcut`).
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

let held = false;
/** Called with `urgent` when a shortcut needs the held parts now (see `onShortcut`). */
const listeners = new Set<(urgent: boolean) => void>();
/** The parts still held back or rendering (one token per component that asked). */
const waiting = new Set<object>();
let resolveShown: () => void = () => {};
const shown = new Promise<void>((resolve) => {
  resolveShown = resolve;
});
function markShown() {
  window.removeEventListener('keydown', onShortcut, true);
  resolveShown();
}

/** Before the first render (main.tsx): parts that ask `useFirstPaintDone` wait. */
export function holdUntilFirstPaint(): void {
  held = true;
  window.addEventListener('keydown', onShortcut, true);
}

/** The app's shortcuts that the held parts answer: Alt and a letter (Alt+Z the travel zone,
 *  Alt+P the caller's phone), Ctrl+Enter (save the call). Not Alt or Ctrl pressed alone, not
 *  Ctrl+V in the box, not AltGr (Ctrl+Alt on Windows): those keep the hold. */
function isShortcut(event: KeyboardEvent): boolean {
  if (event.isComposing) return false;
  if (event.altKey && !event.ctrlKey && !event.metaKey) return /^Key[A-Z]$/.test(event.code);
  return (event.ctrlKey || event.metaKey) && event.key === 'Enter';
}

/** A shortcut pressed while parts are still held renders them at once, before the key
 *  reaches its own handlers, so it finds the part it names. First on the window, in the
 *  capture phase: the parts' window listeners added now are called in the same event's
 *  bubble phase. Before any part was rendered held there is nothing to show. */
function onShortcut(event: KeyboardEvent) {
  if (listeners.size === 0 || !isShortcut(event)) return;
  held = false;
  flushSync(() => {
    for (const listener of listeners) listener(true);
  });
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
  for (const listener of listeners) listener(false);
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
  // A layout effect: the part is counted and can be shown at once from the commit that
  // rendered it held, not from a later task (a shortcut pressed in between found nothing).
  useLayoutEffect(() => {
    if (done) return settled(token.current);
    waiting.add(token.current);
    const listener = (urgent: boolean) => (urgent ? setDone(true) : startTransition(() => setDone(true)));
    listeners.add(listener);
    if (!held) listener(false); // released between the render and this effect
    return () => {
      listeners.delete(listener);
    };
  }, [done]);
  useEffect(() => () => settled(token.current), []); // unmounted before it was shown
  return done;
}

// What was typed and not saved, for the frame: a screen is unmounted when another is opened
// (F1..F6, Alt+1..6, the navigation or a link to another screen), and a form's text would go
// with it. A form that holds such text says so here; the frame then asks before it leaves.
import { useEffect, useState } from 'react';

const unsaved = new Set<symbol>();

/** While `hasUnsaved` is true (and the form is mounted), leaving the screen asks first. */
export function useLeaveGuard(hasUnsaved: boolean): void {
  const [id] = useState(() => Symbol('unsaved form'));
  useEffect(() => {
    if (!hasUnsaved) return;
    unsaved.add(id);
    return () => {
      unsaved.delete(id);
    };
  }, [hasUnsaved, id]);
}

/** Whether any mounted form holds text that was not saved. */
export function hasUnsavedForms(): boolean {
  return unsaved.size > 0;
}

let ask: ((then: () => void) => void) | null = null;

/** The frame's question ("Leave without saving?"); `then` runs once the user says so. */
export function askBeforeLeaving(asker: (then: () => void) => void): () => void {
  ask = asker;
  return () => {
    if (ask === asker) ask = null;
  };
}

/** A screen's own way out of its forms (Back, another tab): at once when nothing typed
 *  would be lost, else after the frame's question. */
export function leaveThen(then: () => void): void {
  if (hasUnsavedForms() && ask) ask(then);
  else then();
}

/** The same value by content: a form compares what it shows with what it started from. */
export function differs(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

// Keyboard for a search box above a list of rows (clients, calls): ↓ from the box moves to
// the first row, ↑/↓ move between rows, ↑ from the first row and Esc go back to the box;
// Enter on a row's button opens it (a button does that already).
import type { KeyboardEvent, RefObject } from 'react';

export function listKeys(box: RefObject<HTMLInputElement | null>, rows: RefObject<HTMLElement | null>, selector: string) {
  const buttons = () => Array.from(rows.current?.querySelectorAll<HTMLElement>(selector) ?? []);
  return {
    onBoxKeyDown(event: KeyboardEvent<HTMLInputElement>) {
      if (event.key !== 'ArrowDown') return;
      const first = buttons()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    },
    onRowsKeyDown(event: KeyboardEvent<HTMLElement>) {
      const all = buttons();
      const at = all.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      if (event.key === 'Escape' || (event.key === 'ArrowUp' && at === 0)) {
        event.preventDefault();
        box.current?.focus();
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const next = all[at + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    },
  };
}
